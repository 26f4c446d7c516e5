import path from 'node:path';

export interface Config {
  production: boolean;
  port: number;
  /** The address to listen on (HOST); null: every interface. Behind a proxy: 127.0.0.1, so only the proxy reaches the processes. */
  host: string | null;
  /** mysql://user:pass@host:port/db selects MySQL/MariaDB; unset means the embedded SQLite file. */
  databaseUrl: string | null;
  sqlitePath: string;
  sessionSecret: string;
  /** HMAC key of the audit chain; kept out of the database so a database editor cannot re-seal it. */
  auditKey: string;
  /** Where the signed checkpoints of the audit chain's head are appended (AUDIT_CHECKPOINT_FILE); null: a file of filesDir. */
  auditCheckpointFile: string | null;
  sessionHours: number;
  /** Content-addressed storage of uploads and issued PDFs. */
  filesDir: string;
  /** The address printed in the QR code of issued documents (the public verification page lives under it). */
  publicBaseUrl: string;
  /** The built console served at /. */
  adminDir: string;
  /** Seed demo data into an empty embedded database at start. */
  seedDemo: boolean;
  /** An upload that sends nothing for this long is ended with 408. */
  uploadIdleMs: number;
  /** The time budget of one SELECT or other statement on MySQL/MariaDB. */
  statementTimeoutMs: number;
  /** The server sits behind a reverse proxy whose X-Forwarded-* headers may be believed (TRUST_PROXY=1 or true). */
  trustProxy: boolean;
  /** After SIGTERM, how long /api/ready answers 503 while work is still taken, so a proxy's health checks move traffic away first. */
  drainNoticeMs: number;
  /** Connections each process keeps to MySQL/MariaDB (processes × this must stay under max_connections). */
  dbPoolSize: number;
  /** /metrics answers a request bearing this token (32+ characters); unset: only on metricsPort, if any. */
  metricsToken: string | null;
  /** A port of its own that serves /metrics alone, to be kept off the proxy. */
  metricsPort: number | null;
  /** Where record checks look subjects up (RECORD_REGISTRY): the demo table in this database, or a registry over HTTP. */
  recordRegistry: 'demo' | 'http';
  /** The registry's lookup address when RECORD_REGISTRY=http. */
  recordRegistryUrl: string | null;
  /** How applicants' text messages go out (NOTIFY_CHANNEL): one JSON line each to the log and notifyLogFile, or an SMS gateway over HTTP. */
  notifyChannel: 'log' | 'http';
  /** The SMS gateway's address when NOTIFY_CHANNEL=http. */
  notifyUrl: string | null;
  /** The file the log channel appends its messages to. */
  notifyLogFile: string;
  /** The wait before a failed message's first retry; each next one waits twice as long. */
  notifyBackoffMs: number;
  /** How long an access token of the online hall's API lives (HALL_TOKEN_SECONDS; 15 minutes). */
  hallTokenSeconds: number;
  /** Requests one hall client may send in a minute (HALL_REQUESTS_PER_MINUTE), whatever they ask. */
  hallRequestsPerMinute: number;
  /** The wait before a failed status callback's first retry (HALL_CALLBACK_BACKOFF_MS); each next one waits twice as long. */
  hallCallbackBackoffMs: number;
}

const DEV_SECRET = 'development-only-secret-not-for-production';

/** Different characters a production key must hold: a key of one character repeated is no key. */
const MIN_KEY_CHARACTERS = 10;

/** Why a production key may not be used, or null: it must be set, long, varied and not the published development value. */
function keyProblem(key: string | undefined): string | null {
  if (!key || key.length < 32) return 'must be set (32 characters or more)';
  if (key === DEV_SECRET) return 'must not be the published development value';
  if (new Set(key).size < MIN_KEY_CHARACTERS)
    return `must hold at least ${MIN_KEY_CHARACTERS} different characters (use random ones)`;
  return null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  if (production) {
    for (const name of ['SESSION_SECRET', 'AUDIT_KEY'] as const) {
      const problem = keyProblem(env[name]);
      if (problem) throw new Error(`${name} ${problem} when NODE_ENV=production`);
    }
    // One key for both would let whoever holds the session key re-seal the audit chain.
    if (env.SESSION_SECRET === env.AUDIT_KEY)
      throw new Error('SESSION_SECRET and AUDIT_KEY must differ when NODE_ENV=production');
  }
  // The QR codes of issued documents print this address: a localhost default would be useless to the public.
  if (env.METRICS_TOKEN && env.METRICS_TOKEN.length < 32)
    throw new Error('METRICS_TOKEN must be 32 characters or more');
  if (production && !isHttpUrl(env.PUBLIC_BASE_URL)) {
    throw new Error(
      'PUBLIC_BASE_URL must be set to an http(s) address (e.g. https://records.example.gov.cn) when NODE_ENV=production',
    );
  }
  const recordRegistry = env.RECORD_REGISTRY || 'demo';
  if (recordRegistry !== 'demo' && recordRegistry !== 'http') throw new Error('RECORD_REGISTRY must be demo or http');
  const recordRegistryUrl =
    recordRegistry === 'http'
      ? httpUrlOrThrow(
          env.RECORD_REGISTRY_URL,
          'RECORD_REGISTRY_URL must be set to an http(s) address when RECORD_REGISTRY=http',
        )
      : null;
  const notifyChannel = env.NOTIFY_CHANNEL || 'log';
  if (notifyChannel !== 'log' && notifyChannel !== 'http') throw new Error('NOTIFY_CHANNEL must be log or http');
  const notifyUrl =
    notifyChannel === 'http'
      ? httpUrlOrThrow(env.NOTIFY_URL, 'NOTIFY_URL must be set to an http(s) address when NOTIFY_CHANNEL=http')
      : null;
  return {
    production,
    port: Number(env.PORT ?? 4000),
    host: env.HOST || null,
    databaseUrl: env.DATABASE_URL || null,
    sqlitePath: env.SQLITE_PATH ?? path.resolve('data', 'record-check.sqlite'),
    sessionSecret: env.SESSION_SECRET ?? DEV_SECRET,
    auditKey: env.AUDIT_KEY ?? DEV_SECRET,
    auditCheckpointFile: env.AUDIT_CHECKPOINT_FILE || null,
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    filesDir: env.FILES_DIR ?? path.resolve('data', 'files'),
    adminDir: env.ADMIN_DIR ?? path.resolve('admin', 'dist'),
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT ?? 4000}`).replace(/\/$/, ''),
    seedDemo: !production && !env.DATABASE_URL && env.SEED_DEMO !== '0',
    uploadIdleMs: Number(env.UPLOAD_IDLE_MS ?? 30_000),
    statementTimeoutMs: Number(env.STATEMENT_TIMEOUT_MS ?? 10_000),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY?.toLowerCase() === 'true',
    drainNoticeMs: Number(env.DRAIN_NOTICE_MS ?? (production ? 5_000 : 0)),
    dbPoolSize: Number(env.DB_POOL_SIZE ?? 10),
    metricsToken: env.METRICS_TOKEN || null,
    metricsPort: env.METRICS_PORT ? Number(env.METRICS_PORT) : null,
    recordRegistry,
    recordRegistryUrl,
    notifyChannel,
    notifyUrl,
    notifyLogFile: env.NOTIFY_LOG_FILE ?? path.resolve('data', 'notifications.log'),
    notifyBackoffMs: Number(env.NOTIFY_BACKOFF_MS ?? 30_000),
    hallTokenSeconds: Number(env.HALL_TOKEN_SECONDS ?? 900),
    hallRequestsPerMinute: Number(env.HALL_REQUESTS_PER_MINUTE ?? 600),
    hallCallbackBackoffMs: Number(env.HALL_CALLBACK_BACKOFF_MS ?? 10_000),
  };
}

/** Which database the settings name, without its password: for the start line and the tools' answers. */
export function databaseLabel(config: Pick<Config, 'databaseUrl' | 'sqlitePath'>): string {
  if (!config.databaseUrl) return `SQLite ${config.sqlitePath}`;
  const url = new URL(config.databaseUrl);
  return `MySQL ${decodeURIComponent(url.pathname.slice(1))} at ${url.hostname}:${url.port || 3306}`;
}

/** `value` when it is an http(s) address; else the error `problem`. */
function httpUrlOrThrow(value: string | undefined, problem: string): string {
  if (!value || !isHttpUrl(value)) throw new Error(problem);
  return value;
}

function isHttpUrl(value: string | undefined): boolean {
  if (!value) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
