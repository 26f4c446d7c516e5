import { GraphQLError } from 'graphql';
import { log } from './log';

/**
 * Why an input was refused, for a client to put in its own language: a stable reason code
 * (extensions.reason, e.g. ID_CHECK_CHARACTER) and the values its text needs (extensions.params).
 * The English message stays the fallback for a reason a client does not know.
 */
export interface Reason {
  reason: string;
  params?: Record<string, unknown>;
}

/** Errors the API returns on purpose; each carries a stable extensions.code for clients. */
export function badInput(field: string, message: string, why?: Reason): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', field, ...(why ? { reason: why.reason, params: why.params ?? {} } : {}) },
  });
}

/** A step the case's state (or the thing's) does not allow now. */
export function invalidTransition(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_TRANSITION' } });
}

export function notFound(what: string, id: string | number): GraphQLError {
  return new GraphQLError(`${what} ${id} not found`, { extensions: { code: 'NOT_FOUND' } });
}

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...extra } });
}

export function forbidden(message = 'Your role may not do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
}

/**
 * Refused for the caller's own limit, not the server's state: 429 with Retry-After, by GraphQL
 * (Apollo takes the status and header from `http`) and by REST alike.
 */
export function tooManyRequests(message: string, retryAfterSeconds: number, why: Reason): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      reason: why.reason,
      params: why.params ?? {},
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** Codes whose message is safe to show; anything else is masked so no internals leak. */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'INVALID_TRANSITION',
  'QUERY_TOO_COMPLEX',
  'QUERY_TIMEOUT',
  'SERVER_BUSY',
  'TOO_MANY_REQUESTS',
]);

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
};

/** MySQL's (3024) and MariaDB's (1969) error numbers for a statement stopped by its time budget. */
const STATEMENT_TIMEOUT_ERRNOS = new Set([1969, 3024]);

/**
 * A database statement that ran past its budget, as the error a client may see; other errors
 * pass through unchanged.
 */
export function publicTimeout(error: unknown): unknown {
  const cause = error instanceof GraphQLError ? error.originalError : error;
  const errno = (cause as { errno?: number } | undefined)?.errno;
  if (errno === undefined || !STATEMENT_TIMEOUT_ERRNOS.has(errno)) return error;
  return new GraphQLError('The database took too long to answer; narrow the request or try again later', {
    extensions: { code: 'QUERY_TIMEOUT' },
  });
}

/** A REST request refused by its HTTP status (an upload too large, of the wrong type, cut off), naming the field. */
export class RequestRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field: string,
    readonly why?: Reason,
  ) {
    super(message);
  }
}

const reasonOf = (why: Reason | undefined) => (why ? { reason: why.reason, params: why.params ?? {} } : {});

/** The REST form of an error: a status, a JSON body and how long to wait before trying again (429, 503); internals are never shown. */
export function restError(thrown: unknown): { status: number; body: Record<string, unknown>; retryAfterSeconds?: number } {
  if (thrown instanceof RequestRefused) {
    return { status: thrown.status, body: { error: thrown.message, field: thrown.field, ...reasonOf(thrown.why) } };
  }
  const error = publicTimeout(thrown);
  const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
  const status = HTTP_STATUS[code];
  if (!status) {
    log.error({ err: error }, 'internal error');
    return { status: 500, body: { error: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' } };
  }
  const e = error as GraphQLError;
  const why = typeof e.extensions.reason === 'string' ? { reason: e.extensions.reason, params: e.extensions.params as Reason['params'] } : undefined;
  const retryAfterSeconds = typeof e.extensions.retryAfterSeconds === 'number' ? e.extensions.retryAfterSeconds : status === 503 ? 1 : undefined;
  return {
    status,
    body: { error: e.message, code, ...(e.extensions.field ? { field: e.extensions.field } : {}), ...reasonOf(why) },
    retryAfterSeconds,
  };
}
