import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import type { z } from 'zod';
import type * as schemas from '../../server/hall/hall.schemas';

// The online hall as a test plays it: a machine client that takes tokens and calls
// /api/hall/v1, checking every request it sends and every answer it gets against the API's own
// openapi.json (an answer whose status the document does not list fails too).

/** The hall API's answers, as its own schemas (and openapi.json) give them. */
export type Submitted = z.output<typeof schemas.Submitted>;
export type DocumentTaken = z.output<typeof schemas.DocumentTaken>;
export type CaseState = z.output<typeof schemas.CaseState>;
export type PaymentRecorded = z.output<typeof schemas.PaymentRecorded>;
export type EventPage = z.output<typeof schemas.EventPage>;
export type Token = z.output<typeof schemas.Token>;
export type Problem = z.output<typeof schemas.Problem>;

/**
 * An answer of the hall API; `T` is the body a test expects of it (checked against openapi.json
 * for the status it came with, so a test checks the status before it reads the body).
 */
export interface HallAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

interface Operation {
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }>;
}

/** openapi.json of a server, compiled once: validators by schema reference. */
export class ApiDocument {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  /** Each answer checked, as "METHOD path status": a test can tell what was covered. */
  readonly checked = new Set<string>();

  private constructor(readonly document: { paths: Record<string, Record<string, Operation>>; components: unknown }) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'hall', components: document.components } as object);
  }

  static async of(baseUrl: string): Promise<ApiDocument> {
    const res = await fetch(`${baseUrl}/api/hall/v1/openapi.json`);
    expect(res.status).toBe(200);
    return new ApiDocument((await res.json()) as ApiDocument['document']);
  }

  /** The operation a request names: its path matched against the document's templates. */
  operation(method: string, path: string): { template: string; operation: Operation } {
    const bare = path.split('?')[0];
    for (const [template, operations] of Object.entries(this.document.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      const operation = operations[method.toLowerCase()];
      if (pattern.test(bare) && operation) return { template, operation };
    }
    throw new Error(`openapi.json has no operation ${method} ${bare}`);
  }

  /** Fails the test when `value` does not fit the schema `ref` names. */
  validate(ref: string, value: unknown, what: string): void {
    const validator = this.ajv.getSchema(`hall${ref}`);
    if (!validator) throw new Error(`openapi.json has no schema ${ref}`);
    if (!validator(value))
      throw new Error(
        `${what} does not fit ${ref}: ${this.ajv.errorsText(validator.errors)}\n${JSON.stringify(value)}`,
      );
  }

  checkRequest(method: string, path: string, contentType: string, body: unknown): void {
    const { operation } = this.operation(method, path);
    const schema = operation.requestBody?.content[contentType]?.schema;
    if (schema) this.validate(schema.$ref, body, `the request ${method} ${path}`);
  }

  checkAnswer(method: string, path: string, answer: HallAnswer): void {
    const { template, operation } = this.operation(method, path);
    const declared = operation.responses[String(answer.status)];
    if (!declared)
      throw new Error(
        `openapi.json lists no ${answer.status} answer of ${method} ${template}: ${JSON.stringify(answer.body)}`,
      );
    const schema = declared.content?.['application/json']?.schema;
    if (schema) this.validate(schema.$ref, answer.body, `the answer ${answer.status} of ${method} ${path}`);
    this.checked.add(`${method} ${template} ${answer.status}`);
  }
}

export class Hall {
  token: string | null = null;

  constructor(
    readonly baseUrl: string,
    readonly api: ApiDocument,
    readonly clientId: string,
    readonly clientSecret: string,
  ) {}

  /** POST /token by HTTP Basic; the answer as it came (a Token, or a Problem when refused). */
  async tokenRequest<T = Token>(
    form: Record<string, string> = { grant_type: 'client_credentials' },
    secret = this.clientSecret,
    basic = true,
  ): Promise<HallAnswer<T>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (basic)
      headers.Authorization = `Basic ${Buffer.from(`${encodeURIComponent(this.clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`;
    if (form.grant_type === 'client_credentials')
      this.api.checkRequest('POST', '/token', 'application/x-www-form-urlencoded', form);
    const res = await fetch(`${this.baseUrl}/api/hall/v1/token`, {
      method: 'POST',
      headers,
      body: new URLSearchParams(form),
    });
    const answer = { status: res.status, body: (await res.json()) as T, headers: res.headers };
    this.api.checkAnswer('POST', '/token', answer);
    return answer;
  }

  async signIn(): Promise<this> {
    const answer = await this.tokenRequest();
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    this.token = answer.body.access_token;
    return this;
  }

  /** A JSON call (or a prepared body: multipart, a raw notice); `malformed` sends a request the document does not allow, on purpose. */
  async call<T = unknown>(
    method: string,
    path: string,
    options: { json?: unknown; body?: RequestInit['body']; headers?: Record<string, string>; malformed?: boolean } = {},
  ): Promise<HallAnswer<T>> {
    const headers: Record<string, string> = {
      ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      ...options.headers,
    };
    let body = options.body;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
      if (!options.malformed) this.api.checkRequest(method, path, 'application/json', options.json);
    }
    const res = await fetch(`${this.baseUrl}/api/hall/v1${path}`, { method, headers, body });
    const answer = { status: res.status, body: (await res.json()) as T, headers: res.headers };
    this.api.checkAnswer(method, path, answer);
    return answer;
  }

  /** POST /applications: Submitted, or a Problem when refused (`T` says which the test expects). */
  submit<T = Submitted>(application: Record<string, unknown>, key: string, malformed = false) {
    return this.call<T>('POST', '/applications', { json: application, headers: { 'Idempotency-Key': key }, malformed });
  }

  /** POST /applications/{referenceNo}/documents: DocumentTaken, or a Problem when refused. */
  upload<T = DocumentTaken>(referenceNo: string, kind: string, content: Buffer, fileName: string, key: string) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', new Blob([content]), fileName);
    return this.call<T>('POST', `/applications/${referenceNo}/documents`, {
      body: form,
      headers: { 'Idempotency-Key': key },
    });
  }
}
