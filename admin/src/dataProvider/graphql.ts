import { HttpError } from 'react-admin';

/** What the API says went wrong, mapped so react-admin reacts the right way to each code. */
export class ApiError extends HttpError {
  constructor(
    message: string,
    status: number,
    readonly code: string,
    readonly field?: string,
    extra: Record<string, unknown> = {},
  ) {
    // react-admin puts body.errors on the form fields (server-side validation).
    super(message, status, { ...extra, code, ...(field ? { errors: { [field]: message } } : {}) });
  }
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  BAD_USER_INPUT: 400,
};

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; holder?: unknown };
}

/** input.subject.idNumber → subject.idNumber: the form's own name for the field. */
export const formField = (field?: string) => field?.replace(/^input\./, '');

export function toApiError(error: GraphQLErrorBody): ApiError {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const field = formField(error.extensions?.field);
  // The server prefixes field errors with the field's path; the form shows the message beside it.
  const message = field && error.message.includes(': ') ? error.message.slice(error.message.indexOf(': ') + 2) : error.message;
  return new ApiError(message, STATUS[code] ?? 500, code, field, error.extensions?.holder ? { holder: error.extensions.holder } : {});
}

/** One GraphQL request with the session cookie; errors become ApiErrors. */
export async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, fetcher: typeof fetch = fetch): Promise<T> {
  let res: Response;
  try {
    res = await fetcher('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached', 503, 'NETWORK');
  }
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorBody[] } | null;
  if (!body) throw new ApiError(`The server answered ${res.status}`, res.status, 'INTERNAL_SERVER_ERROR');
  if (body.errors?.length) throw toApiError(body.errors[0]);
  return body.data as T;
}
