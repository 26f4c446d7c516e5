import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/audit.service';
import { RequestRefused } from '../core/errors';
import { transactionOf } from '../db/transaction';
import type { HallContext } from './hall.service';
import { HallRequest } from './idempotency.entity';

/** An answer of the hall's API: its HTTP status and JSON body. */
export interface HallAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Idempotency-Key: 1 to 100 visible ASCII characters (a UUID, the hall's own request id). */
const KEY = /^[\x21-\x7e]{1,100}$/;

export function idempotencyKey(header: string | undefined): string {
  if (!header)
    throw new RequestRefused(400, 'the Idempotency-Key header is required', 'Idempotency-Key', {
      reason: 'IDEMPOTENCY_KEY_MISSING',
    });
  if (!KEY.test(header)) {
    throw new RequestRefused(
      400,
      'the Idempotency-Key header must be 1 to 100 visible ASCII characters',
      'Idempotency-Key',
      {
        reason: 'IDEMPOTENCY_KEY_INVALID',
      },
    );
  }
  return header;
}

export const requestHash = (input: unknown) => createHash('sha256').update(canonicalJson(input)).digest('hex');

/**
 * Runs `work` once per client and key, in the request's transaction: a key seen before with the
 * same input answers what it answered then; with another input (or operation) it is refused 422
 * IDEMPOTENCY_KEY_REUSED. The key's row is written before the work: a second request under the key
 * that arrives meanwhile waits on it (MySQL/MariaDB) or on the transaction (SQLite), and then reads
 * the first's answer (its insert fails as a duplicate once the first commits; the route runs it
 * again). A refusal writes nothing: the same request is refused again.
 */
export async function once(
  ctx: HallContext,
  operation: string,
  key: string,
  input: unknown,
  work: () => Promise<HallAnswer>,
): Promise<HallAnswer> {
  const em = transactionOf(ctx);
  const clientId = ctx.client.id;
  const hash = requestHash(input);
  const seen = await em.findOneBy(HallRequest, { clientId, idempotencyKey: key });
  if (seen) {
    if (seen.operation !== operation || seen.requestHash !== hash) {
      throw new RequestRefused(422, 'this Idempotency-Key was used with another request', 'Idempotency-Key', {
        reason: 'IDEMPOTENCY_KEY_REUSED',
      });
    }
    return { status: seen.status, body: seen.answer as HallAnswer['body'] };
  }
  const row = await em.save(
    em.create(HallRequest, {
      clientId,
      idempotencyKey: key,
      operation,
      requestHash: hash,
      status: 0,
      answer: {},
      createdAt: new Date(),
    }),
  );
  const answer = await work();
  await em.update(HallRequest, { id: row.id }, { status: answer.status, answer: answer.body });
  return answer;
}

/** Whether a statement failed on a unique key (another transaction wrote the same key first). */
export function isDuplicateKey(error: unknown): boolean {
  const e =
    (error as { driverError?: { code?: string; errno?: number } })?.driverError ??
    (error as { code?: string; errno?: number });
  return e?.code === 'ER_DUP_ENTRY' || e?.errno === 1062 || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
