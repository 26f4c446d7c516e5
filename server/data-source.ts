import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { Application } from './applications/application.entity';
import { AuditChainHead, AuditEvent } from './audit/audit-event.entity';
import { Document } from './documents/document.entity';
import { Office } from './offices/office.entity';
import { Officer } from './officers/officer.entity';
import { Session } from './officers/session.entity';
import { RoutingRule } from './routing/routing-rule.entity';
import { RoutingRuleVersion } from './routing/routing-rule-version.entity';
import { CalendarDay } from './calendar/calendar-day.entity';
import { StatusChange } from './applications/status-change.entity';
import { DocumentNumberSequence } from './documents/document-number.entity';
import { FeeRule } from './fees/fee-rule.entity';
import { CaseCount, DecisionDays, WorkloadDay } from './reports/counters.entity';
import { migrations } from './migrations';
import { addMissingIndexes } from './core/bulk-insert';

export const entities = [
  Office, Officer, Session, RoutingRule, RoutingRuleVersion, Application, Document, AuditEvent, AuditChainHead, CalendarDay,
  StatusChange, DocumentNumberSequence, FeeRule, WorkloadDay, DecisionDays, CaseCount,
];

/** The tables a bulk load of cases fills row by row. */
export const BULK_LOADED = [Application, Document, StatusChange];

export interface DataSourceSettings {
  databaseUrl: string | null;
  sqlitePath: string;
  logger?: Logger;
  /** MariaDB reports column defaults differently; TypeORM must know which server it talks to. */
  mariadb?: boolean;
}

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  const common = { entities, migrations, synchronize: false, logger: settings.logger, logging: !!settings.logger };
  if (settings.databaseUrl) {
    return {
      ...common,
      type: settings.mariadb ? 'mariadb' : 'mysql',
      url: settings.databaseUrl,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z', // timestamps are UTC in the database
      extra: { connectionLimit: 10 },
    };
  }
  if (settings.sqlitePath !== ':memory:') fs.mkdirSync(path.dirname(settings.sqlitePath), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: settings.sqlitePath,
    enableWAL: true,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
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
    const [rows] = await connection.query('SELECT VERSION() AS version, @@character_set_database AS charset');
    const { version, charset } = (rows as { version: string; charset: string }[])[0];
    if (charset !== 'utf8mb4') {
      throw new Error(`The database's default character set is ${charset}; create it with CHARACTER SET utf8mb4 (ALTER DATABASE ... CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)`);
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
  await ds.runMigrations({ transaction: 'each' });
  // A bulk load cut short leaves the secondary indexes it dropped missing: build them first.
  await addMissingIndexes(ds, BULK_LOADED);
  return ds;
}
