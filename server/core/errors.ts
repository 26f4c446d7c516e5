import { GraphQLError } from 'graphql';

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

/** Whether `error` is a CONFLICT (someone changed the row first). */
export const isConflict = (error: unknown): boolean =>
  error instanceof GraphQLError && error.extensions.code === 'CONFLICT';

export function forbidden(message = 'Your role may not do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * A request refused for the caller's own limit, not the server's state: 429 with Retry-After, by
 * GraphQL (Apollo takes the status and header from `http`) and by REST alike; extensions.retryAfterSeconds says when.
 */
export function tooManyRequests(message: string, retryAfterSeconds: number, why?: Reason): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds,
      ...(why ? { reason: why.reason, params: why.params ?? {} } : {}),
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Too many failed password checks of this officer or address: a sign-in's limits, as a GraphQL error (429). */
export function tooManyAttempts(retryAfterSeconds: number): GraphQLError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new GraphQLError(`Too many wrong passwords; try again in ${minutes} min`, {
    extensions: {
      code: 'TOO_MANY_ATTEMPTS',
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
  'TOO_MANY_ATTEMPTS',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
]);

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
