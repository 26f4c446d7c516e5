import { Arg, Authorized, Ctx, Extensions, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { listCost } from '../graphql/query-cost';
import { Officer } from '../officers/officer.entity';
import { noteCaseOpen, VIEWERS_SHOWN } from './presence.service';

@Resolver()
export class PresenceResolver {
  @Authorized()
  @Mutation(() => [Officer], {
    description:
      'The case page’s heartbeat (every 20 s while shown): notes that the signed-in officer has the case open, and answers the other officers who have it open, the latest first (at most 10); with leaving, that the officer has left the page (the others are told at their next beat).',
  })
  @Extensions(listCost({ rows: VIEWERS_SHOWN }))
  noteCaseOpen(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('leaving', () => Boolean, { defaultValue: false }) leaving: boolean,
  ): Promise<Officer[]> {
    return noteCaseOpen(ctx, id, leaving);
  }
}
