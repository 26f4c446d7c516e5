import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { Application } from './applications/application.entity';
import { Document } from './applications/document.entity';
import { StatusChange } from './applications/status-change.entity';
import { AuditChainHead, AuditEvent } from './audit/audit-event.entity';
import { CalendarDay } from './calendar/calendar-day.entity';
import { HallClient } from './clients/client.entity';
import { ApplicationCount, DecisionDays, WorkloadDay } from './counters/counters.entity';
import { limitStatementTimeStatement, SERVER_PROBE, SQLITE_PRAGMAS } from './data-source.queries';
import { addMissingIndexes } from './db/bulk-insert';
import { isMysqlFamily } from './db/dialect';
import { mysqlPoolOf, type PooledConnection } from './db/read-query';
import { CacheVersionBumps } from './db/reference-cache';
import { DocumentNumberSequence } from './documents/document-number.entity';
import { FeeRule } from './fees/fee-rule.entity';
import { HallRequest } from './hall/idempotency.entity';
import { HallEvent } from './hall-events/hall-event.entity';
import { migrations } from './migrations';
import { Notification } from './notifications/notification.entity';
import { Officer } from './officers/officer.entity';
import { Session } from './officers/session.entity';
import { Office } from './offices/office.entity';
import { CaseViewer } from './presence/case-viewer.entity';
import { ReasonTemplate } from './reason-templates/reason-template.entity';
import { CriminalRecord } from './records/criminal-record.entity';
import { RecordCheck } from './records/record-check.entity';
import { RoutingRule } from './routing/routing-rule.entity';
import { RoutingRuleVersion } from './routing/routing-rule-version.entity';

export const entities = [
  Office,
  Officer,
  ReasonTemplate,
  Session,
  RoutingRule,
  RoutingRuleVersion,
  Application,
  Document,
  AuditEvent,
  AuditChainHead,
  CalendarDay,
  StatusChange,
  DocumentNumberSequence,
  FeeRule,
  WorkloadDay,
  DecisionDays,
  ApplicationCount,
  CriminalRecord,
  RecordCheck,
  Notification,
  HallClient,
  HallEvent,
  HallRequest,
  CaseViewer,
];

/** The tables a bulk load of cases fills row by row. */
export const BULK_LOADED = [Application, Document, StatusChange];

/** Connections a server process keeps to MySQL/MariaDB unless DB_POOL_SIZE says otherwise. */
const POOL_SIZE = 10;

export interface DataSourceSettings {
  databaseUrl: string | null;
  sqlitePath: string;
  logger?: Logger;
  /** MariaDB reports column defaults differently; TypeORM must know which server it talks to. */
  mariadb?: boolean;
  /** Connections of the MySQL/MariaDB pool (DB_POOL_SIZE). */
  dbPoolSize?: number;
}

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  const common = {
    entities,
    migrations,
    subscribers: [CacheVersionBumps],
    synchronize: false,
    logger: settings.logger,
    logging: !!settings.logger,
  };
  if (settings.databaseUrl) {
    return {
      ...common,
      type: settings.mariadb ? 'mariadb' : 'mysql',
      url: settings.databaseUrl,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z', // timestamps are UTC in the database
      // trace: mysql2 would capture a stack trace for every statement sent, in case it fails.
      extra: { connectionLimit: settings.dbPoolSize ?? POOL_SIZE, trace: false },
    };
  }
  if (settings.sqlitePath !== ':memory:') fs.mkdirSync(path.dirname(settings.sqlitePath), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: settings.sqlitePath,
    enableWAL: true,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
    },
  };
}

/**
 * Asks a MySQL-protocol server whether it is MariaDB, and refuses a database whose default
 * character set cannot hold Chinese names (the tables take the database's default).
 */
async function probeServer(url: string): Promise<{ mariadb: boolean }> {
  const connection = await mysql.createConnection(url);
  try {
    const [rows] = await connection.query(SERVER_PROBE);
    const { version, charset } = (rows as { version: string; charset: string }[])[0];
    if (charset !== 'utf8mb4') {
      throw new Error(
        `The database's default character set is ${charset}; create it with CHARACTER SET utf8mb4 (ALTER DATABASE ... CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)`,
      );
    }
    return { mariadb: /mariadb/i.test(version) };
  } finally {
    await connection.end();
  }
}

/** Opens the database and brings its schema up to date by running the migrations. */
export async function openDatabase(settings: DataSourceSettings): Promise<DataSource> {
  const { mariadb } = settings.databaseUrl ? await probeServer(settings.databaseUrl) : { mariadb: false };
  const ds = new DataSource(dataSourceOptions({ ...settings, mariadb }));
  await ds.initialize();
  if (isMysqlFamily(ds)) await prepareEachConnection(ds, keepPromiseWrapper);
  await ds.runMigrations({ transaction: 'each' });
  // A bulk load cut short leaves the secondary indexes it dropped missing: build them first.
  await addMissingIndexes(ds, BULK_LOADED);
  return ds;
}

/**
 * Runs `prepare` on each pooled connection of MySQL/MariaDB: the ones to come, and the ones
 * already open (all taken at once, so each is reached).
 */
async function prepareEachConnection(
  ds: DataSource,
  prepare: (connection: PooledConnection) => Promise<void>,
): Promise<void> {
  const pool = mysqlPoolOf(ds);
  // A connection opened now, to be taken below, is prepared once.
  const prepared = new WeakSet<PooledConnection>();
  const once = async (connection: PooledConnection) => {
    if (prepared.has(connection)) return;
    prepared.add(connection);
    await prepare(connection);
  };
  pool.on('connection', (connection) => void once(connection).catch(() => undefined));
  const open = await Promise.all(
    Array.from(
      { length: (ds.options as { extra?: { connectionLimit?: number } }).extra?.connectionLimit ?? POOL_SIZE },
      () =>
        new Promise<PooledConnection>((resolve, reject) => {
          pool.getConnection((error, connection) => (error ? reject(error) : resolve(connection)));
        }),
    ),
  );
  try {
    await Promise.all(open.map(once));
  } finally {
    for (const connection of open) connection.release();
  }
}

/**
 * TypeORM asks mysql2 for a connection's promise wrapper on every statement of a transaction, and
 * mysql2 makes a new one each time, resolving its module's path anew (about 3% of the CPU of
 * issuing a document): each pooled connection keeps the one it made first.
 */
async function keepPromiseWrapper(connection: PooledConnection): Promise<void> {
  const make = connection.promise.bind(connection);
  const kept = make();
  connection.promise = (promiseImpl) => (promiseImpl ? make(promiseImpl) : kept);
}

/**
 * Gives every statement the server sends to MySQL/MariaDB a time budget, so one expensive query
 * cannot hold a connection and the requests queued behind it.
 */
export async function limitStatementTime(ds: DataSource, ms: number): Promise<void> {
  if (!isMysqlFamily(ds) || ms <= 0) return;
  const sql = limitStatementTimeStatement(ds.options.type === 'mariadb', ms);
  await prepareEachConnection(
    ds,
    (connection) =>
      new Promise<void>((resolve, reject) => {
        connection.query(sql, [], (error) => (error ? reject(error) : resolve()));
      }),
  );
}
