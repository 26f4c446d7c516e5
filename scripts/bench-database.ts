// The benchmarks' database: MySQL/MariaDB at DATABASE_URL (default rcc_bench, created if missing),
// seeded to BENCH_APPLICATIONS cases (default 1,000,000) if it holds fewer.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import mysql from 'mysql2/promise';
import type { DataSource, Logger } from 'typeorm';
import { ensureOfficialCalendar } from '../server/calendar/official-calendar';
import { type Config, loadConfig } from '../server/config';
import { openDatabase } from '../server/data-source';
import { seedDemoData } from '../server/seed/demo-seed';

export const BENCH_DATABASE_URL = process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/rcc_bench';

/** Collects the statements TypeORM sends while `capturing` is on. */
export class CapturingLogger implements Logger {
  capturing = false;
  captured: { query: string; parameters?: unknown[] }[] = [];
  logQuery(query: string, parameters?: unknown[]) {
    if (this.capturing) this.captured.push({ query, parameters });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** The statements captured, without the transaction frame and the driver's own questions. */
export const dataStatements = (logger: CapturingLogger) =>
  logger.captured.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK|SELECT VERSION)/i.test(s.query));

/** The audit key of the benchmark database (its server runs in production, which refuses the development key). */
const BENCH_AUDIT_KEY = 'bench-audit-key-of-the-benchmark-database-5tq8';

/** Opens (creating and seeding as needed) the benchmark database. */
export async function openBenchDatabase(
  logger: Logger,
): Promise<{ ds: DataSource; config: Config; added: number; seedSeconds: number }> {
  const target = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
  const parsed = new URL(BENCH_DATABASE_URL);
  const admin = await mysql.createConnection({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  });
  await admin.query(
    `CREATE DATABASE IF NOT EXISTS \`${parsed.pathname.slice(1)}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  await admin.end();
  const config = {
    ...loadConfig({ AUDIT_KEY: BENCH_AUDIT_KEY, ...process.env, DATABASE_URL: BENCH_DATABASE_URL }),
    seedDemo: false,
  };
  const ds = await openDatabase({ ...config, logger });
  await ensureOfficialCalendar(ds);
  const started = Date.now();
  const { added } = await seedDemoData(ds, config, { applications: target, progress: true });
  return { ds, config, added, seedSeconds: Math.round((Date.now() - started) / 1000) };
}

/** Replaces the part of docs/bench.md between `<!-- name -->` and `<!-- /name -->` (appended if missing). */
export function writeBenchSection(name: string, text: string): void {
  const file = 'docs/bench.md';
  let doc = '';
  try {
    doc = readFileSync(file, 'utf8');
  } catch {}
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const section = `${open}\n${text.trim()}\n${close}`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  doc =
    start >= 0 && end > start
      ? doc.slice(0, start) + section + doc.slice(end + close.length)
      : `${doc.trim()}\n\n${section}\n`;
  writeFileSync(file, `${doc.trim()}\n`);
}
