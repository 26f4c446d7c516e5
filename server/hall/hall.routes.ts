import fs from 'node:fs';
import express, { type Request, type Response, Router } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit.service';
import { HallClient, SCOPES, type Scope } from '../clients/client.entity';
import { signatureProblem, validSecrets } from '../clients/client.secrets';
import { authenticate, clientOfToken, issueToken } from '../clients/client.service';
import type { Config } from '../config';
import { requestContext } from '../core/context';
import { RequestRefused } from '../core/errors';
import { transactionOf, withTransaction } from '../db/transaction';
import { FileStore } from '../documents/file-store';
import { receiveUpload } from '../documents/upload';
import { eventsAfter, MAX_EVENTS_PAGE } from '../hall-events/hall-event.service';
import { dropRefusedBody } from '../http/refused-body';
import { addressKey, rateLimiter } from '../limits/rate-limits';
import { LoginLimits } from '../officers/login-limits';
import { restError } from '../operations/failures';
import { log, requestLog } from '../operations/log';
import { openApiDocument } from './hall.openapi';
import { ApplicationRequest, PaymentNotice, WithdrawRequest } from './hall.schemas';
import {
  answerSupplement,
  type HallContext,
  handOver,
  recordPayment,
  stateOf,
  uploadPaper,
  withdrawCase,
} from './hall.service';
import { type HallAnswer, idempotencyKey, isDuplicateKey, once } from './idempotency.service';

// /api/hall/v1: the online service hall's door. Machine clients take a token with their id and
// secret (OAuth 2.0 client credentials), then hand over applications and papers, answer
// supplement requests, withdraw and read status, each within their scopes and their own budget;
// the payment platform posts signed notices. Every call is audited with the client as the actor.

/** A request refused before the work: 401 with the Bearer challenge, 403 for a scope the token lacks. */
class BearerRefused extends RequestRefused {}

const bearerRefused = (status: 401 | 403, error: 'invalid_token' | 'insufficient_scope', message: string) =>
  new BearerRefused(status, message, 'Authorization', { reason: error.toUpperCase() });

/** The JSON body of `schema`, or 422 naming the first field that does not fit (as `prefix` + its path). */
export function parsed<T extends z.ZodType>(schema: T, body: unknown, prefix = ''): z.output<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])].join('.');
  const field = path ? `${prefix}${path}` : prefix.replace(/\.$/, '') || 'body';
  throw new RequestRefused(422, `${field}: ${issue.message}`, field, {
    reason: 'INVALID_FIELD',
    params: { issue: issue.code },
  });
}

interface HallRoute<T> {
  /** Names the operation in the audit trail and the idempotency store. */
  operation: string;
  scope: Scope;
  /** Reading the request before the transaction opens (an upload's stream, a signature). */
  read?: (ctx: HallContext, req: Request) => Promise<T> | T;
  /** The work, in the request's one transaction. */
  write: (ctx: HallContext, input: T) => Promise<HallAnswer>;
  /** After the answer, whatever it was (a received file no longer needed). */
  done?: (input: T) => void;
}

/** The refusals a client is told about as its own doing: audited with it as the actor, in a transaction of their own. */
async function auditRefusal(
  ctx: HallContext,
  operation: string,
  status: number,
  body: Record<string, unknown>,
): Promise<void> {
  await withTransaction(ctx, () =>
    recordAudit(ctx, transactionOf(ctx), {
      action: 'HALL_REQUEST_REFUSED',
      entityType: 'HallClient',
      entityId: ctx.client.clientId,
      detail: {
        operation,
        status,
        code: body.code ?? null,
        reason: body.reason ?? null,
        field: body.field ?? null,
        path: ctx.req?.path.slice(0, 200),
      },
    }),
  ).catch((error: unknown) => log.error({ err: error }, 'a refused hall request could not be audited'));
}

/** The REST answer of a refusal: a refused input of a hall request is 422, as the hall expects, with the console's codes. */
function hallError(error: unknown): { status: number; body: Record<string, unknown>; retryAfterSeconds?: number } {
  const answer = restError(error);
  if (answer.status === 400 && answer.body.code === 'BAD_USER_INPUT') return { ...answer, status: 422 };
  return answer;
}

export function hallRoutes(ds: DataSource, config: Config): Router {
  const router = Router({ strict: true, caseSensitive: true });
  const budget = rateLimiter(ds, 'hall-client', { points: config.hallRequestsPerMinute, duration: 60 });
  const json = express.json({ limit: '100kb' });

  /** The one wrapper of every call with a token: the client, its scope and budget, one transaction, errors as JSON. */
  const route =
    <T>(r: HallRoute<T>) =>
    async (req: Request, res: Response) => {
      let ctx: HallContext | undefined;
      let input: T | undefined;
      try {
        const token = /^Bearer ([\x21-\x7e]{1,200})$/.exec(req.headers.authorization ?? '')?.[1];
        const client = token ? await clientOfToken(ds.manager, config, token) : null;
        if (!client)
          throw bearerRefused(401, 'invalid_token', 'a valid access token is required (POST /api/hall/v1/token)');
        const known: HallContext = { ...requestContext({ ds, config, req, res, client }), client, req };
        ctx = known;
        requestLog(res).clientId = client.clientId;
        requestLog(res).operation = r.operation;
        if (!client.scopes.includes(r.scope))
          throw bearerRefused(403, 'insufficient_scope', `this client's scopes do not include ${r.scope}`);
        const over = await budget.consume(client.clientId).then(
          () => null,
          (refusal: unknown) => {
            if (refusal instanceof RateLimiterRes) return refusal;
            throw refusal;
          },
        );
        if (over) {
          const seconds = Math.max(1, Math.ceil(over.msBeforeNext / 1000));
          res.set('Retry-After', String(seconds));
          throw new RequestRefused(
            429,
            `more than ${budget.points} requests in a minute; try again in ${seconds} s`,
            'Authorization',
            {
              reason: 'CLIENT_BUDGET_SPENT',
              params: { seconds },
            },
          );
        }
        const given = r.read ? await r.read(known, req) : (undefined as T);
        input = given;
        const work = () => withTransaction(known, () => r.write(known, given));
        // A request under the same Idempotency-Key that committed first (in any process) makes this
        // one's insert a duplicate: run again, it reads the first's answer.
        const answer = await work().catch((error: unknown) => (isDuplicateKey(error) ? work() : Promise.reject(error)));
        res.status(answer.status).json(answer.body);
      } catch (error) {
        const { status, body, retryAfterSeconds } = hallError(error);
        requestLog(res).code = String(body.code ?? body.reason ?? status);
        if (error instanceof BearerRefused) {
          res.set('WWW-Authenticate', `Bearer realm="hall", error="${String(body.reason).toLowerCase()}"`);
        }
        if (ctx && status < 500 && status !== 401 && status !== 429) await auditRefusal(ctx, r.operation, status, body);
        dropRefusedBody(req, res, status);
        if (retryAfterSeconds !== undefined) res.set('Retry-After', String(retryAfterSeconds));
        res.status(status).json(body);
      } finally {
        if (input !== undefined) r.done?.(input);
      }
    };

  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(config));
  });
  router.post(
    '/token',
    express.urlencoded({ extended: false, limit: '4kb' }),
    express.json({ limit: '4kb' }),
    tokenGrant(ds, config),
  );

  router.post(
    '/applications',
    json,
    route({
      operation: 'handOver',
      scope: 'intake',
      read: (_ctx, req) => ({
        key: idempotencyKey(req.get('Idempotency-Key')),
        body: parsed(ApplicationRequest, req.body, 'input.'),
      }),
      write: (ctx, { key, body }) => once(ctx, 'handOver', key, body, () => handOver(ctx, body)),
    }),
  );
  router.get(
    '/applications/:referenceNo',
    route({ operation: 'stateOf', scope: 'status', write: (ctx) => stateOf(ctx, String(ctx.req.params.referenceNo)) }),
  );
  router.post(
    '/applications/:referenceNo/documents',
    route({
      operation: 'uploadPaper',
      scope: 'intake',
      // The key first: an upload without one is refused before its file is read.
      read: async (_ctx, req) => {
        const key = idempotencyKey(req.get('Idempotency-Key'));
        return { key, file: await receiveUpload(req, new FileStore(config.filesDir), config.uploadIdleMs) };
      },
      write: (ctx, { key, file }) => {
        const referenceNo = String(ctx.req.params.referenceNo);
        return once(ctx, 'uploadPaper', key, { referenceNo, kind: file.kind, sha256: file.sha256 }, () =>
          uploadPaper(ctx, referenceNo, file),
        );
      },
      // A repeated upload answers the first one's document: its own file is not kept.
      done: ({ file }) => fs.rmSync(file.tempPath, { force: true }),
    }),
  );
  router.post(
    '/applications/:referenceNo/supplement',
    route({
      operation: 'answerSupplement',
      scope: 'intake',
      write: (ctx) => answerSupplement(ctx, String(ctx.req.params.referenceNo)),
    }),
  );
  router.post(
    '/applications/:referenceNo/withdraw',
    json,
    route({
      operation: 'withdraw',
      scope: 'intake',
      read: (_ctx, req) => parsed(WithdrawRequest, req.body),
      write: (ctx, { reason }) => withdrawCase(ctx, String(ctx.req.params.referenceNo), reason),
    }),
  );
  router.post(
    '/payments',
    // The raw body: the signature covers it byte for byte.
    express.text({ type: () => true, limit: '16kb' }),
    route({
      operation: 'recordPayment',
      scope: 'payments',
      read: (ctx, req) => {
        const raw = typeof req.body === 'string' ? req.body : '';
        const problem = signatureProblem(req.get('X-Signature'), raw, validSecrets(config, ctx.client));
        if (problem)
          throw new RequestRefused(
            401,
            `the notice's signature is ${problem === 'SIGNATURE_STALE' ? 'older than 5 minutes' : 'missing or wrong'}`,
            'X-Signature',
            { reason: problem },
          );
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          throw new RequestRefused(422, 'the notice is not JSON', 'body', { reason: 'INVALID_JSON' });
        }
        return parsed(PaymentNotice, body);
      },
      write: (ctx, notice) => recordPayment(ctx, notice),
    }),
  );
  router.get(
    '/events',
    route({
      operation: 'events',
      scope: 'status',
      read: (_ctx, req) => {
        const after = Number(req.query.after ?? 0);
        const limit = Number(req.query.limit ?? 100);
        if (!Number.isSafeInteger(after) || after < 0)
          throw new RequestRefused(422, 'after must be a cursor the API gave (0 for the start)', 'after', {
            reason: 'INVALID_FIELD',
          });
        if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EVENTS_PAGE) {
          throw new RequestRefused(422, `limit must be from 1 to ${MAX_EVENTS_PAGE}`, 'limit', {
            reason: 'INVALID_FIELD',
          });
        }
        return { after, limit };
      },
      write: async (ctx, { after, limit }) => {
        const page = await eventsAfter(transactionOf(ctx), ctx.client.id, after, limit);
        await recordAudit(ctx, transactionOf(ctx), {
          action: 'HALL_EVENTS_READ',
          entityType: 'HallClient',
          entityId: ctx.client.clientId,
          detail: { after, next: page.next, events: page.events.length },
        });
        return {
          status: 200,
          body: { events: page.events.map((e) => ({ ...e.body, cursor: e.cursor })), next: page.next },
        };
      },
    }),
  );
  router.use((_req, res) => {
    res
      .status(404)
      .json({ error: 'no such operation of the hall API (see /api/hall/v1/openapi.json)', code: 'NOT_FOUND' });
  });
  return router;
}

/** An OAuth 2.0 error answer (RFC 6749 §5.2), never cached. */
function oauthError(res: Response, status: number, error: string, description: string): void {
  if (status === 401) res.set('WWW-Authenticate', 'Basic realm="hall"');
  res.status(status).json({ error, error_description: description });
}

/** The client's id and secret: HTTP Basic (form-encoded, RFC 6749 §2.3.1) or the form's client_id and client_secret, not both. */
function credentials(req: Request): { clientId: string; secret: string } | 'both' | null {
  const basic = /^Basic ([A-Za-z0-9+/=]{1,400})$/.exec(req.headers.authorization ?? '')?.[1];
  const form = req.body ?? {};
  const inForm = typeof form.client_id === 'string' || typeof form.client_secret === 'string';
  if (basic && inForm) return 'both';
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    try {
      return {
        clientId: decodeURIComponent(decoded.slice(0, colon)),
        secret: decodeURIComponent(decoded.slice(colon + 1)),
      };
    } catch {
      return null;
    }
  }
  return inForm ? { clientId: String(form.client_id ?? ''), secret: String(form.client_secret ?? '') } : null;
}

/**
 * POST /token: the client-credentials grant. Failed attempts count on the sign-in limits (per
 * client id and per address, first counted, then checked); a wrong secret of a known client is audited.
 */
function tokenGrant(ds: DataSource, config: Config) {
  return async (req: Request, res: Response) => {
    res.set({ 'Cache-Control': 'no-store', Pragma: 'no-cache' });
    try {
      const form = (req.body ?? {}) as Record<string, unknown>;
      if (form.grant_type !== 'client_credentials') {
        return oauthError(
          res,
          400,
          form.grant_type ? 'unsupported_grant_type' : 'invalid_request',
          'grant_type must be client_credentials',
        );
      }
      const given = credentials(req);
      if (given === 'both')
        return oauthError(res, 400, 'invalid_request', 'authenticate by HTTP Basic or by the form, not both');
      if (!given) return oauthError(res, 401, 'invalid_client', 'client authentication is required');
      const attempt = await LoginLimits.of(ds).attempt(`client:${given.clientId.slice(0, 40)}`, addressKey(req.ip));
      if (!attempt.allowed) {
        res.set('Retry-After', String(attempt.retryAfterSeconds));
        return oauthError(
          res,
          429,
          'invalid_client',
          `too many failed attempts; try again in ${attempt.retryAfterSeconds} s`,
        );
      }
      const client = await authenticate(ds.manager, given.clientId, given.secret);
      if (!client) {
        const known =
          given.clientId.length <= 40 ? await ds.manager.findOneBy(HallClient, { clientId: given.clientId }) : null;
        if (known) {
          const ctx = requestContext({ ds, config, client: known });
          await withTransaction(ctx, () =>
            recordAudit(ctx, transactionOf(ctx), {
              action: 'HALL_TOKEN_REFUSED',
              entityType: 'HallClient',
              entityId: known.clientId,
              detail: { address: req.ip ?? null, active: known.active },
            }),
          );
        }
        return oauthError(res, 401, 'invalid_client', 'unknown client, wrong secret, or a disabled client');
      }
      const asked =
        typeof form.scope === 'string' && form.scope.trim() ? form.scope.trim().split(/\s+/) : client.scopes;
      if (asked.some((s) => !client.scopes.includes(s as Scope) || !SCOPES.includes(s as Scope))) {
        return oauthError(res, 400, 'invalid_scope', `this client's scopes are ${client.scopes.join(' ')}`);
      }
      await attempt.succeeded();
      const { token, expiresIn } = issueToken(config, client);
      const ctx = requestContext({ ds, config, client });
      await withTransaction(ctx, () =>
        recordAudit(ctx, transactionOf(ctx), {
          action: 'HALL_TOKEN_ISSUED',
          entityType: 'HallClient',
          entityId: client.clientId,
          detail: { address: req.ip ?? null, expiresIn },
        }),
      );
      requestLog(res).clientId = client.clientId;
      res.json({ access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope: client.scopes.join(' ') });
    } catch (error) {
      const { status, body, retryAfterSeconds } = restError(error);
      if (retryAfterSeconds !== undefined) res.set('Retry-After', String(retryAfterSeconds));
      res.status(status).json(body);
    }
  };
}
