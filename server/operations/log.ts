import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import { observeRequest } from './metrics';

// One JSON line per request, for a machine to read: which request (X-Request-Id, taken from the
// proxy or made here), who (the officer's id, never a name), what (the route, or the GraphQL
// operation's name), how it ended (status and the error code) and how long it took. No personal
// data: no bodies, no query strings, no variables, no names; errors carry their stack here only.

/** What a failed statement carries that holds the data it wrote or read (criminal records, identities): never logged. */
const STATEMENT_DATA = ['parameters', 'query', 'sql', 'driverError'];

/** An error as logged: its type, message and stack, without a failed statement's values. */
function errorWithoutData(error: Error): Record<string, unknown> {
  const logged = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const key of STATEMENT_DATA) delete logged[key];
  return logged;
}

const options = (): pino.LoggerOptions => ({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  serializers: { err: errorWithoutData },
});

/** The process's logger (LOG_LEVEL: fatal, error, warn, info, debug, trace or silent). */
export let log: Logger = pino(options());

/** Sends the log to `destination` at `level` from now on (a test reads what the server logged). */
export function logTo(destination: DestinationStream, level = 'debug'): void {
  log = pino({ ...options(), level }, destination);
}

/** What a request's handlers learn that its log line reports (kept in res.locals.requestLog). */
export interface RequestLog {
  id: string;
  officerId?: number;
  /** The online hall's machine client (its client id). */
  clientId?: string;
  operation?: string;
  /** The error code the answer carried (extensions.code, or a REST error's code). */
  code?: string;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** The log of the request being answered. */
export const requestLog = (res: Response): RequestLog => res.locals.requestLog as RequestLog;

/** Gives each request its id (X-Request-Id, answered back) and writes its line when the answer ends. */
export function requestLogger() {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const given = req.headers['x-request-id'];
    const entry: RequestLog = { id: typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID() };
    res.locals.requestLog = entry;
    res.set('X-Request-Id', entry.id);
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // The path without its query string: a search there may hold a name.
      const line = {
        reqId: entry.id,
        method: req.method,
        path: req.originalUrl.split('?')[0].slice(0, 200),
        status: res.headersSent ? res.statusCode : 499,
        ms: Math.round(ms * 10) / 10,
        officerId: entry.officerId,
        clientId: entry.clientId,
        operation: entry.operation,
        code: entry.code,
      };
      observeRequest(req, line.status, ms / 1000, entry.operation, entry.code);
      if (res.statusCode >= 500 || !res.writableFinished) log.warn(line, 'request');
      else log.info(line, 'request');
    };
    res.on('finish', write);
    res.on('close', write);
    next();
  };
}
