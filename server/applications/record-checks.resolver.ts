import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Extensions } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { RecordCheck } from '../records/record-check.entity';
import { Application } from './application.entity';
import { runRecordCheck } from './workflow.service';
import { ASSUMED_MOST, listCost } from '../core/query-cost';

@Resolver(() => Application)
export class ApplicationRecordChecksResolver {
  @FieldResolver(() => [RecordCheck], { description: 'Lookups of the subject in the criminal-record registry, newest first.' })
  @Extensions(listCost({ rows: ASSUMED_MOST.recordChecksOfCase }))
  recordChecks(@Root() a: Application, @Ctx() ctx: RequestContext): Promise<RecordCheck[]> {
    return ctx.loaders.recordChecks.load(a.id);
  }

  @Authorized()
  @Mutation(() => RecordCheck, {
    description: 'Looks the subject of a case being worked up in the registry again; the check answers within seconds (poll recordChecks).',
  })
  runRecordCheck(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RecordCheck> {
    return runRecordCheck(ctx, id);
  }
}
