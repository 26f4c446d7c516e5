import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { queryNamed } from './conditions';
import { readQuery } from './read-query';
import { isMysqlFamily } from './dialect';

// The session statement, a case with its documents, checks and messages, and the rows of a page
// of cases run on nearly every request; TypeORM's query builder spends more CPU building such a
// statement and mapping its result than the database spends answering it. Here the list of columns is built once per entity (and per set of columns
// left out), and each row is hydrated column by column with the driver's own conversions.

interface ByIdsStatement {
  metadata: EntityMetadata;
  select: string;
  /** The columns as `alias`.column, without names of their own (as JSON_ARRAY lists them). */
  values: string;
  /** Each column with the name of its value in a raw row, and what sets it on an entity. */
  columns: { column: ColumnMetadata; key: string; set: (entity: ObjectLiteral, value: unknown) => void }[];
}

/**
 * What sets a column's value on an entity, worked out once: TypeORM's setEntityValue walks an
 * embedded column's path anew (copying it) for every value of every row.
 */
function setterOf(column: ColumnMetadata): (entity: ObjectLiteral, value: unknown) => void {
  const name = column.propertyName;
  const path = column.embeddedMetadata?.embeddedMetadataTree;
  if (path) {
    return (entity, value) => {
      let at = entity;
      for (const embedded of path) at = at[embedded.propertyName] ??= embedded.create();
      at[name] = value;
    };
  }
  if (column.isVirtual && column.referencedColumn) return (entity, value) => column.setEntityValue(entity, value);
  return (entity, value) => {
    entity[name] = value;
  };
}

const built = new WeakMap<DataSource, Map<string, ByIdsStatement>>();
/** Select lists kept per database: each request that leaves out other properties builds one, and a client chooses those. */
const MAX_BUILT = 200;

const kept = new WeakMap<EntityMetadata, ReadonlySet<string>>();

/** The entity's properties that hold columns (an embedded group counts once, by its own name). */
export function propertiesOf(ds: DataSource, entity: EntityTarget<ObjectLiteral>): ReadonlySet<string> {
  const metadata = ds.getMetadata(entity);
  const properties = kept.get(metadata) ?? new Set(metadata.columns.map((c) => c.propertyPath.split('.')[0]));
  kept.set(metadata, properties);
  return properties;
}

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
      .map((column) => ({ column, key: `${alias}_${column.databaseName}`, ref: `${alias}.${quote(column.databaseName)}`, set: setterOf(column) }));
    const select = columns.map((c) => `${c.ref} AS ${quote(c.key)}`).join(', ');
    const values = columns.map((c) => c.ref).join(', ');
    statement = { metadata, select, values, columns };
    if (ofDatabase.size < MAX_BUILT) ofDatabase.set(key, statement);
  }
  return statement;
}

/** The entity of a raw row that selected `list` (see selectList). */
export function hydrate<T extends ObjectLiteral>(ds: DataSource, list: ByIdsStatement, row: Record<string, unknown>): T {
  const target = list.metadata.create() as T;
  for (const { column, key, set } of list.columns) set(target, ds.driver.prepareHydratedValue(row[key], column));
  return target;
}

/**
 * The rows of `entity` (as `r`, joined with `join` if given) that meet `condition` (with `?` for
 * each of `parameters`, or named ones as Conditions has them), as entities, in `orderBy` if given,
 * without the properties named in `omit` (left undefined, for a resolver to load when asked). Read
 * through `em`: the request's transaction when there is one.
 */
export async function rowsWhere<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  condition: string,
  parameters: readonly unknown[] | ObjectLiteral,
  { omit = [], orderBy, join }: { omit?: readonly string[]; orderBy?: string; join?: string } = {},
): Promise<T[]> {
  const ds = em.connection;
  const list = selectList(ds, entity, 'r', omit);
  const sql = `SELECT ${list.select} FROM ${tableOf(ds, entity)} r${join ? ` ${join}` : ''} WHERE ${condition}${orderBy ? ` ORDER BY ${orderBy}` : ''}`;
  const raw: Record<string, unknown>[] = Array.isArray(parameters) ? await readQuery(em, sql, parameters) : await queryNamed(em, sql, parameters);
  return raw.map((row) => hydrate<T>(ds, list, row));
}

/** Rows of `entity` (as `l`) that belong to a row (`r`) by `on`, which rowsWithLists reads with it. */
export interface ListOf<L extends ObjectLiteral> {
  entity: EntityTarget<L>;
  on: string;
}

/**
 * The rows of `entity` (as `r`) that meet `condition` (named parameters, as Conditions has them),
 * each list's rows that belong to them, in one statement: every row a JSON array of its columns,
 * the parts joined by UNION ALL. A case and its three lists cost MariaDB less that way than as four
 * statements, and the server one round trip instead of four; a JSON aggregate per list
 * (JSON_ARRAYAGG) would cost MariaDB more than the four statements. Rows in the order of their ids.
 */
export async function rowsWithLists<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  condition: string,
  parameters: ObjectLiteral,
  lists: readonly ListOf<ObjectLiteral>[],
): Promise<{ rows: T[]; lists: ObjectLiteral[][] }> {
  const ds = em.connection;
  const parts = [
    { list: selectList(ds, entity, 'r'), from: `${tableOf(ds, entity)} r` },
    ...lists.map((list) => ({
      list: selectList(ds, list.entity, 'l'),
      from: `${tableOf(ds, list.entity)} l JOIN ${tableOf(ds, entity)} r ON ${list.on}`,
    })),
  ];
  const json = isMysqlFamily(ds) ? 'JSON_ARRAY' : 'json_array';
  const sql = parts
    .map((part, i) => `SELECT ${i} AS part, ${json}(${part.list.values}) AS v FROM ${part.from} WHERE ${condition}`)
    .join(' UNION ALL ');
  const found: ObjectLiteral[][] = parts.map(() => []);
  for (const { part, v } of await queryNamed<{ part: number | string; v: unknown }>(em, sql, parameters)) {
    found[Number(part)].push(entityOfJson(ds, parts[Number(part)].list, v));
  }
  for (const rows of found) rows.sort((a, b) => a.id - b.id);
  const [rows, ...ofLists] = found;
  return { rows: rows as T[], lists: ofLists };
}

/**
 * The entity of a JSON array of `list`'s columns. MySQL and MariaDB write a DATETIME in JSON as
 * text, in UTC (the connection's time zone is 'Z'); SQLite's driver reads that text itself. MySQL
 * answers a JSON value already parsed.
 */
function entityOfJson<T extends ObjectLiteral>(ds: DataSource, list: ByIdsStatement, value: unknown): T {
  const row: unknown[] = typeof value === 'string' ? JSON.parse(value) : value;
  const utcText = isMysqlFamily(ds);
  const target = list.metadata.create() as T;
  list.columns.forEach(({ column, set }, i) => {
    const raw = utcText && column.type === 'datetime' && typeof row[i] === 'string' ? new Date(`${(row[i] as string).replace(' ', 'T')}Z`) : row[i];
    set(target, ds.driver.prepareHydratedValue(raw, column));
  });
  return target;
}

/** The table of `entity`, quoted for the database's SQL. */
export const tableOf = (ds: DataSource, entity: EntityTarget<ObjectLiteral>) => ds.driver.escape(ds.getMetadata(entity).tableName);

/** `column IN (?, ?, ...)` for these values (never empty: no value matches nothing). */
export const inList = (column: string, values: readonly unknown[]) =>
  values.length ? `${column} IN (${values.map(() => '?').join(', ')})` : '1 = 0';

/** The rows of `entity` with these ids (in no particular order), as rowsWhere reads them. */
export async function rowsByIds<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly number[],
  omit: readonly string[] = [],
): Promise<T[]> {
  if (!ids.length) return [];
  return rowsWhere(em, entity, inList('r.id', ids), ids, { omit });
}
