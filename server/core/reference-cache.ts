import type { DataSource, EntityManager } from 'typeorm';

/**
 * Reference data that changes rarely (the working-day calendar, the office tree, the officers as
 * other officers see them: name and office) is kept in memory
 * by each server process. Every change bumps its row of `cache_version` in the transaction that
 * makes it; a request learns the versions in the statement that reads its session, so the first
 * request after a change commits, in any process, loads the new data: never a stale answer.
 */
export type CachedData = 'calendar' | 'offices' | 'officers';

export const CACHED_DATA: CachedData[] = ['calendar', 'offices', 'officers'];

export type CacheVersions = Partial<Record<CachedData, number>>;

/** SQL selecting each version as `version_<name>`, for the session statement to add. */
export const cacheVersionSelects = (): { sql: string; alias: string }[] =>
  CACHED_DATA.map((name) => ({ sql: `(SELECT cv.version FROM cache_version cv WHERE cv.name = '${name}')`, alias: `version_${name}` }));

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
}

/** The version of `name` as `em` sees it (inside a transaction: with its own changes). */
export async function cacheVersion(em: EntityManager, name: CachedData): Promise<number | undefined> {
  const rows: { version: number }[] = await em.query('SELECT version FROM cache_version WHERE name = ?', [name]);
  return rows.length ? Number(rows[0].version) : undefined;
}

/** Per database (a process has one; a test may open several). */
const kept = new WeakMap<DataSource, Map<CachedData, { version: number; value: Promise<unknown> }>>();

/**
 * `name` as `em` reads it: the kept value if it is of the current version, else `load()`. The
 * current version is the one the request's session statement read (`requestVersion`), or, inside
 * a transaction (which sees its own changes) or when none was read, the database's. A value loaded
 * inside a transaction is not kept: it may hold changes not yet committed, or later rolled back.
 */
export async function cached<T>(em: EntityManager, name: CachedData, requestVersion: number | undefined, load: () => Promise<T>): Promise<T> {
  const inTransaction = !!em.queryRunner?.isTransactionActive;
  const version = inTransaction || requestVersion === undefined ? await cacheVersion(em, name) : requestVersion;
  const ofDatabase = kept.get(em.connection) ?? new Map();
  kept.set(em.connection, ofDatabase);
  const hit = ofDatabase.get(name);
  if (version !== undefined && hit?.version === version) return hit.value as Promise<T>;
  const value = load();
  if (!inTransaction && version !== undefined) {
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
  return cached(em, name, requestVersion, async () => new Map((await em.getRepository(entity).find()).map((row) => [row.id, row])));
}
