import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import { recordCheckTarget } from './applications/application.record-checks';
import { hashIdNumbers } from './applications/id-number-hash';
import { startCheckpoints } from './audit/audit.checkpoints';
import { sealerOf } from './audit/audit.service';
import type { Config } from './config';
import type { RequestContext } from './core/context';
import { PUBLIC_ERROR_CODES } from './core/errors';
import { limitStatementTime } from './data-source';
import { documentRoutes } from './documents/document.routes';
import { FileStore } from './documents/file-store';
import { verifyRoutes } from './documents/verify.routes';
import { exportRoutes } from './exports/export.routes';
import { compiledExecution } from './graphql/compiled-execution';
import { QUERY_TOO_COMPLEX, queryLimits } from './graphql/query-limits';
import { hallRoutes } from './hall/hall.routes';
import { HallEventJobs } from './hall-events/hall-event.worker';
import { authRoutes } from './http/auth.routes';
import { healthRoutes, type ServerState } from './http/health.routes';
import { createRequestContext } from './http/request-context';
import { requestGuard } from './http/request-guard';
import { securityHeaders } from './http/security-headers';
import { rateLimiter } from './limits/rate-limits';
import { RunningLimit, runningOperations } from './limits/running-limits';
import { NotificationJobs } from './notifications/notification.worker';
import { publicFailure, RETRY_AFTER_SECONDS, restError } from './operations/failures';
import { releaseWorker, startWorker } from './operations/job-worker';
import { log, requestLog, requestLogger } from './operations/log';
import { measureDatabase, metricsRoute, startMetricsServer } from './operations/metrics';
import { progressRoutes } from './progress/progress.routes';
import { PUBLIC_LIMIT } from './public/public-page';
import { RecordCheckJobs, registryOf } from './records/record-check.worker';
import { createSchema } from './schema';

/** What a client is told about a request that could not be read (the parser's own words may name files). */
const REQUEST_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is too large',
  'encoding.unsupported': 'The request body has an unsupported encoding',
};

/**
 * Hides internals: an unexpected error reaches the client as a bare INTERNAL_SERVER_ERROR. In
 * production, without graphql-js's "Did you mean …?" (a field's or an enum value's name), which
 * would describe the schema to anonymous callers where introspection is off.
 */
const errorFormatter =
  (production: boolean) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shown = formatError(formatted, error);
    return production ? { ...shown, message: shown.message.replace(/ ?Did you mean .+\?$/s, '') } : shown;
  };

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const failure = publicFailure(error);
  if (failure !== error) {
    const { message, extensions } = failure as GraphQLError;
    return { message, path: formatted.path, extensions: { code: extensions.code } };
  }
  if (formatted.extensions?.[QUERY_TOO_COMPLEX])
    return { message: formatted.message, extensions: { code: QUERY_TOO_COMPLEX } };
  // graphql-js stops coercing variables after 50 bad values with an error that carries no code.
  if (formatted.message.startsWith('Too many errors processing variables')) {
    return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (PUBLIC_ERROR_CODES.has(code)) {
    const { stacktrace: _hidden, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log.error({ err: error }, 'internal error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The build's gzip and brotli copies of a hashed asset (made by the console's Vite build), by the
 * client's Accept-Encoding; express.static serves the rest.
 */
function precompressed(assetsDir: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    // Vite writes its assets flat, named by their hash: any other name is not one of them.
    const name = req.path.slice(1);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !/^[\w.-]+$/.test(name)) return next();
    const accepted = String(req.headers['accept-encoding'] ?? '').toLowerCase();
    res.vary('Accept-Encoding');
    for (const [encoding, ending] of ENCODINGS) {
      const file = path.join(assetsDir, name + ending);
      const offer = accepted.split(',').find((part) => part.trim().split(';')[0] === encoding);
      if (!offer || /;\s*q=0(\.0*)?\s*$/.test(offer) || !fs.existsSync(file)) continue;
      res.set({ 'Content-Encoding': encoding, 'Cache-Control': IMMUTABLE });
      res.type(path.extname(name));
      return res.sendFile(file);
    }
    next();
  };
}

const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/** The react-admin console from its build, with every other page path answered by its index.html. */
function serveConsole(app: express.Express, adminDir: string): void {
  const index = path.join(adminDir, 'index.html');
  if (!fs.existsSync(index)) {
    log.warn(`The console is not built (${index} is missing): run npm run build:admin`);
    return;
  }
  const assetsDir = path.join(adminDir, 'assets');
  app.use('/assets', precompressed(assetsDir));
  app.use(
    express.static(adminDir, {
      index: false,
      // A hashed asset never changes under its name; anything else is asked for again.
      setHeaders: (res, file) =>
        res.set('Cache-Control', file.startsWith(assetsDir + path.sep) ? IMMUTABLE : 'no-cache'),
    }),
  );
  // Never for the public pages' paths, however written: their query strings are credentials.
  app.get(/^\/(?!api\/|graphql|verify|progress|metrics$).*/i, (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
}

/** Names the GraphQL operation and the error code the answer carried in the request's log line. */
const operationLog: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operationName, operation }) {
        const entry = contextValue.res && requestLog(contextValue.res);
        if (entry) entry.operation = operationName ?? operation?.name?.value ?? operation?.operation;
      },
      async willSendResponse({ contextValue, response }) {
        const entry = contextValue.res && requestLog(contextValue.res);
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (entry && errors?.length) entry.code = String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      },
    };
  },
};

/**
 * An answer that carries an outage of the database is a 503 with Retry-After, as a REST answer
 * would be: a client or a proxy retries it rather than taking it for a fault of the server.
 */
const outageStatus: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (!errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS.SERVICE_UNAVAILABLE));
      },
    };
  },
};

/** A temporary upload file older than this is a leftover: no request lasts that long. */
const STALE_UPLOAD_MS = 15 * 60_000;

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  /** Whether the process is draining (what /api/ready reports). */
  state: ServerState;
  /** Drains: /api/ready answers 503, no new connections, requests under way finish (10 s at most). */
  stop: () => Promise<void>;
}

/** The HTTP server: REST beside /graphql, one database, one configuration. */
export async function startServer(ds: DataSource, config: Config, port = config.port): Promise<RunningServer> {
  // Events a process left unsealed (it stopped between a write's commit and its seal) are sealed now.
  await sealerOf(ds, config.auditKey).sealCommitted();
  // Cases written before their identity numbers' keyed hashes were kept get them now (a search finds cases by them).
  const hashed = await hashIdNumbers(ds, config.auditKey);
  if (hashed) log.info({ hashed }, 'identity numbers of earlier cases hashed for search');
  const app = express();
  app.disable('x-powered-by');
  // An ETag would hash every GraphQL answer (POST, never asked again); the console's files have their own.
  app.set('etag', false);
  // Behind a reverse proxy, the client's address is the one the proxy adds (one hop), not the proxy's.
  app.set('trust proxy', config.trustProxy ? 1 : false);
  const httpServer = http.createServer(app);
  const state: ServerState = { draining: false };
  const schema = await createSchema();
  const limits = queryLimits(schema);
  const running = RunningLimit.of(ds);
  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(schema),
    formatError: errorFormatter(config.production),
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    // Persisted queries are not used by the console; off, Apollo answers them with a clear code.
    persistedQueries: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      // On stop: no new connections, idle ones closed, requests under way given 10 s to finish.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 }),
      // Apollo installs these unless told otherwise; the console uses none of them, and cache
      // control alone walks every field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...limits.plugins,
      runningOperations(schema, running, (ctx) => (ctx.officer ? String(ctx.officer.id) : null)),
      operationLog,
      outageStatus,
    ],
  });
  await apollo.start();
  measureDatabase(ds);
  const metricsServer = config.metricsPort != null ? await startMetricsServer(config.metricsPort, config.host) : null;
  await limitStatementTime(ds, config.statementTimeoutMs);
  // Uploads that a crash cut short; younger files may belong to another process's running upload.
  new FileStore(config.filesDir).sweepTemp(STALE_UPLOAD_MS);

  app.use(requestLogger());
  app.use(requestGuard());
  app.use(securityHeaders(config));

  // First of the routes: the console's every request goes here, past no other router's list.
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      // A session that cannot be read for an outage is answered 503 (Apollo takes the error's status).
      context: ({ req, res }): Promise<RequestContext> =>
        createRequestContext(ds, config, req, res).catch((error: unknown) => {
          const failure = publicFailure(error);
          if (failure instanceof GraphQLError) requestLog(res).code = String(failure.extensions.code);
          throw failure;
        }),
    }),
  );
  // The online hall's door: machine clients with tokens, no session, no cookie.
  app.use('/api/hall/v1', hallRoutes(ds, config));
  app.use('/api', express.json({ limit: '100kb' }), authRoutes(ds, config));
  app.use('/api', documentRoutes(ds, config));
  app.use('/api', exportRoutes(ds, config, running));
  app.use('/api', healthRoutes(ds, config, state));
  app.get('/metrics', metricsRoute(config.metricsToken));
  // /verify and /progress count together per client address: one budget for guessing either.
  const publicLimiter = rateLimiter(ds, 'public', PUBLIC_LIMIT);
  app.use(verifyRoutes(ds, publicLimiter));
  app.use(progressRoutes(ds, publicLimiter));
  serveConsole(app, config.adminDir);
  // Malformed JSON and other request errors: a clear 4xx, never a stack trace; a failure of the
  // public pages (an outage of the database among them) as a REST answer.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    if (err.status && err.status < 500) {
      res.status(err.status).json({ error: REQUEST_ERRORS[err.type ?? ''] ?? 'Bad request' });
      return;
    }
    const { status, body, retryAfterSeconds } = restError(err);
    if (retryAfterSeconds !== undefined) res.set('Retry-After', String(retryAfterSeconds));
    res.status(status).json(body);
  });

  await new Promise<void>((resolve) => httpServer.listen(port, config.host ?? undefined, resolve));
  // Record checks asked and messages written before this start (and any a stopped process left) are taken up now.
  const workers = [
    startWorker(ds, new RecordCheckJobs(ds, registryOf(ds, config), config, recordCheckTarget)),
    startWorker(ds, new NotificationJobs(ds, config)),
    startWorker(ds, new HallEventJobs(ds, config)),
  ];
  const checkpoints = startCheckpoints(ds, config);
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://localhost:${actualPort}`,
    httpServer,
    state,
    stop: async () => {
      state.draining = true;
      await apollo.stop();
      for (const worker of workers) await releaseWorker(ds, worker);
      await checkpoints.stop();
      await new Promise((resolve) => (metricsServer ? metricsServer.close(resolve) : resolve(undefined)));
    },
  };
}
