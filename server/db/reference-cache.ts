import {
  type DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  EventSubscriber,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import type { CachedData, CacheVersions } from '../core/context';

/**
 * Reference data that changes rarely (the working-day calendar, the office tree, the officers as
 * other officers see them: name and office) is kept in memory
 * by each server process. Every change bumps its row of `cache_version` in the transaction that
 * makes it; a request learns the versions in the statement that reads its session, so the first
 * request after a change commits, in any process, loads the new data: never a stale answer.
 */

export const CACHED_DATA: CachedData[] = ['calendar', 'offices', 'officers'];

/** SQL selecting each version as `version_<name>`, for the session statement to add. */
export const cacheVersionSelects = (): { sql: string; alias: string }[] =>
  CACHED_DATA.map((name) => ({
    sql: `(SELECT cv.version FROM cache_version cv WHERE cv.name = '${name}')`,
    alias: `version_${name}`,
  }));

/** The versions out of a raw row that selected cacheVersionSelects(). */
export function cacheVersionsOf(raw: Record<string, unknown>): CacheVersions {
  const versions: CacheVersions = {};
  for (const name of CACHED_DATA) {
    const v = raw[`version_${name}`];
    if (v != null) versions[name] = Number(v);
  }
  return versions;
}

/** Marks `name` changed, in the caller's transaction: every process reloads it once this commits. */
export async function bumpCacheVersion(em: EntityManager, name: CachedData): Promise<void> {
  await em.query('UPDATE cache_version SET version = version + 1 WHERE name = ?', [name]);
  if (em.queryRunner?.isTransactionActive) bumpedIn(em.queryRunner).add(name);
}

/** The version of `name` as `em` sees it (inside a transaction: with its own changes). */
export async function cacheVersion(em: EntityManager, name: CachedData): Promise<number | undefined> {
  const rows: { version: number }[] = await em.query('SELECT version FROM cache_version WHERE name = ?', [name]);
  return rows.length ? Number(rows[0].version) : undefined;
}

/** Per database (a process has one; a test may open several). */
const kept = new WeakMap<DataSource, Map<CachedData, { version: number; value: Promise<unknown> }>>();

type RunnerData = { bumpedCacheVersions?: Set<CachedData> };

/** The names the running transaction bumped, on its query runner (CacheVersionBumps forgets them when it ends). */
const bumpedIn = (runner: QueryRunner): Set<CachedData> => {
  const data = runner.data as RunnerData;
  data.bumpedCacheVersions ??= new Set();
  return data.bumpedCacheVersions;
};

/** Forgets what a transaction bumped when it ends: a query runner (SQLite's only one) serves the next transaction too. */
@EventSubscriber()
export class CacheVersionBumps implements EntitySubscriberInterface {
  afterTransactionCommit({ queryRunner }: TransactionCommitEvent) {
    delete (queryRunner.data as RunnerData).bumpedCacheVersions;
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent) {
    delete (queryRunner.data as RunnerData).bumpedCacheVersions;
  }
}

/**
 * `name` as `em` reads it: the kept value if it is of the current version, else `load()`, kept for
 * the next requests. The current version is the one the request's session statement read
 * (`requestVersion`), or, inside a transaction (which sees its own changes) or when none was read,
 * the database's. A transaction that changed `name` itself loads it without keeping it: that may
 * hold changes not yet committed, or later rolled back. Any other transaction reads the version and
 * the data in one snapshot, as committed.
 */
export async function cached<T>(
  em: EntityManager,
  name: CachedData,
  requestVersion: number | undefined,
  load: () => Promise<T>,
): Promise<T> {
  const runner = em.queryRunner;
  const inTransaction = !!runner?.isTransactionActive;
  const version = inTransaction || requestVersion === undefined ? await cacheVersion(em, name) : requestVersion;
  const ofDatabase = kept.get(em.connection) ?? new Map();
  kept.set(em.connection, ofDatabase);
  const hit = ofDatabase.get(name);
  if (version !== undefined && hit?.version === version) return hit.value as Promise<T>;
  const value = load();
  // Outside a transaction the version was read before loading: a change committed in between makes
  // the value newer than its version, never older, and the next request reading the new version loads again.
  if (version !== undefined && !(inTransaction && bumpedIn(runner).has(name))) {
    ofDatabase.set(name, { version, value });
    value.catch(() => ofDatabase.delete(name));
  }
  return value;
}

/** A table kept whole in memory by id (the offices, the officers), as `cached` reads it. */
export function keptTable<T extends { id: number }>(
  em: EntityManager,
  entity: new () => T,
  name: CachedData,
  requestVersion: number | undefined,
): Promise<Map<number, T>> {
  return cached(
    em,
    name,
    requestVersion,
    async () => new Map((await em.getRepository(entity).find()).map((row) => [row.id, row])),
  );
}

/**
 * The rows of a table kept whole in memory  at the request's version:
 * read once per request, then answered at once, without a promise, to every row of a page.
 */
export class KeptRows<T extends { id: number }> {
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
