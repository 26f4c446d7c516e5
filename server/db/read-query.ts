import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { isMysqlFamily } from './dialect';

/** A connection of mysql2's pool, as the server uses one (callback API). */
export interface PooledConnection {
  listeners(event: 'error'): unknown[];
  on(event: 'error', listener: (error: Error) => void): void;
  query(sql: string, values: unknown[], done: (error: Error | null, rows: unknown) => void): void;
  release(): void;
  /** mysql2's promise API over this connection (what TypeORM's query runner calls). */
  promise(promiseImpl?: PromiseConstructor): unknown;
}

/** The pool of mysql2 connections TypeORM's MySQL/MariaDB driver keeps. */
export interface MysqlPool {
  on(event: 'connection', listener: (connection: PooledConnection) => void): void;
  getConnection(done: (error: Error | null, connection: PooledConnection) => void): void;
  /** mysql2's own lists, which /metrics counts. */
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** The driver's pool of a MySQL/MariaDB database (TypeORM does not type it). */
export const mysqlPoolOf = (ds: DataSource) => (ds.driver as unknown as { pool: MysqlPool }).pool;

/**
 * Runs a statement that reads (with `?` for each of `parameters`) through `em`. Outside a
 * transaction on MySQL/MariaDB it goes to the driver's pool itself, without a query runner of
 * TypeORM's per statement (docs/bench.md, "What a read costs the server", gives the cost). It is
 * logged as TypeORM logs a statement, and fails as TypeORM's does (QueryFailedError).
 */
export function readQuery<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<T[]> {
  const ds = em.connection;
  if (em.queryRunner || !isMysqlFamily(ds)) return em.query(sql, [...parameters]);
  const values = [...parameters];
  ds.logger.logQuery(sql, values);
  const pool = mysqlPoolOf(ds);
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      ds.logger.logQueryError(error, sql, values);
      reject(new QueryFailedError(sql, values, error));
    };
    pool.getConnection((error, connection) => {
      if (error) return fail(error);
      // As TypeORM does for each connection it takes: an error event with no listener would end the process.
      if (!connection.listeners('error').length)
        connection.on('error', (e) => ds.logger.log('warn', `MySQL connection raised an error. ${e}`));
      connection.query(sql, values, (error, rows) => {
        connection.release();
        if (error) fail(error);
        else resolve(rows as T[]);
      });
    });
  });
}
