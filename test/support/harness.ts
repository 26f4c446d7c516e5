import 'reflect-metadata';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { DataSource, Logger } from 'typeorm';
import { createThrowawayDatabase } from '../../scripts/throwaway-database';
import { type RunningServer, startServer } from '../../server/app';
import { type Config, loadConfig } from '../../server/config';
import { openDatabase } from '../../server/data-source';
import { DEMO_PASSWORD } from '../../server/seed/demo-directory';
import { seedDemoData } from '../../server/seed/demo-seed';
import { present } from './narrow';

/** Counts the SQL statements the server sends, for the "bounded number of queries" checks. */
export class CountingLogger implements Logger {
  count = 0;
  /** The text of the last statements sent (at most 100), for checks of what a request reads. */
  recent: string[] = [];
  logQuery(query: string) {
    this.count++;
    this.recent.push(query);
    if (this.recent.length > 100) this.recent.shift();
  }
  /**
   * The statements sent since the count was `before`, but for what the job workers send meanwhile
   * on their own (a poll for due jobs, alias `job`, in a transaction of its own): what a request sent.
   */
  sentSince(before: number): string[] {
    return this.recent
      .slice(-(this.count - before))
      .filter((sql) => !/\bjob\b|^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i.test(sql));
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/**
 * What the server adds to an error: a stable code; for refused input the field, a reason code and
 * its parameters; and others as the error has them (retryAfterSeconds, holder…).
 */
export interface GqlErrorExtensions {
  code?: string;
  field?: string;
  reason?: string;
  params?: Record<string, unknown>;
  [key: string]: unknown;
}

/** An error of a GraphQL answer. */
export interface GqlError {
  message: string;
  extensions?: GqlErrorExtensions;
}

/** A GraphQL answer; `T` is the shape of the data the query selects. */
export interface GqlResult<T = unknown> {
  data?: T;
  errors?: GqlError[];
}

/** A page of a list query (applications, offices, officers, auditTrail…) as a test selects it. */
export interface Page<T> {
  total: number;
  items: T[];
}

/** A row of case_count, or of its recount from application, as the driver gives it: numbers may come as text. */
export interface CaseCountRow {
  officeId: number;
  status: string;
  assigneeId: number | string;
  count: number | string;
}

export class Client {
  cookie: string | null = null;
  constructor(readonly baseUrl: string) {}

  async login(username: string, password = DEMO_PASSWORD): Promise<Response> {
    const res = await fetch(`${this.baseUrl}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
    return res;
  }

  /** The session cookie, for a request sent past the client (fetch); fails when not signed in. */
  sessionCookie(): string {
    return present(this.cookie, 'the session cookie (sign in first)');
  }

  async gql<T = unknown>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  }

  /** The data of a query that must succeed. */
  async data<T = unknown>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return present(result.data, 'the data of a GraphQL answer');
  }
}

export interface TestApp {
  ds: DataSource;
  config: Config;
  server: RunningServer;
  logger: CountingLogger;
  dialect: 'mysql' | 'sqlite';
  as(username: string): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
}

/**
 * A real server on a real, throwaway database: MariaDB/MySQL when TEST_DATABASE_URL is set
 * (a database of its own, dropped afterwards), else a fresh SQLite file. Seeds the demo city
 * and `applications` demo cases.
 */
export async function startTestApp(
  options: { applications?: number; embedded?: boolean; config?: Partial<Config> } = {},
): Promise<TestApp> {
  // Browser tests use the embedded database the console ships with, whatever TEST_DATABASE_URL says.
  const baseUrl = options.embedded ? undefined : process.env.TEST_DATABASE_URL;
  const mysqlDb = baseUrl ? await createThrowawayDatabase(baseUrl, 'rcc_test') : null;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcc-test-'));
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    databaseUrl: mysqlDb?.url ?? null,
    sqlitePath: mysqlDb ? '' : path.join(workDir, 'test.sqlite'),
    auditKey: 'test-audit-key-0123456789abcdef0123456789',
    filesDir: path.join(workDir, 'files'),
    notifyLogFile: path.join(workDir, 'notifications.log'),
    seedDemo: false,
    ...options.config,
  };
  const logger = new CountingLogger();
  const ds = await openDatabase({ ...config, logger });
  await seedDemoData(ds, config, { applications: options.applications ?? 0 });
  const server = await startServer(ds, config, 0);
  return {
    ds,
    config,
    server,
    logger,
    dialect: mysqlDb ? 'mysql' : 'sqlite',
    anonymous: () => new Client(server.url),
    async as(username: string) {
      const client = new Client(server.url);
      const res = await client.login(username);
      if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status}`);
      return client;
    },
    async close() {
      await server.stop();
      await ds.destroy();
      if (mysqlDb) await mysqlDb.drop();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** A TCP port free on this machine now (for a process or proxy a test starts). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
