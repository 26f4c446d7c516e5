import type { QueryRunner } from 'typeorm';
import { rawTimestamp } from '../core/time';
import { type DialectSql, sqlMigration } from './sql-migration';

// Rule versions, and stored routing decisions that name rule versions instead of carrying copies of
// every rule tried (about 4 KB a case). Generated per dialect by `npm run migration:sql -- --write
// RuleVersions`, then kept as written, with the conversion of the decisions already stored added.
const SQL: DialectSql = {
  sqlite: {
    up: [
      "CREATE TABLE \"routing_rule_version\" (\"ruleId\" integer NOT NULL, \"version\" integer NOT NULL, \"rule\" text NOT NULL, PRIMARY KEY (\"ruleId\", \"version\"))",
    ],
    down: [
      "DROP TABLE \"routing_rule_version\"",
    ],
  },
  mysql: {
    up: [
      "CREATE TABLE `routing_rule_version` (`ruleId` int NOT NULL, `version` int NOT NULL, `rule` text NOT NULL, PRIMARY KEY (`ruleId`, `version`)) ENGINE=InnoDB",
    ],
    down: [
      "DROP TABLE `routing_rule_version`",
    ],
  },
};

interface RuleCopy { id: number; version: number }
interface StoredDecision { rule: RuleCopy | null; trace: { rule: RuleCopy }[] }

/** Keeps every rule copy found in `decision` as a version and leaves only its id and version in its place. */
function compact(decision: StoredDecision, versions: Map<string, RuleCopy>): StoredDecision {
  const ref = (rule: RuleCopy) => {
    versions.set(`${rule.id}:${rule.version}`, versions.get(`${rule.id}:${rule.version}`) ?? rule);
    return { id: rule.id, version: rule.version };
  };
  return { ...decision, rule: decision.rule && ref(decision.rule), trace: decision.trace.map((step) => ({ ...step, rule: ref(step.rule) })) };
}

const Tables = sqlMigration('RuleVersions1795763940132', SQL);

export class RuleVersions1795763940132 extends Tables {
  async up(q: QueryRunner): Promise<void> {
    await super.up(q);
    const versions = new Map<string, RuleCopy>();
    for (const rule of await q.query('SELECT * FROM routing_rule')) {
      versions.set(`${rule.id}:${rule.version}`, {
        ...rule, enabled: !!rule.enabled, entrusted: rule.entrusted == null ? null : !!rule.entrusted, updatedAt: rawTimestamp(rule.updatedAt),
      });
    }
    for (let after = 0; ;) {
      const rows: { id: number; routingDecision: string }[] = await q.query('SELECT id, routingDecision FROM application WHERE id > ? ORDER BY id LIMIT 500', [after]);
      if (!rows.length) break;
      for (const row of rows) {
        await q.query('UPDATE application SET routingDecision = ? WHERE id = ?', [JSON.stringify(compact(JSON.parse(row.routingDecision), versions)), row.id]);
      }
      after = rows[rows.length - 1].id;
    }
    for (const rule of versions.values()) {
      await q.query('INSERT INTO routing_rule_version (ruleId, version, rule) VALUES (?, ?, ?)', [rule.id, rule.version, JSON.stringify(rule)]);
    }
  }
}
