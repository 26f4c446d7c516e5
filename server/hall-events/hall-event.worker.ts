import type { DataSource, EntityManager } from 'typeorm';
import { HallClient } from '../clients/client.entity';
import { deriveSecret, signature } from '../clients/client.secrets';
import type { Config } from '../config';
import { inTransaction } from '../db/transaction';
import { JOB, OLDEST_JOB_FIRST } from '../operations/job.queries';
import { type JobKind, takeLeased } from '../operations/job-worker';
import { HallEvent, HallEventStatus } from './hall-event.entity';
import { BY_NEXT_ATTEMPT, DUE, STILL_TAKEN } from './hall-event.queries';
import { HALL_EVENTS } from './hall-event.service';

/** Attempts before a callback is given up as FAILED (an officer may send it again). */
export const MAX_CALLBACK_ATTEMPTS = 8;
/** Longer than a callback may take: one taken longer ago was lost with its process. */
const LEASE_MS = 60_000;
/** A callback that has not answered in this long has failed. */
const CALLBACK_TIMEOUT_MS = 10_000;

/**
 * Posts the status callbacks due to their client's callback address, signed with the client's
 * secret (X-Signature, as the client signs its payment notices) and keyed by the event's id
 * (Idempotency-Key); a 2xx answer is SENT, anything else is tried again after a backoff that
 * doubles each time (HALL_CALLBACK_BACKOFF_MS, then twice that, ...), and FAILED after
 * MAX_CALLBACK_ATTEMPTS. A hall that is told twice (a lease that ran out) recognises the id.
 */
export class HallEventJobs implements JobKind<HallEvent> {
  readonly name = HALL_EVENTS;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
  ) {}

  take(em: EntityManager): Promise<HallEvent | null> {
    return takeLeased(
      em,
      em
        .getRepository(HallEvent)
        .createQueryBuilder(JOB)
        .where(DUE, {
          pending: HallEventStatus.PENDING,
          now: new Date(),
        })
        .orderBy(BY_NEXT_ATTEMPT, 'ASC')
        .addOrderBy(OLDEST_JOB_FIRST, 'ASC'),
      LEASE_MS,
    );
  }

  async run(event: HallEvent): Promise<number | null> {
    const client = await this.ds.getRepository(HallClient).findOneBy({ id: event.clientId });
    let error: string | null = null;
    if (!client?.callbackUrl) error = 'the client has no callback address';
    else if (!client.active) error = 'the client is disabled';
    else error = await this.post(client, client.callbackUrl, event);
    const now = new Date();
    const retryIn =
      error && event.attempts < MAX_CALLBACK_ATTEMPTS
        ? this.config.hallCallbackBackoffMs * 2 ** (event.attempts - 1)
        : null;
    const tried = { lastError: error?.slice(0, 500) ?? null, startedAt: null, lastAttemptAt: now };
    const outcome = !error
      ? { ...tried, status: HallEventStatus.SENT, sentAt: now }
      : retryIn != null
        ? { ...tried, status: HallEventStatus.PENDING, nextAttemptAt: new Date(now.getTime() + retryIn) }
        : { ...tried, status: HallEventStatus.FAILED };
    // Stored only while the taking is still this one's (a taking whose lease ran out is another's).
    const stored = await inTransaction(this.ds, (em) =>
      em
        .createQueryBuilder()
        .update(HallEvent)
        .set(outcome)
        .where(STILL_TAKEN, {
          id: event.id,
          pending: HallEventStatus.PENDING,
          attempts: event.attempts,
          startedAt: event.startedAt,
        })
        .execute(),
    );
    return stored.affected ? retryIn : null;
  }

  /** Null when the hall took the callback (2xx), else why not. */
  private async post(client: HallClient, callbackUrl: string, event: HallEvent): Promise<string | null> {
    const body = JSON.stringify(event.body);
    const secret = deriveSecret(this.config, client.clientId, client.secretNonce);
    try {
      const response = await fetch(callbackUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Signature': signature(secret, body),
          'Idempotency-Key': String(event.id),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
      });
      await response.body?.cancel();
      return response.ok ? null : `the hall answered ${response.status}`;
    } catch (e) {
      return `the callback failed: ${(e as Error).name === 'TimeoutError' ? `no answer in ${CALLBACK_TIMEOUT_MS / 1000} s` : ((e as Error).cause as Error)?.message || (e as Error).message}`;
    }
  }
}
