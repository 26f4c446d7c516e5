import type { QueryRunner } from 'typeorm';
import { rawTimestamp } from '../core/time';
import { type DialectSql, sqlMigration } from './sql-migration';

// Rule versions, and stored routing decisions that name rule versions instead of carrying copies of
// every rule tried (about 4 KB a case). Generated per dialect by `npm run migration:sql -- --write
// RuleVersions`, then kept as written, with the conversion of the decisions already stored added.
const SQL: DialectSql = {
  sqlite: {
    up: [
      'CREATE TABLE "routing_rule_version" ("ruleId" integer NOT NULL, "version" integer NOT NULL, "rule" text NOT NULL, PRIMARY KEY ("ruleId", "version"))',
    ],
    down: ['DROP TABLE "routing_rule_version"'],
  },
  mysql: {
    up: [
      'CREATE TABLE `routing_rule_version` (`ruleId` int NOT NULL, `version` int NOT NULL, `rule` text NOT NULL, PRIMARY KEY (`ruleId`, `version`)) ENGINE=InnoDB',
    ],
    down: ['DROP TABLE `routing_rule_version`'],
  },
};

interface RuleCopy {
  id: number;
  version: number;
}
interface StoredDecision {
  rule: RuleCopy | null;
  trace: { rule: RuleCopy }[];
}

/** Rewrites every stored decision's rules with `rewrite`, 500 cases at a time. */
async function rewriteDecisions(q: QueryRunner, rewrite: (rule: RuleCopy) => RuleCopy): Promise<void> {
  for (let after = 0; ; ) {
    const rows: { id: number; routingDecision: string }[] = await q.query(
      'SELECT id, routingDecision FROM application WHERE id > ? ORDER BY id LIMIT 500',
      [after],
    );
    if (!rows.length) return;
    for (const row of rows) {
      const decision: StoredDecision = JSON.parse(row.routingDecision);
      const rewritten = {
        ...decision,
        rule: decision.rule && rewrite(decision.rule),
        trace: decision.trace.map((step) => ({ ...step, rule: rewrite(step.rule) })),
      };
      await q.query('UPDATE application SET routingDecision = ? WHERE id = ?', [JSON.stringify(rewritten), row.id]);
    }
    after = rows[rows.length - 1].id;
  }
}

const key = (rule: RuleCopy) => `${rule.id}:${rule.version}`;
const Tables = sqlMigration('RuleVersions1795763940132', SQL);

export class RuleVersions1795763940132 extends Tables {
  /** Keeps every rule copy found in the decisions (and every rule now) as a version, leaving its id and version in its place. */
  async up(q: QueryRunner): Promise<void> {
    await super.up(q);
    const versions = new Map<string, RuleCopy>();
    for (const rule of await q.query('SELECT * FROM routing_rule')) {
      versions.set(key(rule), {
        ...rule,
        enabled: !!rule.enabled,
        entrusted: rule.entrusted == null ? null : !!rule.entrusted,
        updatedAt: rawTimestamp(rule.updatedAt),
      });
    }
    await rewriteDecisions(q, (rule) => {
      if (!versions.has(key(rule))) versions.set(key(rule), rule);
      return { id: rule.id, version: rule.version };
    });
    for (const rule of versions.values()) {
      await q.query('INSERT INTO routing_rule_version (ruleId, version, rule) VALUES (?, ?, ?)', [
        rule.id,
        rule.version,
        JSON.stringify(rule),
      ]);
    }
  }

  /** Copies the rule versions back into the decisions before the table goes. */
  async down(q: QueryRunner): Promise<void> {
    const rows: { rule: string }[] = await q.query('SELECT rule FROM routing_rule_version');
    const versions = new Map(rows.map((r) => JSON.parse(r.rule) as RuleCopy).map((rule) => [key(rule), rule]));
    await rewriteDecisions(q, (ref) => versions.get(key(ref)) ?? ref);
    await super.down(q);
  }
}
