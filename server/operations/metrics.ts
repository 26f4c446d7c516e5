import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { isMysqlFamily } from '../db/dialect';
import { mysqlPoolOf } from '../db/read-query';
import { CASES_BY_STATUS, PENDING_NOTIFICATIONS, PENDING_RECORD_CHECKS } from './metrics.queries';

// Prometheus metrics of the process (prom-client): requests by route and GraphQL operation, errors
// by code, the database pool, the event loop (with Node's default metrics), the audit chain's
// append, and the cases by status from the kept counters. Served at /metrics to a bearer of
// METRICS_TOKEN, or to anyone who reaches METRICS_PORT (a port a proxy does not publish).

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const requestDuration = new Histogram({
  name: 'rcc_http_request_duration_seconds',
  help: 'Time to answer a request, by route (the GraphQL operation for /graphql) and status class',
  labelNames: ['route', 'operation', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const errors = new Counter({
  name: 'rcc_request_errors_total',
  help: 'Requests answered with an error, by its code',
  labelNames: ['code'] as const,
  registers: [registry],
});

/** Seconds, from half a millisecond: the audit chain's steps are short unless something waits. */
const AUDIT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

export const auditAppend = new Histogram({
  name: 'rcc_audit_append_seconds',
  help: 'Time to append one event (unsealed) to the audit trail inside its transaction',
  buckets: AUDIT_BUCKETS,
  registers: [registry],
});

export const auditLockWait = new Histogram({
  name: 'rcc_audit_chain_lock_wait_seconds',
  help: 'Time a seal waited for the audit chain head (the one row the sealers of every process take in turn)',
  buckets: AUDIT_BUCKETS,
  registers: [registry],
});

export const auditSealWait = new Histogram({
  name: 'rcc_audit_seal_wait_seconds',
  help: 'Time a write waited after its commit until its audit events were sealed into the chain',
  buckets: AUDIT_BUCKETS,
  registers: [registry],
});

export const auditSealed = new Counter({
  name: 'rcc_audit_events_sealed_total',
  help: 'Audit events sealed into the chain by this process',
  registers: [registry],
});

export const auditSeals = new Counter({
  name: 'rcc_audit_seals_total',
  help: 'Seals of the audit chain this process ran (each seals every event waiting)',
  registers: [registry],
});

export const auditRefused = new Counter({
  name: 'rcc_audit_events_refused_total',
  help: 'Audit events the sealer refused: their MAC is not of the audit key (written around the server)',
  registers: [registry],
});

export const recordChecksDone = new Counter({
  name: 'rcc_record_checks_total',
  help: 'Registry lookups this process completed, by the status they ended in (CLEAR, MATCHES_FOUND, FAILED)',
  labelNames: ['status'] as const,
  registers: [registry],
});

export const recordCheckDuration = new Histogram({
  name: 'rcc_record_check_seconds',
  help: 'Time of one registry lookup, retries included',
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
  registers: [registry],
});

export const notificationsDone = new Counter({
  name: 'rcc_notifications_total',
  help: 'Text messages to applicants this process handed over (sent), failed and will try again (retry), gave up (failed), or did not send, the case had its most messages for an hour (capped)',
  labelNames: ['status'] as const,
  registers: [registry],
});

/** The data the gauges below read when scraped: the database of this process. */
let database: DataSource | null = null;

new Gauge({
  name: 'rcc_db_pool_connections',
  help: 'Connections of the database pool: in use, idle, and requests waiting for one (MySQL/MariaDB)',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    const pool = database && isMysqlFamily(database) ? mysqlPoolOf(database) : undefined;
    if (!pool?._allConnections) return;
    const all = pool._allConnections.length;
    const idle = pool._freeConnections?.length ?? 0;
    this.set({ state: 'in_use' }, all - idle);
    this.set({ state: 'idle' }, idle);
    this.set({ state: 'waiting' }, pool._connectionQueue?.length ?? 0);
  },
});

new Gauge({
  name: 'rcc_cases',
  help: 'Cases by status, from the kept queue counters',
  labelNames: ['status'] as const,
  registers: [registry],
  async collect() {
    if (!database) return;
    this.reset();
    const rows: { status: string; n: string | number }[] = await database.query(CASES_BY_STATUS);
    for (const row of rows) this.set({ status: row.status }, Number(row.n));
  },
});

new Gauge({
  name: 'rcc_record_checks_pending',
  help: 'Registry lookups asked and not yet answered (every process)',
  registers: [registry],
  async collect() {
    if (!database) return;
    const [row]: { n: string | number }[] = await database.query(PENDING_RECORD_CHECKS);
    this.set(Number(row?.n ?? 0));
  },
});

new Gauge({
  name: 'rcc_notifications_pending',
  help: 'Text messages to applicants written and not yet sent (every process)',
  registers: [registry],
  async collect() {
    if (!database) return;
    const [row]: { n: string | number }[] = await database.query(PENDING_NOTIFICATIONS);
    this.set(Number(row?.n ?? 0));
  },
});

/** Names the operation label may take: a client chooses them, so only so many distinct ones are kept. */
const operations = new Set<string>();
const MAX_OPERATIONS = 200;
const operationLabel = (name: string | undefined) => {
  if (!name) return '';
  if (operations.has(name)) return name;
  if (!/^[A-Za-z_]\w{0,63}$/.test(name) || operations.size >= MAX_OPERATIONS) return 'other';
  operations.add(name);
  return name;
};

/** Records a request's time and its error code when it ends (fed from the request log). */
export function observeRequest(
  req: Request,
  status: number,
  seconds: number,
  operation: string | undefined,
  code: string | undefined,
): void {
  // The route's pattern (ids left out); an unmatched path is not a label value a client may grow.
  const route = req.route
    ? `${req.baseUrl}${req.route.path}`
    : req.baseUrl === '/graphql' || req.path === '/graphql'
      ? '/graphql'
      : 'other';
  requestDuration.observe(
    { route, operation: operationLabel(operation), status: `${Math.floor(status / 100)}xx` },
    seconds,
  );
  if (code) errors.inc({ code });
}

/** Lets the gauges read this database. */
export function measureDatabase(ds: DataSource): void {
  database = ds;
}

const answer = async (res: Response | http.ServerResponse) => {
  const text = await registry.metrics();
  res.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' });
  res.end(text);
};

/** GET /metrics for a bearer of `token`; 404 to anyone else (and to all when no token is set). */
export function metricsRoute(token: string | null) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const given = Buffer.from(String(req.headers.authorization ?? ''));
    const wanted = Buffer.from(`Bearer ${token}`);
    if (!token || given.length !== wanted.length || !timingSafeEqual(given, wanted)) return next();
    await answer(res);
  };
}

/** A server of /metrics alone, on a port of its own (and the server's address, if it has one). */
export function startMetricsServer(port: number, host: string | null): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') {
      answer(res).catch(() => res.destroy());
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(port, host ?? undefined, () => resolve(server)));
}
