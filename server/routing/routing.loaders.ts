import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loader } from '../core/context';
import { rowsWhere } from '../db/rows';
import { ruleVersionsCondition } from './routing.queries';
import type { RuleVersionRef } from './routing-decision';
import type { RoutingRule } from './routing-rule.entity';
import { RoutingRuleVersion } from './routing-rule-version.entity';

/** The routing rules as they were at the versions the request's routing decisions name. */
export const ruleVersionLoader = loader(
  'ruleVersion',
  ({ ds }) =>
    new DataLoader<RuleVersionRef, RoutingRule | null, string>((refs) => ruleVersions(ds, refs), {
      cacheKeyFn: versionKey,
    }),
);

const versionKey = (ref: RuleVersionRef) => `${ref.id}:${ref.version}`;

/**
 * Routing rules as they were at the versions routing decisions name, kept for the process per
 * database: a version is written once and never changed (a change to a rule writes its next
 * version), so a kept one is never stale. A case page names a few; the kept ones are bounded.
 */
const keptRuleVersions = new WeakMap<DataSource, Map<string, RoutingRule>>();
const MAX_KEPT_RULE_VERSIONS = 5000;

async function ruleVersions(ds: DataSource, refs: readonly RuleVersionRef[]): Promise<(RoutingRule | null)[]> {
  const kept = keptRuleVersions.get(ds) ?? new Map<string, RoutingRule>();
  keptRuleVersions.set(ds, kept);
  const missing = refs.filter((ref) => !kept.has(versionKey(ref)));
  if (missing.length) {
    const rows = await rowsWhere(
      ds.manager,
      RoutingRuleVersion,
      ruleVersionsCondition(missing.length),
      missing.flatMap((ref) => [ref.id, ref.version]),
    );
    if (kept.size + rows.length > MAX_KEPT_RULE_VERSIONS) kept.clear();
    for (const row of rows) kept.set(versionKey({ id: row.ruleId, version: row.version }), row.rule);
  }
  return refs.map((ref) => kept.get(versionKey(ref)) ?? null);
}
