import path from 'node:path';

export interface Config {
  production: boolean;
  port: number;
  /** mysql://user:pass@host:port/db selects MySQL/MariaDB; unset means the embedded SQLite file. */
  databaseUrl: string | null;
  sqlitePath: string;
  sessionSecret: string;
  /** HMAC key of the audit chain; kept out of the database so a database editor cannot re-seal it. */
  auditKey: string;
  sessionHours: number;
  /** Content-addressed storage of uploads and issued PDFs. */
  filesDir: string;
  /** The address printed in the QR code of issued documents (the public verification page lives under it). */
  publicBaseUrl: string;
  /** The built console served at /. */
  adminDir: string;
  /** Seed demo data into an empty embedded database at start. */
  seedDemo: boolean;
}

const DEV_SECRET = 'development-only-secret-not-for-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  if (production && (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32)) {
    throw new Error('SESSION_SECRET must be set (32 characters or more) when NODE_ENV=production');
  }
  if (production && (!env.AUDIT_KEY || env.AUDIT_KEY.length < 32)) {
    throw new Error('AUDIT_KEY must be set (32 characters or more) when NODE_ENV=production');
  }
  return {
    production,
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || null,
    sqlitePath: env.SQLITE_PATH ?? path.resolve('data', 'record-check.sqlite'),
    sessionSecret: env.SESSION_SECRET ?? DEV_SECRET,
    auditKey: env.AUDIT_KEY ?? DEV_SECRET,
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    filesDir: env.FILES_DIR ?? path.resolve('data', 'files'),
    adminDir: env.ADMIN_DIR ?? path.resolve('admin', 'dist'),
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT ?? 4000}`).replace(/\/$/, ''),
    seedDemo: !production && !env.DATABASE_URL && env.SEED_DEMO !== '0',
  };
}
