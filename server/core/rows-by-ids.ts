import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

// The session statement and the rows of a page of cases run on nearly every request; TypeORM's
// query builder spends more CPU building such a statement and mapping its result than the database
// spends answering it. Here the list of columns is built once per entity (and per set of columns
// left out), and each row is hydrated column by column with the driver's own conversions.

interface ByIdsStatement {
  metadata: EntityMetadata;
  select: string;
  /** Each column with the name of its value in a raw row. */
  columns: { column: ColumnMetadata; key: string }[];
}

const built = new WeakMap<DataSource, Map<string, ByIdsStatement>>();

/** The columns of `entity` but those of the properties in `omit`, as `alias`.column, with the SQL listing them (built once). */
export function selectList(ds: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, omit: readonly string[] = []): ByIdsStatement {
  const metadata = ds.getMetadata(entity);
  const key = `${metadata.tableName}:${alias}:${omit.join(',')}`;
  const ofDatabase = built.get(ds) ?? new Map<string, ByIdsStatement>();
  built.set(ds, ofDatabase);
  let statement = ofDatabase.get(key);
  if (!statement) {
    const quote = (name: string) => ds.driver.escape(name);
    const columns = metadata.columns
      .filter((c) => !omit.includes(c.propertyPath.split('.')[0]))
      .map((column) => ({ column, key: `${alias}_${column.databaseName}` }));
    const select = columns.map((c) => `${alias}.${quote(c.column.databaseName)} AS ${quote(c.key)}`).join(', ');
    statement = { metadata, select, columns };
    ofDatabase.set(key, statement);
  }
  return statement;
}

/** The entity of a raw row that selected `list` (see selectList). */
export function hydrate<T extends ObjectLiteral>(ds: DataSource, list: ByIdsStatement, row: Record<string, unknown>): T {
  const target = list.metadata.create() as T;
  for (const { column, key } of list.columns) column.setEntityValue(target, ds.driver.prepareHydratedValue(row[key], column));
  return target;
}

/**
 * The rows of `entity` with these ids (in no particular order) as entities, without the
 * properties named in `omit` (left undefined, for a resolver to load when asked).
 */
export async function rowsByIds<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  ids: readonly number[],
  omit: readonly string[] = [],
): Promise<T[]> {
  if (!ids.length) return [];
  const list = selectList(ds, entity, 'r', omit);
  const quote = (name: string) => ds.driver.escape(name);
  const { tableName, primaryColumns } = list.metadata;
  const raw: Record<string, unknown>[] = await ds.query(
    `SELECT ${list.select} FROM ${quote(tableName)} r WHERE r.${quote(primaryColumns[0].databaseName)} IN (${ids.map(() => '?').join(', ')})`,
    [...ids],
  );
  return raw.map((row) => hydrate<T>(ds, list, row));
}
