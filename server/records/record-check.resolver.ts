import { Ctx, FieldResolver, Resolver, Root, Extensions } from 'type-graphql';
import { recordRead } from '../audit/audit.service';
import type { RequestContext } from '../core/context';
import { Officer } from '../officers/officer.entity';
import { RecordCheck, RecordMatch } from './record-check.entity';
import { listCost } from '../core/query-cost';
import { MAX_MATCHES } from './record-check.worker';

/**
 * A view of a check's matches is audited once per officer in this long: an open case page asks
 * for the case again while something on it is under way, and each answer is not a new look.
 */
const VIEW_AUDITED_FOR_MS = 10 * 60_000;
/** When each officer's view of each check was last audited by this process (`officerId:checkId`). */
const viewsAudited = new Map<string, number>();

/** Whether this view must be audited, noting it: the first in VIEW_AUDITED_FOR_MS. */
function firstViewLately(officerId: number, checkId: number, now = Date.now()): boolean {
  const key = `${officerId}:${checkId}`;
  if (now - (viewsAudited.get(key) ?? 0) < VIEW_AUDITED_FOR_MS) return false;
  viewsAudited.set(key, now);
  // Kept small: views older than the window count for nothing.
  if (viewsAudited.size > 10_000) for (const [k, at] of viewsAudited) if (now - at >= VIEW_AUDITED_FOR_MS) viewsAudited.delete(k);
  return true;
}

@Resolver(() => RecordCheck)
export class RecordCheckResolver {
  @FieldResolver(() => Officer, { nullable: true, description: 'Who asked for the lookup; null when the system did.' })
  requestedBy(@Root() c: RecordCheck, @Ctx() ctx: RequestContext): Officer | Promise<Officer | null> | null {
    return c.requestedById == null ? null : ctx.loaders.officer.get(c.requestedById);
  }

  @FieldResolver(() => [RecordMatch], {
    description: 'A view of matches is audited (a read of criminal data), once per officer and check in ten minutes.',
  })
  // The audit of a view is a transaction of its own: its start, the event, its commit.
  @Extensions(listCost({ rows: MAX_MATCHES, statementsPerParent: 3 }))
  async matches(@Root() c: RecordCheck, @Ctx() ctx: RequestContext): Promise<RecordMatch[]> {
    const matches = c.matchList ?? [];
    if (matches.length && ctx.officer && firstViewLately(ctx.officer.id, c.id)) {
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
