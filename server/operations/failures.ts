import { GraphQLError } from 'graphql';
import { type Reason, RequestRefused } from '../core/errors';
import { log } from './log';

// What a failure looks like from outside: the database out of reach or a statement past its
// budget turned into a refusal a client may retry, and any error into its REST answer.

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  TOO_MANY_REQUESTS: 429,
  QUERY_TIMEOUT: 503,
  SERVER_BUSY: 503,
  TOO_MANY_ATTEMPTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** MySQL's (3024) and MariaDB's (1969) error numbers for a statement stopped by its time budget. */
const STATEMENT_TIMEOUT_ERRNOS = new Set([1969, 3024]);

/**
 * What the driver reports when the database cannot be reached or went away: the socket's errors,
 * mysql2's lost connection and closed pool, and the server's refusals while it starts, stops or is full.
 */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'POOL_CLOSED',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
]);

/** Seconds a client is told to wait before it tries again, by the code of a refusal that passes. */
export const RETRY_AFTER_SECONDS: Record<string, number> = { SERVICE_UNAVAILABLE: 5, SERVER_BUSY: 1, QUERY_TIMEOUT: 1 };

/**
 * MariaDB's ER_LOCK_DEADLOCK: InnoDB chose this transaction to roll back in a deadlock, and Galera
 * reports a write set that failed certification against another node's commit the same way.
 */
const ROLLED_BACK_FOR_ANOTHER_ERRNOS = new Set([1213]);

/** Whether the database rolled the transaction back for another one that met it: whole, it may run again. */
export function rolledBackForAnother(error: unknown): boolean {
  return [...causes(error)].some((e) => typeof e.errno === 'number' && ROLLED_BACK_FOR_ANOTHER_ERRNOS.has(e.errno));
}

/** The errors an error was caused by, itself first: a GraphQL error's original, a statement's driver error, a cause. */
function* causes(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let next: unknown = error;
  while (next && typeof next === 'object' && !seen.has(next)) {
    seen.add(next);
    const e = next as Record<string, unknown>;
    yield e;
    next = e.originalError ?? e.driverError ?? e.cause;
  }
}

/** Whether the error says the database cannot be reached (rather than that a statement failed). */
export function isDatabaseOutage(error: unknown): boolean {
  for (const e of causes(error)) {
    if (typeof e.code === 'string' && OUTAGE_CODES.has(e.code)) return true;
    // mysql2 marks an error that ended its connection as fatal.
    if (e.fatal === true) return true;
    if (e.message === 'Pool is closed.') return true;
  }
  return false;
}

let lastOutageLogged = 0;
let outagesUnlogged = 0;

/** Logs that the database cannot be reached, once a second at most (with how many failed since), without a stack. */
export function logOutage(error: unknown): void {
  outagesUnlogged++;
  const now = Date.now();
  if (now - lastOutageLogged < 1000) return;
  const code = [...causes(error)].map((e) => e.code).find((c) => typeof c === 'string');
  log.error({ code, failedRequests: outagesUnlogged }, 'the database cannot be reached');
  lastOutageLogged = now;
  outagesUnlogged = 0;
}

/**
 * A failure a client may be told about, as the error it sees: a statement that ran past its
 * budget (QUERY_TIMEOUT), or the database out of reach (SERVICE_UNAVAILABLE, HTTP 503 with
 * Retry-After, logged once a second); other errors pass through unchanged.
 */
export function publicFailure(error: unknown): unknown {
  if (
    error instanceof GraphQLError &&
    (error.extensions?.code === 'QUERY_TIMEOUT' || error.extensions?.code === 'SERVICE_UNAVAILABLE')
  )
    return error;
  const errno = [...causes(error)].map((e) => e.errno).find((n) => typeof n === 'number');
  if (typeof errno === 'number' && STATEMENT_TIMEOUT_ERRNOS.has(errno)) {
    return new GraphQLError('The database took too long to answer; narrow the request or try again later', {
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  }
  if (!isDatabaseOutage(error)) return error;
  logOutage(error);
  return new GraphQLError('The database cannot be reached; try again in a few seconds', {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      // Apollo answers an error of context creation with this status and these headers.
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS.SERVICE_UNAVAILABLE)]]) },
    },
  });
}

const reasonOf = (why: Reason | undefined) => (why ? { reason: why.reason, params: why.params ?? {} } : {});

/** The REST form of an error: a status, a JSON body and how long to wait before trying again (429, 503); internals are never shown. */
export function restError(thrown: unknown): {
  status: number;
  body: Record<string, unknown>;
  retryAfterSeconds?: number;
} {
  if (thrown instanceof RequestRefused) {
    return { status: thrown.status, body: { error: thrown.message, field: thrown.field, ...reasonOf(thrown.why) } };
  }
  const error = publicFailure(thrown);
  const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
  const status = HTTP_STATUS[code];
  if (!status) {
    log.error({ err: error }, 'internal error');
    return { status: 500, body: { error: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' } };
  }
  const e = error as GraphQLError;
  const why =
    typeof e.extensions.reason === 'string'
      ? { reason: e.extensions.reason, params: e.extensions.params as Reason['params'] }
      : undefined;
  const retryAfterSeconds =
    typeof e.extensions.retryAfterSeconds === 'number' ? e.extensions.retryAfterSeconds : RETRY_AFTER_SECONDS[code];
  return {
    status,
    body: { error: e.message, code, ...(e.extensions.field ? { field: e.extensions.field } : {}), ...reasonOf(why) },
    retryAfterSeconds,
  };
}
