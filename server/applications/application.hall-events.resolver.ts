import { Arg, Authorized, Ctx, Extensions, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { HallEvent } from '../hall-events/hall-event.entity';
import { hallEventsLoader } from '../hall-events/hall-event.loaders';
import { Application } from './application.entity';
import { resendHallEvent } from './application.hall-events';

@Resolver(() => Application)
export class ApplicationHallEventsResolver {
  @FieldResolver(() => [HallEvent], {
    description:
      'The status callbacks to the online hall that handed the case over, oldest first (none for a counter case).',
  })
  @Extensions(listCost({ rows: ASSUMED_MOST.hallEventsOfCase }))
  hallEvents(@Root() a: Application, @Ctx() ctx: RequestContext): Promise<HallEvent[]> {
    return a.hallClientId == null ? Promise.resolve([]) : ctx.loaders.of(hallEventsLoader).load(a.id);
  }

  @Authorized()
  @Mutation(() => HallEvent, {
    description: 'A FAILED status callback of a case in scope goes back to PENDING and is posted again.',
  })
  resendHallEvent(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<HallEvent> {
    return resendHallEvent(ctx, id);
  }
}
