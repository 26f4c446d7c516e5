import { Field, ObjectType } from 'type-graphql';
import { RegionBasis } from '../core/enums';
import { RoutingRule } from './routing-rule.entity';

@ObjectType()
export class RoutingStep {
  @Field(() => RoutingRule)
  rule: RoutingRule;

  @Field(() => Boolean)
  matched: boolean;

  @Field(() => String, { description: 'Why it matched or which condition failed.' })
  reason: string;
}

/**
 * The outcome of routing. Stored with the case as it was made (rules are copied, not referenced),
 * so that later rule edits do not rewrite history.
 */
@ObjectType()
export class RoutingDecision {
  /** Resolved to `office` from the id; null when no rule accepts the case. */
  officeId: number | null;

  @Field(() => RoutingRule, { nullable: true })
  rule: RoutingRule | null;

  @Field(() => RegionBasis, { nullable: true })
  regionBasis: RegionBasis | null;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => String)
  explanation: string;

  @Field(() => [RoutingStep])
  trace: RoutingStep[];

  @Field(() => String, { nullable: true })
  notAcceptedReason: string | null;

  /** The input field a refusal concerns, so intake can name it in its error. */
  notAcceptedField: string | null;
}
