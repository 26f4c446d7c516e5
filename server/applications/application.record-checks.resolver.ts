import { Arg, Authorized, Ctx, Extensions, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context';
import type { RecordCheckStatus } from '../core/enums';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { OWN_TRANSACTIONS } from '../graphql/transaction-per-mutation';
import { RecordCheck } from '../records/record-check.entity';
import { recordChecksLoader } from '../records/record-check.loaders';
import { readOfRecord, tellsRecord } from '../records/record-reads';
import { Application } from './application.entity';
import { RECORD_CHECKS_PER_OFFICER_HOUR } from './application.record-check-limits';
import { runRecordCheck } from './workflow.service';

@Resolver(() => Application)
export class ApplicationRecordChecksResolver {
  /** A read of what the registry answered is audited (records/record-reads.ts). */
  @FieldResolver()
  recordCheckStatus(
    @Root() a: Application,
    @Ctx() ctx: RequestContext,
  ): RecordCheckStatus | Promise<RecordCheckStatus> | null {
    return tellsRecord(a.recordCheckStatus) ? readOfRecord(ctx, a.id, a.recordCheckStatus) : a.recordCheckStatus;
  }

  @FieldResolver(() => [RecordCheck], {
    description: 'Lookups of the subject in the criminal-record registry, newest first.',
  })
  @Extensions(listCost({ rows: ASSUMED_MOST.recordChecksOfCase }))
  recordChecks(@Root() a: Application, @Ctx() ctx: RequestContext): Promise<RecordCheck[]> {
    return ctx.loaders.of(recordChecksLoader).load(a.id);
  }

  @Authorized()
  @Mutation(() => RecordCheck, {
    description:
      'Looks the subject of a case being worked up in the registry again; the check answers within seconds (poll recordChecks). ' +
      `At most one lookup of a case a minute, and ${RECORD_CHECKS_PER_OFFICER_HOUR} by an officer an hour: beyond, TOO_MANY_REQUESTS with extensions.retryAfterSeconds.`,
  })
  // Its limits are counted before its transaction (workflow.service.ts).
  @Extensions(OWN_TRANSACTIONS)
  runRecordCheck(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RecordCheck> {
    return runRecordCheck(ctx, id);
  }
}
