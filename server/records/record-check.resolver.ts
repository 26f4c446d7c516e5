import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { recordRead } from '../audit/audit.service';
import type { RequestContext } from '../core/context';
import { Officer } from '../officers/officer.entity';
import { RecordCheck, RecordMatch } from './record-check.entity';

/** The checks whose matches a request has shown (and audited) already. */
const shownIn = new WeakMap<RequestContext, Set<number>>();

@Resolver(() => RecordCheck)
export class RecordCheckResolver {
  @FieldResolver(() => Officer, { nullable: true, description: 'Who asked for the lookup; null when the system did.' })
  requestedBy(@Root() c: RecordCheck, @Ctx() ctx: RequestContext): Officer | Promise<Officer | null> | null {
    return c.requestedById == null ? null : ctx.loaders.officer.get(c.requestedById);
  }

  @FieldResolver(() => [RecordMatch], { description: 'Each view of matches is audited: it is a read of criminal data.' })
  async matches(@Root() c: RecordCheck, @Ctx() ctx: RequestContext): Promise<RecordMatch[]> {
    const matches = c.matchList ?? [];
    const shown = shownIn.get(ctx) ?? new Set<number>();
    shownIn.set(ctx, shown);
    if (matches.length && !shown.has(c.id)) {
      shown.add(c.id);
      await recordRead(ctx, {
        action: 'VIEW_RECORD_MATCHES',
        entityType: 'Application',
        entityId: c.applicationId,
        detail: { recordCheckId: c.id, matches: matches.length },
      });
    }
    return matches;
  }
}
