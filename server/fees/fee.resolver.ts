import { Arg, Authorized, Float, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../core/enums';
import { notImplemented } from '../core/errors';
import { FeeRule } from './fee-rule.types';

/** The fee table comes with the workflow issue; in the schema now so the contract holds. */
@Resolver(() => FeeRule)
export class FeeResolver {
  @Authorized()
  @Query(() => [FeeRule])
  feeRules(): FeeRule[] {
    throw notImplemented('feeRules');
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => FeeRule, { description: 'ADMIN: set (amount > 0) or clear (amount 0) the fee for a region prefix.' })
  setFeeRule(
    @Arg('regionPrefix', () => String) _regionPrefix: string,
    @Arg('amount', () => Float) _amount: number,
    @Arg('note', () => String, { nullable: true }) _note: string | null,
  ): FeeRule {
    throw notImplemented('setFeeRule');
  }
}
