import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isMysqlFamily } from './dialect';

/**
 * Inserts many rows in multi-row INSERT statements built from the entity's metadata, without
 * TypeORM's per-entity bookkeeping: for loading large demo and benchmark data fast. Columns the
 * rows leave undefined take their database defaults; generated ids are not read back.
 */
export async function bulkInsert<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, rows: Partial<T>[], rowsPerStatement = 1000): Promise<void> {
  if (!rows.length) return;
  const metadata = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  const columns = metadata.columns.filter((c) => !c.isGenerated && rows.some((r) => c.getEntityValue(r as T) !== undefined));
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  // SQLite takes at most 32766 parameters a statement.
  const perStatement = Math.max(1, Math.min(rowsPerStatement, Math.floor((isMysqlFamily(em.connection) ? 60000 : 30000) / columns.length)));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => `(${columns.map((c) => {
      const value = c.getEntityValue(row as T, true);
      params.push(value === undefined ? null : driver.preparePersistentValue(value, c));
      return '?';
    }).join(', ')})`);
    await em.query(`INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${tuples.join(', ')}`, params);
  }
}
