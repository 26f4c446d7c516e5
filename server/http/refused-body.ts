import type { Request, Response } from 'express';

/**
 * The most of a refused request's body that is still read (and dropped): a client that sends its
 * whole body before reading the answer (Node's fetch among them) would otherwise fail writing to a
 * closed connection and never see why it was refused.
 */
export const DRAINED_BODY_BYTES = 1024 * 1024;

/**
 * Before answering a request refused while its body is still arriving: a body of declared length up
 * to DRAINED_BODY_BYTES is read to its end and dropped; a larger one, one of unknown length, or
 * one that went quiet (408) ends with the connection instead of being read.
 */
export function dropRefusedBody(req: Request, res: Response, status: number): void {
  if (req.complete) return;
  const length = Number(req.headers['content-length']);
  if (status !== 408 && Number.isSafeInteger(length) && length <= DRAINED_BODY_BYTES) {
    req.unpipe();
    req.resume();
  } else res.set('Connection', 'close');
}
