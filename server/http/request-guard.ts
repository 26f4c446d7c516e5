import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { log } from '../operations/log';

const current = new AsyncLocalStorage<{ req: Request; res: Response }>();
let installed = false;

/**
 * The last resort behind every handler's own error handling: an exception thrown where no
 * handler catches it (a stream's error event, a callback) is logged and answers 500 for the one
 * request it arose in, instead of ending the process and every request with it.
 */
export function requestGuard() {
  if (!installed) {
    installed = true;
    process.on('uncaughtException', (error) => {
      log.error({ err: error }, 'uncaught exception (the process goes on)');
      const request = current.getStore();
      if (!request) return;
      if (request.res.headersSent) request.req.destroy();
      else
        request.res
          .status(500)
          .set('Connection', 'close')
          .json({ error: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' });
    });
    process.on('unhandledRejection', (reason) => {
      log.error({ err: reason }, 'unhandled rejection (the process goes on)');
    });
  }
  return (req: Request, res: Response, next: NextFunction) => current.run({ req, res }, next);
}
