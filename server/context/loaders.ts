import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Document } from '../applications/document.entity';
import type { CachedData, CacheVersions } from '../core/context';
import { keptTable } from '../db/reference-cache';
import { inList, rowsWhere } from '../db/rows';
import type { HallEvent } from '../hall-events/hall-event.entity';
import { hallEventsOf } from '../hall-events/hall-event.service';
import type { Notification } from '../notifications/notification.entity';
import { notificationsOf } from '../notifications/notification.service';
import { Officer } from '../officers/officer.entity';
import { Office } from '../offices/office.entity';
import type { RecordCheck } from '../records/record-check.entity';
import { recordChecksOf } from '../records/record-check.service';
import type { RoutingDecision, RuleVersionRef } from '../routing/routing-decision';
import type { RoutingRule } from '../routing/routing-rule.entity';
import { RoutingRuleVersion } from '../routing/routing-rule-version.entity';

declare module '../core/context' {
  interface RequestContext {
    loaders: Loaders;
  }
}

/**
 * The rows of a table kept whole in memory (see core/reference-cache.ts) at the request's version:
 * read once per request, then answered at once, without a promise, to every row of a page.
 */
class KeptRows<T extends { id: number }> {
  private table?: Promise<Map<number, T>>;
  private loaded?: Map<number, T>;

  constructor(
    private readonly ds: DataSource,
    private readonly entity: new () => T,
    private readonly name: CachedData,
    private readonly version: number | undefined,
  ) {}

  /** The whole table, read once per request. */
  ready(): Promise<Map<number, T>> {
    this.table ??= keptTable(this.ds.manager, this.entity, this.name, this.version).then(
      (table) => (this.loaded = table),
    );
    return this.table;
  }

  /** The row with this id (null if none): at once when the table is loaded, else once it is. */
  get(id: number): T | null | Promise<T | null> {
    if (this.loaded) return this.loaded.get(id) ?? null;
    return this.ready().then((table) => table.get(id) ?? null);
  }

  async load(id: number): Promise<T | null> {
    return this.get(id);
  }
}

/**
 * Per-request batch loaders: a page of cases costs one query per relation, not one per row. The
 * offices and the officers come from the process's kept copy at the request's version
 * (core/reference-cache.ts).
 */
export function createLoaders(ds: DataSource, versions: CacheVersions = {}) {
  return {
    office: new KeptRows(ds, Office, 'offices', versions.offices),
    officer: new KeptRows(ds, Officer, 'officers', versions.officers),
    routingDecision: new DataLoader<number, RoutingDecision>(async (ids) => {
      const rows = await ds
        .getRepository(Application)
        .find({ select: { id: true, routingDecision: true }, where: { id: In([...ids]) } });
      const map = new Map(rows.map((r) => [r.id, r.routingDecision]));
      return ids.map((id) => map.get(id)!);
    }),
    documentsOfApplication: new DataLoader<number, Document[]>(async (ids) => {
      const rows = await rowsWhere(ds.manager, Document, inList('r.applicationId', ids), ids, { orderBy: 'r.id' });
      return ids.map((id) => rows.filter((d) => d.applicationId === id));
    }),
    recordChecks: new DataLoader<number, RecordCheck[]>((ids) => recordChecksOf(ds.manager, ids)),
    notifications: new DataLoader<number, Notification[]>((ids) => notificationsOf(ds.manager, ids)),
    hallEvents: new DataLoader<number, HallEvent[]>((ids) => hallEventsOf(ds.manager, ids)),
    ruleVersion: new DataLoader<RuleVersionRef, RoutingRule | null, string>((refs) => ruleVersions(ds, refs), {
      cacheKeyFn: versionKey,
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

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
      missing.map(() => '(r.ruleId = ? AND r.version = ?)').join(' OR '),
      missing.flatMap((ref) => [ref.id, ref.version]),
    );
    if (kept.size + rows.length > MAX_KEPT_RULE_VERSIONS) kept.clear();
    for (const row of rows) kept.set(versionKey({ id: row.ruleId, version: row.version }), row.rule);
  }
  return refs.map((ref) => kept.get(versionKey(ref)) ?? null);
}
