import { Entity, PrimaryColumn } from 'typeorm';
import { JsonColumn } from '../db/columns';
import type { RoutingRule } from './routing-rule.entity';

/**
 * Every version of every routing rule as it stood. Stored decisions name the rule versions they
 * applied, so a case keeps showing the rule that routed it after the rule is changed or deleted,
 * without carrying a copy of every rule it was tried against.
 */
@Entity('routing_rule_version')
export class RoutingRuleVersion {
  @PrimaryColumn({ type: 'int' })
  ruleId: number;

  @PrimaryColumn({ type: 'int' })
  version: number;

  @JsonColumn()
  rule: RoutingRule;
}
