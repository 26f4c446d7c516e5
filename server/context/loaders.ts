import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Document } from '../applications/document.entity';
import { type CachedData, type CacheVersions, keptTable } from '../core/reference-cache';
import { Office } from '../offices/office.entity';
import { Officer } from '../officers/officer.entity';
import type { RoutingDecision, RuleVersionRef } from '../routing/routing-decision';
import type { RoutingRule } from '../routing/routing-rule.entity';
import { RoutingRuleVersion } from '../routing/routing-rule-version.entity';

declare module '../core/context' {
  interface RequestContext {
    loaders: Loaders;
  }
}

/** A loader of rows of a table kept whole in memory (see core/reference-cache.ts). */
const keptById = <T extends { id: number }>(ds: DataSource, entity: new () => T, name: CachedData, version: number | undefined) =>
  new DataLoader<number, T | null>(async (ids) => {
    const all = await keptTable(ds.manager, entity, name, version);
    return ids.map((id) => all.get(id) ?? null);
  });

/**
 * Per-request batch loaders: a page of cases costs one query per relation, not one per row. The
 * offices and the officers come from the process's kept copy at the request's version
 * (core/reference-cache.ts).
 */
export function createLoaders(ds: DataSource, versions: CacheVersions = {}) {
  return {
    office: keptById(ds, Office, 'offices', versions.offices),
    officer: keptById(ds, Officer, 'officers', versions.officers),
    routingDecision: new DataLoader<number, RoutingDecision>(async (ids) => {
      const rows = await ds.getRepository(Application).find({ select: { id: true, routingDecision: true }, where: { id: In([...ids]) } });
      const map = new Map(rows.map((r) => [r.id, r.routingDecision]));
      return ids.map((id) => map.get(id)!);
    }),
    documentsOfApplication: new DataLoader<number, Document[]>(async (ids) => {
      const rows = await ds.getRepository(Document).find({ where: { applicationId: In([...ids]) }, order: { id: 'ASC' } });
      return ids.map((id) => rows.filter((d) => d.applicationId === id));
    }),
    ruleVersion: new DataLoader<RuleVersionRef, RoutingRule | null, string>(
      async (refs) => {
        const rows = await ds.getRepository(RoutingRuleVersion).find({ where: refs.map((r) => ({ ruleId: r.id, version: r.version })) });
        const map = new Map(rows.map((r) => [`${r.ruleId}:${r.version}`, r.rule]));
        return refs.map((r) => map.get(`${r.id}:${r.version}`) ?? null);
      },
      { cacheKeyFn: (r) => `${r.id}:${r.version}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
