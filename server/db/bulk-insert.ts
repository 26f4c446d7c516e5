import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isMysqlFamily, maxParameters } from './dialect';

/** The mysql2 connection a MySQL query runner holds (callback API). */
interface MysqlConnection {
  execute(sql: string, values: unknown[], done: (error: Error | null) => void): void;
  unprepare(sql: string): void;
}

/**
 * Inserts many rows in multi-row INSERT statements built from the entity's metadata, without
 * TypeORM's per-entity bookkeeping: for loading large demo and benchmark data fast. Columns the
 * rows leave undefined take their database defaults; generated ids are inserted when the rows give
 * them and are not read back otherwise.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: Partial<T>[],
  rowsPerStatement = 1000,
): Promise<void> {
  if (!rows.length) return;
  const metadata = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  const columns = metadata.columns.filter((c) => rows.some((r) => c.getEntityValue(r as T) !== undefined));
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const perStatement = Math.max(
    1,
    Math.min(rowsPerStatement, Math.floor(maxParameters(em.connection) / columns.length)),
  );
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map(
      (row) =>
        `(${columns
          .map((c) => {
            const value = c.getEntityValue(row as T, true);
            params.push(value === undefined ? null : driver.preparePersistentValue(value, c));
            return '?';
          })
          .join(', ')})`,
    );
    const sql = `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${tuples.join(', ')}`;
    if (isMysqlFamily(em.connection) && em.queryRunner) {
      // A prepared statement: the values travel in binary, neither escaped into the text by the
      // client nor parsed by the server, and the full chunks share one statement (about 12 % faster).
      const connection: MysqlConnection = await em.queryRunner.connect();
      await new Promise<void>((resolve, reject) => connection.execute(sql, params, (e) => (e ? reject(e) : resolve())));
      // A short last chunk is a statement of its own: released, so the server's count of them stays low.
      if (chunk.length < perStatement) connection.unprepare(sql);
    } else {
      await em.query(sql, params);
    }
  }
}

interface SecondaryIndex {
  name: string;
  columns: string[];
}

/** The non-unique indexes each entity's table declares, split into those present and those missing. */
async function secondaryIndexes(ds: DataSource, targets: EntityTarget<ObjectLiteral>[]) {
  return Promise.all(
    targets.map(async (target) => {
      const metadata = ds.getMetadata(target);
      const declared: SecondaryIndex[] = metadata.indices
        .filter((i) => !i.isUnique)
        .map((i) => ({ name: i.name, columns: i.columns.map((c) => c.databaseName) }));
      const rows: { name: string }[] = await ds.query(
        'SELECT DISTINCT INDEX_NAME AS name FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
        [metadata.tableName],
      );
      const names = new Set(rows.map((r) => r.name));
      return {
        table: ds.driver.escape(metadata.tableName),
        present: declared.filter((i) => names.has(i.name)),
        missing: declared.filter((i) => !names.has(i.name)),
      };
    }),
  );
}

/**
 * Builds the declared secondary indexes that are missing: one ALTER TABLE per table so each table
 * is read once, the tables at the same time on their own connections.
 */
export async function addMissingIndexes(ds: DataSource, targets: EntityTarget<ObjectLiteral>[]): Promise<void> {
  if (!isMysqlFamily(ds)) return;
  const q = (name: string) => ds.driver.escape(name);
  await Promise.all(
    (await secondaryIndexes(ds, targets))
      .filter((t) => t.missing.length)
      .map(({ table, missing }) =>
        ds.query(
          `ALTER TABLE ${table} ${missing.map((i) => `ADD INDEX ${q(i.name)} (${i.columns.map(q).join(', ')})`).join(', ')}`,
        ),
      ),
  );
}

/**
 * Runs a large load with the tables' secondary indexes dropped, then builds them again in one
 * sorted pass per table. On MySQL/MariaDB that is several times faster than keeping them up to
 * date row by row once they outgrow the buffer pool; queries meanwhile are slow, so this is for
 * loading demo and benchmark data. A load cut short leaves them missing until the next
 * `addMissingIndexes`, which opening the database calls.
 */
export async function withSecondaryIndexesDeferred<T>(
  ds: DataSource,
  targets: EntityTarget<ObjectLiteral>[],
  load: () => Promise<T>,
): Promise<T> {
  if (!isMysqlFamily(ds)) return load();
  for (const { table, present } of await secondaryIndexes(ds, targets)) {
    if (present.length)
      await ds.query(`ALTER TABLE ${table} ${present.map((i) => `DROP INDEX ${ds.driver.escape(i.name)}`).join(', ')}`);
  }
  let loaded: T;
  try {
    loaded = await load();
  } catch (error) {
    // The load's failure is the one to report; the indexes are built again at the next start.
    await addMissingIndexes(ds, targets).catch((rebuild) =>
      console.error('Could not rebuild the indexes after a failed load:', rebuild),
    );
    throw error;
  }
  await addMissingIndexes(ds, targets);
  return loaded;
}
