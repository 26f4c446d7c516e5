import type { DataSource } from 'typeorm';
import { isMysqlFamily } from '../db/dialect';

// The statement of the kept counters: rows added to what is there, made where missing.

/**
 * Adds `rowCount` rows of `columns` (a `?` for each column of each row, row by row) to the counter
 * rows of `table` with the same `keys` (the primary-key columns): every other column is added to
 * what the row holds, and a row there is not yet is made.
 */
export function addToCountersStatement(
  ds: DataSource,
  table: string,
  keys: readonly string[],
  columns: readonly string[],
  rowCount: number,
): string {
  const mysql = isMysqlFamily(ds);
  const q = (name: string) => (mysql ? `\`${name}\`` : `"${name}"`);
  const added = columns.filter((c) => !keys.includes(c));
  const update = mysql
    ? `ON DUPLICATE KEY UPDATE ${added.map((c) => `${q(c)} = ${q(c)} + VALUES(${q(c)})`).join(', ')}`
    : `ON CONFLICT (${keys.map(q).join(', ')}) DO UPDATE SET ${added.map((c) => `${q(c)} = ${q(c)} + excluded.${q(c)}`).join(', ')}`;
  const values = Array.from({ length: rowCount }, () => `(${columns.map(() => '?').join(', ')})`).join(', ');
  return `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${values} ${update}`;
}
