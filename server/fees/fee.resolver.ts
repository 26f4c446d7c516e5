import { Arg, Authorized, Ctx, Float, Mutation, Query, Resolver, Extensions } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { FeeRule } from './fee-rule.entity';
import { listFeeRules, setFeeRule } from './fee.service';
import { managerOf } from '../core/transaction';
import { ASSUMED_MOST, listCost } from '../core/query-cost';

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
