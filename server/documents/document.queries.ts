import type { DataSource } from 'typeorm';
import { isMysqlFamily } from '../db/dialect';
import { tableOf } from '../db/rows';
import { DocumentNumberSequence } from './document-number.entity';

// The statements of issued documents: the numbers of an office's year (with `?`), and the
// condition of a document's rendering (named parameters, as TypeORM's query builder takes them).

const quoted = (ds: DataSource) => {
  const q = (name: string) => ds.driver.escape(name);
  return { table: tableOf(ds, DocumentNumberSequence), office: q('officeId'), year: q('year'), last: q('lastNumber') };
};

/**
 * Counts the next number of the office `?` in the year `?`: makes its row with 1, or adds one to
 * the row there is (which stays locked until the transaction ends).
 */
export function countNextNumber(ds: DataSource): string {
  const { table, office, year, last } = quoted(ds);
  const onConflict = isMysqlFamily(ds) ? 'ON DUPLICATE KEY UPDATE' : `ON CONFLICT (${office}, ${year}) DO UPDATE SET`;
  return `INSERT INTO ${table} (${office}, ${year}, ${last}) VALUES (?, ?, 1) ${onConflict} ${last} = ${last} + 1`;
}

/** The last number counted of the office `?` in the year `?`, as `n`. */
export function lastNumber(ds: DataSource): string {
  const { table, office, year, last } = quoted(ds);
  return `SELECT ${last} AS n FROM ${table} WHERE ${office} = ? AND ${year} = ?`;
}

/** The case :id while its issued document :number is not rendered yet (no PDF kept). */
export const NOT_RENDERED = 'id = :id AND issuedNumber = :number AND issuedPdfSha256 IS NULL';
