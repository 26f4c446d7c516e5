import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { RegionBasis } from '../core/enums';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { JSONScalar } from '../graphql/scalars';

/** A rule as it stood when applied: resolved to its snapshot in `routing_rule_version`. */
export interface RuleVersionRef {
  id: number;
  version: number;
}

/** Parameters of a routing message: strings, numbers, booleans or null, by name. */
export type RoutingParams = Record<string, string | number | boolean | null>;

/** A routing message a console can translate: a stable code, its parameters, the server's own text as fallback. */
@ObjectType({ description: 'A routing message: a stable code with parameters, and the server text as fallback.' })
export class RoutingMessage {
  @Field(() => String, {
    description:
      'Stable code: ROUTED, NO_RULE_FOR_KIND, or a trace code (REGION_MISSING, REGION_TOO_COARSE, NO_OFFICE_COVERS, REGION_OUTSIDE, DAYS_IN_CHINA_TOO_FEW, TARGET_OFFICE_GONE, …).',
  })
  code: string;

  @Field(() => JSONScalar, { description: 'The parameters of the code, by name.' })
  params: RoutingParams;

  @Field(() => String, { description: 'The server text (English), a fallback for a code the console does not know.' })
  text: string;

  @Field(() => String, {
    nullable: true,
    description: 'The input field it concerns (e.g. subject.domicileRegion), where it concerns one.',
  })
  field: string | null;
}

@ObjectType()
export class RoutingStep {
  /** Resolved to the rule's snapshot by the decision resolvers. */
  rule: RuleVersionRef;

  @Field(() => Boolean)
  matched: boolean;

  @Field(() => String, { description: 'Why it matched or which condition failed.' })
  reason: string;

  /** Absent in decisions stored before codes existed; the resolver then answers null. */
  @Field(() => String, {
    nullable: true,
    description: 'Stable code of the reason (MATCHED, REGION_MISSING, NO_OFFICE_COVERS, …).',
  })
  code?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Parameters of the code, by name.' })
  params?: RoutingParams | null;

  @Field(() => String, { nullable: true, description: 'The input field the reason concerns, where it concerns one.' })
  field?: string | null;
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

  /** A step for each rule tried. */
  @Field(() => [RoutingStep])
  @Extensions(listCost({ rows: ASSUMED_MOST.routingRules }))
  trace: RoutingStep[];

  @Field(() => String, { nullable: true })
  notAcceptedReason: string | null;

  /** The input field a refusal concerns, so intake can name it in its error. */
  @Field(() => String, {
    nullable: true,
    description: 'The input field a refusal concerns (e.g. subject.domicileRegion).',
  })
  notAcceptedField: string | null;

  /** Absent in decisions stored before it existed; the resolver then derives it. */
  @Field(() => RoutingMessage, {
    nullable: true,
    description: 'The reason that decided: the match, or the refusal that counts.',
  })
  headline?: RoutingMessage | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Index in trace of the step that decided (the match, or the refusal the headline names).',
  })
  decidingStep?: number | null;
}
