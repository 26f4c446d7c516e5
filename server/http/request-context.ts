import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { type RequestContext, requestContext } from '../core/context';
import { readCookie, sessionCookie, sessionOfToken } from '../officers/auth.service';
import { requestLog } from '../operations/log';

/** The context of one request of the console, GraphQL or REST: who is signed in, at which versions of the kept data. */
export async function createRequestContext(
  ds: DataSource,
  config: Config,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  const { officer, versions } = await sessionOfToken(ds, config, readCookie(req.headers.cookie, sessionCookie(config)));
  const entry = requestLog(res);
  if (entry && officer) entry.officerId = officer.id;
  return requestContext({ ds, config, req, res, officer, versions });
}
