import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context';
import type { Outcome, RecordCheckStatus } from '../core/enums';
import { listCost } from '../graphql/query-cost';
import { Officer } from '../officers/officer.entity';
import { officerLoader } from '../officers/officer.loaders';
import { RecordCheck, RecordMatch } from './record-check.entity';
import { MAX_MATCHES } from './record-check.worker';
import { readOfRecord, tellsRecord } from './record-reads';

// What a check found is read through readOfRecord: a read of it is audited (record-reads.ts).
@Resolver(() => RecordCheck)
export class RecordCheckResolver {
  @FieldResolver(() => Officer, { nullable: true, description: 'Who asked for the lookup; null when the system did.' })
  requestedBy(@Root() c: RecordCheck, @Ctx() ctx: RequestContext): Officer | Promise<Officer | null> | null {
    return c.requestedById == null ? null : ctx.loaders.of(officerLoader).get(c.requestedById);
  }

  @FieldResolver()
  status(@Root() c: RecordCheck, @Ctx() ctx: RequestContext): RecordCheckStatus | Promise<RecordCheckStatus> {
    return tellsRecord(c.status) ? readOfRecord(ctx, c.applicationId, c.status) : c.status;
  }

  @FieldResolver()
  suggestedOutcome(@Root() c: RecordCheck, @Ctx() ctx: RequestContext): Outcome | Promise<Outcome> | null {
    return c.suggestedOutcome == null ? null : readOfRecord(ctx, c.applicationId, c.suggestedOutcome);
  }

  // The audit of a view is a transaction of its own: its start, the event, its commit.
  @Extensions(listCost({ rows: MAX_MATCHES, statementsPerParent: 3 }))
  @FieldResolver(() => [RecordMatch], {
    description:
      'A read of what the registry answered is audited (a read of criminal data), once per officer and case in ten minutes.',
  })
  matches(@Root() c: RecordCheck, @Ctx() ctx: RequestContext): RecordMatch[] | Promise<RecordMatch[]> {
    return tellsRecord(c.status) ? readOfRecord(ctx, c.applicationId, c.matchList ?? []) : [];
  }
}
