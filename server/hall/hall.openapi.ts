import { z } from 'zod';
import { SCOPES } from '../clients/client.entity';
import type { Config } from '../config';
import { MAX_UPLOAD_BYTES } from '../documents/upload';
import { MAX_EVENTS_PAGE } from '../hall-events/hall-event.service';
import { registry } from './hall.schemas';

// openapi.json, generated from the schemas the routes validate with (hall.schemas.ts), as what a
// client sends (a field with a default may be left out): each
// schema of the registry becomes a component, and the operations below name them.

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ 'application/json': { schema: ref(id) } });
const answer = (description: string, id: string) => ({ description, content: json(id) });
const problem = (description: string) => answer(description, 'Problem');

const REFUSALS = {
  '401': problem('No valid access token (or, for a payment notice, no valid signature).'),
  '403': problem("The token's client lacks the operation's scope."),
  '429': problem("The client's request budget is spent; Retry-After says when to try again."),
};
const NOT_FOUND = { '404': problem('No case of this client has this reference number.') };
const IDEMPOTENCY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description:
    'The same key with the same request answers the first answer again; with another request it is refused (422 IDEMPOTENCY_KEY_REUSED).',
  schema: { type: 'string', minLength: 1, maxLength: 100 },
};
const KEY_REFUSED = { '400': problem('No Idempotency-Key, or not one of 1 to 100 visible ASCII characters.') };
const REFERENCE = { name: 'referenceNo', in: 'path', required: true, schema: { type: 'string', maxLength: 24 } };
const bearer = (scope: string) => [{ bearer: [scope] }];

/** The operations of /api/hall/v1, by path and method. */
const PATHS = {
  '/token': {
    post: {
      operationId: 'token',
      summary: 'An access token for 15 minutes: the OAuth 2.0 client-credentials grant (RFC 6749 §4.4).',
      description:
        'Authenticate with HTTP Basic (client id and secret) or client_id and client_secret in the form. Failed attempts are limited per client and per address.',
      security: [{ basic: [] }, {}],
      requestBody: {
        required: true,
        content: { 'application/x-www-form-urlencoded': { schema: ref('TokenRequest') } },
      },
      responses: {
        '200': answer('The token.', 'Token'),
        '400': problem('invalid_request, unsupported_grant_type or invalid_scope.'),
        '401': problem('invalid_client.'),
        '429': problem('Too many failed attempts.'),
      },
    },
  },
  '/applications': {
    post: {
      operationId: 'handOver',
      summary: 'Hand an application over: validated and routed exactly as at the counter.',
      security: bearer('intake'),
      parameters: [IDEMPOTENCY],
      requestBody: { required: true, content: json('ApplicationRequest') },
      responses: {
        '201': answer('The case, where it was routed, its fee and the papers it still needs.', 'Submitted'),
        ...KEY_REFUSED,
        '409': problem('hallReference was handed over already (HALL_REFERENCE_TAKEN).'),
        '422': problem('Refused: the field and the reason code the console gets (routing refusals name the rule).'),
        ...REFUSALS,
      },
    },
  },
  '/applications/{referenceNo}': {
    get: {
      operationId: 'stateOf',
      summary: 'Where the case is, in the words the public progress page uses.',
      security: bearer('status'),
      parameters: [REFERENCE],
      responses: { '200': answer('The case as the applicant sees it.', 'CaseState'), ...NOT_FOUND, ...REFUSALS },
    },
  },
  '/applications/{referenceNo}/documents': {
    post: {
      operationId: 'uploadPaper',
      summary: `Upload a paper (JPEG, PNG or PDF by content, at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB).`,
      security: bearer('intake'),
      parameters: [REFERENCE, IDEMPOTENCY],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: ref('DocumentRequest'),
            encoding: { file: { contentType: 'image/jpeg, image/png, application/pdf' } },
          },
        },
      },
      responses: {
        '201': answer('The document, and the kinds still to upload.', 'DocumentTaken'),
        '400': problem('No Idempotency-Key, or not a complete form of kind and file.'),
        '409': problem('The case takes no papers now.'),
        '413': problem('Larger than 10 MiB.'),
        '415': problem('Not a JPEG, PNG or PDF, or its name says otherwise.'),
        '422': problem('The Idempotency-Key was used with another request.'),
        ...NOT_FOUND,
        ...REFUSALS,
      },
    },
  },
  '/applications/{referenceNo}/supplement': {
    post: {
      operationId: 'answerSupplement',
      summary:
        "What the supplement request asked for is uploaded: the case shows as supplemented in the officer's queue (the officer still confirms).",
      security: bearer('intake'),
      parameters: [REFERENCE],
      responses: {
        '200': answer('The case.', 'CaseState'),
        '409': problem('No supplement is asked, or it was answered already.'),
        ...NOT_FOUND,
        ...REFUSALS,
      },
    },
  },
  '/applications/{referenceNo}/withdraw': {
    post: {
      operationId: 'withdraw',
      summary: 'The applicant withdraws the application (before its document is issued).',
      security: bearer('intake'),
      parameters: [REFERENCE],
      requestBody: { required: true, content: json('WithdrawRequest') },
      responses: {
        '200': answer('The case.', 'CaseState'),
        '409': problem('The case can no longer be withdrawn.'),
        '422': problem('No reason.'),
        ...NOT_FOUND,
        ...REFUSALS,
      },
    },
  },
  '/payments': {
    post: {
      operationId: 'recordPayment',
      summary: "The payment platform's notice that a fee was paid; the same receiptNo twice is one payment.",
      security: bearer('payments'),
      parameters: [
        {
          name: 'X-Signature',
          in: 'header',
          required: true,
          description:
            't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the client secret>; at most 5 minutes old.',
          schema: { type: 'string' },
        },
      ],
      requestBody: { required: true, content: json('PaymentNotice') },
      responses: {
        '200': answer('The fee as recorded.', 'PaymentRecorded'),
        '409': problem('The case is not decided yet, no fee is due, or another receipt paid it.'),
        '422': problem('The amount is not the fee due, or the notice does not fit.'),
        ...NOT_FOUND,
        ...REFUSALS,
      },
    },
  },
  '/events': {
    get: {
      operationId: 'events',
      summary:
        "The status events of this client's cases after a cursor (the callbacks, for a hall that cannot receive them).",
      security: bearer('status'),
      parameters: [
        { name: 'after', in: 'query', required: false, schema: { type: 'integer', minimum: 0, default: 0 } },
        {
          name: 'limit',
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 1, maximum: MAX_EVENTS_PAGE, default: 100 },
        },
      ],
      responses: {
        '200': answer('A page of events, in order; `next` is the cursor for the next page.', 'EventPage'),
        '422': problem('A bad cursor or limit.'),
        ...REFUSALS,
      },
    },
  },
};

let components: Record<string, unknown> | null = null;

/** The registry's schemas as OpenAPI components (JSON Schema 2020-12, OpenAPI 3.1's dialect). */
function schemas(): Record<string, unknown> {
  if (!components) {
    const generated = z.toJSONSchema(registry, {
      target: 'draft-2020-12',
      io: 'input',
      uri: (id) => `#/components/schemas/${id}`,
    }).schemas;
    components = Object.fromEntries(
      Object.entries(generated).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
    );
  }
  return components;
}

/** openapi.json: served without a token. */
export function openApiDocument(config: Pick<Config, 'publicBaseUrl'>) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Online service hall API of the record-check back office',
      version: '1.0.0',
      description: `Machine clients (scopes ${SCOPES.join(', ')}) hand over applications, papers and payments, and hear of every step back by signed callbacks or GET /events.`,
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: `${config.publicBaseUrl}/api/hall/v1` }],
    paths: PATHS,
    components: {
      schemas: schemas(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A token from POST /token.' },
        basic: { type: 'http', scheme: 'basic', description: 'The client id and secret, for POST /token.' },
      },
    },
    webhooks: {
      event: {
        post: {
          summary:
            "A status callback to the client's callback address, signed with X-Signature like a payment notice; Idempotency-Key is the event's id.",
          requestBody: { content: json('Event') },
          responses: { '200': { description: 'Taken (any 2xx); anything else is tried again, up to 8 times.' } },
        },
      },
    },
  };
}
