import { Arg, Authorized, Ctx, Extensions, Float, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { managerOf } from '../db/transaction';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { listFeeRules, setFeeRule } from './fee.service';
import { FeeRule } from './fee-rule.entity';

@Resolver(() => FeeRule)
export class FeeResolver {
  @Authorized()
  @Query(() => [FeeRule])
  @Extensions(listCost({ rows: ASSUMED_MOST.feeRules, statementsPerParent: 1 }))
  feeRules(@Ctx() ctx: RequestContext): Promise<FeeRule[]> {
    return listFeeRules(managerOf(ctx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => FeeRule, { description: 'ADMIN: set (amount > 0) or clear (amount 0) the fee for a region prefix.' })
  setFeeRule(
    @Ctx() ctx: RequestContext,
    @Arg('regionPrefix', () => String) regionPrefix: string,
    @Arg('amount', () => Float) amount: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<FeeRule> {
    return setFeeRule(ctx, regionPrefix, amount, note);
  }
}
