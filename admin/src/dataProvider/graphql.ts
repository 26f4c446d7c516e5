import { HttpError } from 'react-admin';
import { reasonText } from '../common/apiErrorText';
import { isObject } from '../common/json';
import type { TypedDocumentString } from '../generated/graphql';
import { isGatewayFailure, reportReachable } from './connection';

/**
 * What the API says went wrong. The console branches on `code` (the GraphQL error's
 * extensions.code, or the `code` of a REST error body), never on an HTTP status: GraphQL errors
 * come with 200, and which status a REST error carries is the server's business. `status` is
 * the status the server answered with, kept for react-admin's HttpError.
 */
export class ApiError extends HttpError {
  constructor(
    message: string,
    readonly code: string,
    { status = 200, field, extra = {} }: { status?: number; field?: string; extra?: Record<string, unknown> } = {},
  ) {
    // react-admin puts body.errors on the form fields (server-side validation).
    super(message, status, { ...extra, code, ...(field ? { errors: { [field]: message } } : {}) });
  }
}

/** The text of a failure as the console shows it: an ApiError's is already in the officer's language. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** What a failure's body says (react-admin's HttpError keeps it untyped): see ApiError. */
export interface ApiErrorBody {
  /** The GraphQL error's extensions.code (CONFLICT, BAD_USER_INPUT, ...). */
  code?: string;
  /** Who holds the case, when a claim found it held by another officer. */
  holder?: unknown;
  /** The message of each form field the server refused, by the field's name. */
  errors?: Record<string, string>;
}

/** The body of a failure, read field by field; empty for an error without one. */
export function errorBody(error: unknown): ApiErrorBody {
  if (!isObject(error) || !isObject(error.body)) return {};
  const { code, holder, errors } = error.body;
  return {
    code: typeof code === 'string' ? code : undefined,
    holder,
    errors: isObject(errors)
      ? Object.fromEntries(
          Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        )
      : undefined,
  };
}

/** Whether `error` says the session is over (react-admin then signs the officer out). */
export const isUnauthenticated = (error: unknown): boolean =>
  (error as { body?: { code?: string } } | null)?.body?.code === 'UNAUTHENTICATED';

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; holder?: unknown; reason?: string; params?: Record<string, unknown> };
}

/** input.subject.idNumber → subject.idNumber: the form's own name for the field. */
export const formField = (field?: string) => field?.replace(/^input\./, '');

/**
 * A GraphQL error as the console shows it: a refusal with a reason code (extensions.reason and
 * params) in the officer's language, else the server's own text.
 */
export function toApiError(error: GraphQLErrorBody, status = 200): ApiError {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const field = formField(error.extensions?.field);
  // The server prefixes field errors with the field's path; the form shows the message beside it.
  const text =
    field && error.message.includes(': ') ? error.message.slice(error.message.indexOf(': ') + 2) : error.message;
  const message = reasonText(error.extensions?.reason, error.extensions?.params, text);
  const extra = {
    ...(error.extensions?.holder ? { holder: error.extensions.holder } : {}),
    ...(error.extensions?.reason ? { reason: error.extensions.reason, params: error.extensions.params ?? {} } : {}),
  };
  return new ApiError(message, code, { status, field, extra });
}

/** The error of a REST answer that is not ok: its body says { error, code, field, reason, params }. */
export async function restError(res: Response, what: string, fallbackCode: string): Promise<ApiError> {
  const body = await res.json().catch(() => ({}));
  const message = reasonText(body.reason, body.params, body.error ?? `${what} failed (${res.status})`);
  const extra = typeof body.reason === 'string' ? { reason: body.reason, params: body.params ?? {} } : {};
  return new ApiError(message, body.code ?? fallbackCode, { status: res.status, field: body.field, extra });
}

/**
 * One GraphQL request with the session cookie; errors become ApiErrors. The document is one the
 * console wrote with graphql(`…`), so its result and variables are typed by the schema.
 */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  // An operation without variables may be called without them.
  ...[variables]: Variables extends Record<string, never> ? [Variables?] : [Variables]
): Promise<Result> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    reportReachable(false);
    throw new ApiError(reasonText('SERVER_UNREACHABLE', {}, 'The server cannot be reached'), 'NETWORK', {
      status: 503,
    });
  }
  const body = (await res.json().catch(() => null)) as { data?: Result; errors?: GraphQLErrorBody[] } | null;
  // An answer without a body of ours is the proxy's: the server behind it is down.
  reportReachable(!!body || !isGatewayFailure(res.status));
  if (!body) {
    throw new ApiError(
      reasonText('SERVER_UNAVAILABLE', { status: res.status }, `The server answered ${res.status}`),
      isGatewayFailure(res.status) ? 'NETWORK' : 'INTERNAL_SERVER_ERROR',
      { status: res.status },
    );
  }
  if (body.errors?.length) throw toApiError(body.errors[0], res.status);
  return body.data as Result;
}
