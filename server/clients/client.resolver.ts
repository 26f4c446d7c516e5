import {
  Arg,
  Authorized,
  Ctx,
  Extensions,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { managerOf, transactionOf } from '../db/transaction';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { HallClient } from './client.entity';
import { createClient, listClients, rotateSecret, updateClient } from './client.service';

@InputType({ description: 'A machine client of the online hall API, as an administrator registers or changes it.' })
export class HallClientInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => [String], { nullable: true, description: 'intake, payments, status.' }) scopes?: string[] | null;
  @Field(() => String, { nullable: true }) callbackUrl?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ObjectType({ description: 'A client and its new secret, shown this once.' })
export class HallClientSecret {
  @Field(() => HallClient) client: HallClient;
  @Field(() => String) clientSecret: string;
}

/** The hall's machine clients: administrators register, change, disable and rotate them. */
@Resolver(() => HallClient)
export class HallClientResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [HallClient], { description: 'ADMIN: the machine clients of the online hall API.' })
  @Extensions(listCost({ rows: ASSUMED_MOST.hallClients, statementsPerParent: 1 }))
  hallClients(@Ctx() ctx: RequestContext): Promise<HallClient[]> {
    return listClients(managerOf(ctx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => HallClientSecret, {
    description: 'ADMIN: register a machine client; its secret is shown in this answer only.',
  })
  createHallClient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => HallClientInput) input: HallClientInput,
  ): Promise<HallClientSecret> {
    return createClient(ctx, transactionOf(ctx), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => HallClient, {
    description: 'ADMIN: rename, re-scope, re-address, disable (its tokens stop at once) or enable a client.',
  })
  updateHallClient(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => String) clientId: string,
    @Arg('input', () => HallClientInput) input: HallClientInput,
  ): Promise<HallClient> {
    return updateClient(ctx, clientId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => HallClientSecret, {
    description:
      'ADMIN: a new secret, shown in this answer only; the one before keeps working for graceMinutes (0: stops at once).',
  })
  rotateHallClientSecret(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => String) clientId: string,
    @Arg('graceMinutes', () => Int) graceMinutes: number,
  ): Promise<HallClientSecret> {
    return rotateSecret(ctx, clientId, graceMinutes);
  }
}
