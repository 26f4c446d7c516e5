import { GraphQLError } from 'graphql';

/** Errors the API returns on purpose; each carries a stable extensions.code for clients. */
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
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

/** Codes whose message is safe to show; anything else is masked so no internals leak. */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE', 'INVALID_TRANSITION',
]);

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID_TRANSITION: 409,
};

/** The REST form of an error: a status and a JSON body; internals are never shown. */
export function restError(error: unknown): { status: number; body: Record<string, unknown> } {
  const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
  const status = HTTP_STATUS[code];
  if (!status) {
    console.error(error);
    return { status: 500, body: { error: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' } };
  }
  const e = error as GraphQLError;
  return { status, body: { error: e.message, code, ...(e.extensions.field ? { field: e.extensions.field } : {}) } };
}
