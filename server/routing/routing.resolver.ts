import {
  Arg,
  Authorized,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { managerOf } from '../db/transaction';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { ApplicationInput } from '../intake/intake.inputs';
import { Office } from '../offices/office.entity';
import { officeLoader } from '../offices/office.loaders';
import { RoutingRuleInput } from './routing.inputs';
import { ruleVersionLoader } from './routing.loaders';
import { createRule, deleteRule, explainRouting, listRules, updateRule } from './routing.service';
import { RoutingDecision, RoutingStep, type RuleVersionRef } from './routing-decision';
import { RoutingRule } from './routing-rule.entity';

@Resolver(() => RoutingRule)
export class RoutingRuleResolver {
  @Authorized()
  @Query(() => [RoutingRule])
  @Extensions(listCost({ rows: ASSUMED_MOST.routingRules, statementsPerParent: 1 }))
  routingRules(@Ctx() ctx: RequestContext): Promise<RoutingRule[]> {
    return listRules(managerOf(ctx));
  }

  @Authorized()
  @Query(() => RoutingRule, { nullable: true })
  routingRule(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RoutingRule | null> {
    return managerOf(ctx)
      .getRepository(RoutingRule)
      .findOneBy({ id: Number(id) });
  }

  @Authorized()
  @Query(() => RoutingDecision, { description: 'Dry run of the routing rules for a would-be application.' })
  explainRouting(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ApplicationInput) input: ApplicationInput,
  ): Promise<RoutingDecision> {
    return explainRouting(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RoutingRule)
  createRoutingRule(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RoutingRuleInput) input: RoutingRuleInput,
  ): Promise<RoutingRule> {
    return createRule(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RoutingRule)
  updateRoutingRule(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RoutingRuleInput) input: RoutingRuleInput,
  ): Promise<RoutingRule> {
    return updateRule(ctx, Number(id), version, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean)
  deleteRoutingRule(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ): Promise<boolean> {
    return deleteRule(ctx, Number(id), version);
  }

  @FieldResolver(() => Office, { nullable: true, description: '...or a fixed office.' })
  targetOffice(@Root() rule: RoutingRule, @Ctx() ctx: RequestContext): Promise<Office | null> | null {
    return rule.targetOfficeId == null ? null : ctx.loaders.of(officeLoader).load(rule.targetOfficeId);
  }

  /** Stored decisions hold rules as JSON: the date comes back as a string. */
  @FieldResolver(() => Date)
  updatedAt(@Root() rule: RoutingRule): Date {
    return new Date(rule.updatedAt);
  }
}

/** A rule version a decision names; every saved version is kept, so it is always there. */
async function ruleVersion(ctx: RequestContext, ref: RuleVersionRef): Promise<RoutingRule> {
  const rule = await ctx.loaders.of(ruleVersionLoader).load(ref);
  if (!rule) throw new Error(`Routing rule ${ref.id} version ${ref.version} is missing from routing_rule_version`);
  return rule;
}

@Resolver(() => RoutingStep)
export class RoutingStepResolver {
  @FieldResolver(() => RoutingRule)
  rule(@Root() step: RoutingStep, @Ctx() ctx: RequestContext): Promise<RoutingRule> {
    return ruleVersion(ctx, step.rule);
  }
}

@Resolver(() => RoutingDecision)
export class RoutingDecisionResolver {
  @FieldResolver(() => RoutingRule, { nullable: true })
  rule(@Root() decision: RoutingDecision, @Ctx() ctx: RequestContext): Promise<RoutingRule> | null {
    return decision.rule && ruleVersion(ctx, decision.rule);
  }

  @FieldResolver(() => Office, {
    nullable: true,
    description: 'Null when no rule accepts the case; then notAcceptedReason says why.',
  })
  office(@Root() decision: RoutingDecision, @Ctx() ctx: RequestContext): Promise<Office | null> | null {
    return decision.officeId == null ? null : ctx.loaders.of(officeLoader).load(decision.officeId);
  }
}
