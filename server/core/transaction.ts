import type { DataSource, EntityManager } from 'typeorm';
import { isMysqlFamily } from './dialect';

// SQLite has one connection: two transactions begun on it at once would nest and fail,
// so on SQLite they take turns. MySQL runs them in parallel on its pool.
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/** Runs `work` in one transaction: the change and its audit event commit or roll back together. */
export function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (isMysqlFamily(ds)) return ds.transaction(work);
  const previous = sqliteQueues.get(ds) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => ds.transaction(work));
  sqliteQueues.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}
