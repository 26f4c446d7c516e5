import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { RequestContext } from '../core/context';
import { forbidden, unauthenticated } from '../core/errors';
import { withTransaction } from '../db/transaction';
import { validateId } from '../graphql/input-limits';
import { busyRefusal, type RunningLimit } from '../limits/running-limits';
import { restError } from '../operations/failures';
import { requestLog } from '../operations/log';
import { dropRefusedBody } from './refused-body';
import { createRequestContext } from './request-context';

/** How to answer, run after the transaction has committed (a file or an export streams outside it). */
export type Answer = (res: Response) => unknown;

export interface RestRoute<T> {
  /** Anyone may call it (sign-in); otherwise signed-in officers only. */
  public?: boolean;
  /** Reading the request before the transaction opens: an upload's stream, parameters, a password check. */
  read?: (ctx: RequestContext, req: Request) => Promise<T>;
  /** The work, in the request's one transaction (ctx.em); says how to answer. */
  write: (ctx: RequestContext, input: T) => Promise<Answer>;
  /** Expensive work: from the request's start to its answer's end it takes `cost` from the officer's running budget. */
  running?: { limit: RunningLimit; cost: number };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request that changes data, sent by a browser from another site: its Origin (which browsers send
 * with every such request) names another host than this server's, or Sec-Fetch-Site says so. The
 * session cookie is SameSite=Strict too; this holds where a browser or a proxy drops that.
 */
function crossSite(req: Request, config: Config): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  if (req.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    const host = new URL(origin).host;
    return host !== req.headers.host && host !== new URL(config.publicBaseUrl).host;
  } catch {
    // "null" (a sandboxed frame, a redirect across sites) or nothing a browser would send.
    return true;
  }
}

/**
 * The one wrapper of every REST handler beside /graphql: the session, ids in the path checked as
 * GraphQL checks them, one transaction around the work, and errors as JSON with a clear status
 * and code, never a stack trace.
 */
export function restRoute<T = undefined>(ds: DataSource, config: Config, route: RestRoute<T>) {
  return async (req: Request, res: Response, _next: NextFunction) => {
    try {
      if (crossSite(req, config)) throw forbidden('A request that changes data is taken from this site only');
      const ctx = await createRequestContext(ds, config, req, res);
      if (!route.public && !ctx.officer) throw unauthenticated();
      for (const [name, value] of Object.entries(req.params))
        if (name === 'id' || name.endsWith('Id')) validateId(value, name);
      const share =
        route.running && ctx.officer
          ? await route.running.limit.take(String(ctx.officer.id), route.running.cost)
          : null;
      if (share && !share.taken) throw busyRefusal(share.retryAfterSeconds);
      try {
        const input = route.read ? await route.read(ctx, req) : (undefined as T);
        const answer = await withTransaction(ctx, () => route.write(ctx, input));
        await answer(res);
      } finally {
        if (share?.taken) await share.giveBack();
      }
    } catch (error) {
      // An answer already under way (an export's stream) can only be cut short.
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const { status, body, retryAfterSeconds } = restError(error);
      requestLog(res).code = String(body.code ?? body.reason ?? status);
      dropRefusedBody(req, res, status);
      if (retryAfterSeconds !== undefined) res.set('Retry-After', String(retryAfterSeconds));
      res.status(status).json(body);
    }
  };
}
