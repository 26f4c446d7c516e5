import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EmbeddedMetadata } from 'typeorm/metadata/EmbeddedMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { queryNamed } from './conditions';
import { isMysqlFamily } from './dialect';
import { readQuery } from './read-query';

/** The alias of the rows a statement of rowsWhere or rowsWithLists reads; conditions given to them name it. */
export const ROW = 'r';
/** The alias of a list's rows in rowsWithLists; a list's `on` names it and ROW. */
export const LIST = 'l';

// Hand-written reads of entities: the list of an entity's columns is built once (per set of columns
// left out), and each row is made into its entity by a function generated from the entity's
// metadata (hydratorOf), with the driver's own conversions of each column.

interface ByIdsStatement {
  metadata: EntityMetadata;
  select: string;
  /** The columns as `alias`.column, without names of their own (as JSON_ARRAY lists them). */
  values: string;
  /** Each column with the name of its value in a raw row. */
  columns: { column: ColumnMetadata; key: string }[];
  /** The entity of a raw row that selected `select`. */
  fromRow: (row: Record<string, unknown>) => ObjectLiteral;
  /** The entity of an array of `values` (see entityOfJson). */
  fromArray: (row: unknown[]) => ObjectLiteral;
}

/**
 * Builds, from the entity's metadata and `columns`, the function that makes the entity of a row:
 * `(row) => { const e = metadata.create(); e["property"] = prepare(<value of column i>, column); ...; return e; }`
 * where `valueAt(key, i)` is the expression of the i-th column's value in `row`. Each property is
 * assigned by its name, written out (docs/bench.md, "What a read costs the server", says why). An
 * embedded column creates its group on the way, as TypeORM does. The server's entities hold the
 * ids of other rows as plain columns: an entity with a relation is refused here.
 */
function hydratorOf<Row>(
  ds: DataSource,
  metadata: EntityMetadata,
  columns: ByIdsStatement['columns'],
  valueAt: (key: string, i: number) => string,
  convert: (value: unknown) => unknown = (value) => value,
): (row: Row) => ObjectLiteral {
  if (metadata.relations.length)
    throw new Error(
      `${metadata.name} has relations (${metadata.relations.map((r) => r.propertyName).join(', ')}): rows.ts reads plain columns only`,
    );
  const embeddeds: EmbeddedMetadata[] = [];
  const name = (property: string) => `[${JSON.stringify(property)}]`;
  const statements = columns.map(({ column, key }, i) => {
    const value = `prepare(${valueAt(key, i)}, columns[${i}].column)`;
    const path = column.embeddedMetadata?.embeddedMetadataTree;
    if (path) {
      let at = 'e';
      for (const embedded of path) {
        embeddeds.push(embedded);
        at = `(${at}${name(embedded.propertyName)} ??= embeddeds[${embeddeds.length - 1}].create())`;
      }
      return `${at}${name(column.propertyName)} = ${value};`;
    }
    return `e${name(column.propertyName)} = ${value};`;
  });
  const prepare = (value: unknown, column: ColumnMetadata) => ds.driver.prepareHydratedValue(value, column);
  return new Function(
    'metadata',
    'columns',
    'embeddeds',
    'prepare',
    'convert',
    `return (row) => { const e = metadata.create(); ${statements.join(' ')} return e; };`,
  )(metadata, columns, embeddeds, prepare, convert);
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
export function selectList(
  ds: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  omit: readonly string[] = [],
): ByIdsStatement {
  const metadata = ds.getMetadata(entity);
  const key = `${metadata.tableName}:${alias}:${omit.join(',')}`;
  const ofDatabase = built.get(ds) ?? new Map<string, ByIdsStatement>();
  built.set(ds, ofDatabase);
  let statement = ofDatabase.get(key);
  if (!statement) {
    const quote = (name: string) => ds.driver.escape(name);
    const columns = metadata.columns
      .filter((c) => !omit.includes(c.propertyPath.split('.')[0]))
      .map((column) => ({
        column,
        key: `${alias}_${column.databaseName}`,
        ref: `${alias}.${quote(column.databaseName)}`,
      }));
    const select = columns.map((c) => `${c.ref} AS ${quote(c.key)}`).join(', ');
    const values = columns.map((c) => c.ref).join(', ');
    // MySQL and MariaDB write a DATETIME in JSON as text, in UTC (the connection's time zone is 'Z').
    const utcText = isMysqlFamily(ds);
    statement = {
      metadata,
      select,
      values,
      columns,
      fromRow: hydratorOf(ds, metadata, columns, (key) => `row[${JSON.stringify(key)}]`),
      fromArray: hydratorOf(
        ds,
        metadata,
        columns,
        (_key, i) => (utcText && columns[i].column.type === 'datetime' ? `convert(row[${i}])` : `row[${i}]`),
        (text) => (typeof text === 'string' ? new Date(`${text.replace(' ', 'T')}Z`) : text),
      ),
    };
    if (ofDatabase.size < MAX_BUILT) ofDatabase.set(key, statement);
  }
  return statement;
}

/** The entity of a raw row that selected `list` (see selectList). */
export const hydrate = <T extends ObjectLiteral>(list: ByIdsStatement, row: Record<string, unknown>) =>
  list.fromRow(row) as T;

/**
 * The rows of `entity` (as ROW, joined with `join` if given) that meet `condition` (with `?` for
 * each of `parameters`, or named ones as Conditions has them), as entities, in `orderBy` if given
 * (the first `limit` of them if given),
 * without the properties named in `omit` (left undefined, for a resolver to load when asked). Read
 * through `em`: the request's transaction when there is one.
 */
export async function rowsWhere<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  condition: string,
  parameters: readonly unknown[] | ObjectLiteral,
  {
    omit = [],
    orderBy,
    join,
    limit,
  }: { omit?: readonly string[]; orderBy?: string; join?: string; limit?: number } = {},
): Promise<T[]> {
  const ds = em.connection;
  const list = selectList(ds, entity, ROW, omit);
  const sql = `SELECT ${list.select} FROM ${tableOf(ds, entity)} ${ROW}${join ? ` ${join}` : ''} WHERE ${condition}${orderBy ? ` ORDER BY ${orderBy}` : ''}${limit ? ` LIMIT ${Math.trunc(limit)}` : ''}`;
  const raw: Record<string, unknown>[] = Array.isArray(parameters)
    ? await readQuery(em, sql, parameters)
    : await queryNamed(em, sql, parameters);
  return raw.map((row) => hydrate<T>(list, row));
}

/** Rows of `entity` (as LIST) that belong to a row (ROW) by `on`, which rowsWithLists reads with it. */
export interface ListOf<L extends ObjectLiteral> {
  entity: EntityTarget<L>;
  on: string;
}

/**
 * The rows of `entity` (as ROW) that meet `condition` (named parameters, as Conditions has them),
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
    { list: selectList(ds, entity, ROW), from: `${tableOf(ds, entity)} ${ROW}` },
    ...lists.map((list) => ({
      list: selectList(ds, list.entity, LIST),
      from: `${tableOf(ds, list.entity)} ${LIST} JOIN ${tableOf(ds, entity)} ${ROW} ON ${list.on}`,
    })),
  ];
  const json = isMysqlFamily(ds) ? 'JSON_ARRAY' : 'json_array';
  const sql = parts
    .map((part, i) => `SELECT ${i} AS part, ${json}(${part.list.values}) AS v FROM ${part.from} WHERE ${condition}`)
    .join(' UNION ALL ');
  const found: ObjectLiteral[][] = parts.map(() => []);
  for (const { part, v } of await queryNamed<{ part: number | string; v: unknown }>(em, sql, parameters)) {
    found[Number(part)].push(entityOfJson(parts[Number(part)].list, v));
  }
  for (const rows of found) rows.sort((a, b) => a.id - b.id);
  const [rows, ...ofLists] = found;
  return { rows: rows as T[], lists: ofLists };
}

/** The entity of a JSON array of `list`'s columns (SQLite's driver reads a DATETIME's text itself; MySQL answers a JSON value already parsed). */
function entityOfJson<T extends ObjectLiteral>(list: ByIdsStatement, value: unknown): T {
  return list.fromArray(typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** The table of `entity`, quoted for the database's SQL. */
export const tableOf = (ds: DataSource, entity: EntityTarget<ObjectLiteral>) =>
  ds.driver.escape(ds.getMetadata(entity).tableName);

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
  return rowsWhere(em, entity, inList(`${ROW}.id`, ids), ids, { omit });
}
