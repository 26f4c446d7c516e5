import { Field, ObjectType } from 'type-graphql';
import { RegionBasis } from '../core/enums';

/** A rule as it stood when applied: resolved to its snapshot in `routing_rule_version`. */
export interface RuleVersionRef {
  id: number;
  version: number;
}

@ObjectType()
export class RoutingStep {
  /** Resolved to the rule's snapshot by the decision resolvers. */
  rule: RuleVersionRef;

  @Field(() => Boolean)
  matched: boolean;

  @Field(() => String, { description: 'Why it matched or which condition failed.' })
  reason: string;
}

/**
 * The outcome of routing. Stored with the case as it was made; the rules it names are versions
 * (kept in `routing_rule_version`), so later rule edits do not rewrite history.
 */
@ObjectType()
export class RoutingDecision {
  /** Resolved to `office` from the id; null when no rule accepts the case. */
  officeId: number | null;

  /** Resolved to the rule's snapshot by the decision resolvers; null when no rule accepts the case. */
  rule: RuleVersionRef | null;

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
