import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import { NotificationStatus } from '../core/enums';
import { type JobKind, takeLeased } from '../core/job-worker';
import { notificationsDone } from '../core/metrics';
import { inTransaction } from '../core/transaction';
import { channelOf, type NotificationChannel } from './notification.channels';
import { Notification } from './notification.entity';
import { NOTIFICATIONS } from './notification.service';

/** Attempts before a message is given up as FAILED (an officer may send it again). */
export const MAX_ATTEMPTS = 6;
/** Longer than a hand-over can take: a message taken longer ago was lost with its process. */
const LEASE_MS = 60_000;

/**
 * Sends the messages due: takes one and marks it taken, hands it to the channel, and stores
 * SENT; a failure is tried again after a backoff that doubles each time (NOTIFY_BACKOFF_MS, then
 * twice that, ...), and after MAX_ATTEMPTS it is FAILED.
 */
export class NotificationJobs implements JobKind<Notification> {
  readonly name = NOTIFICATIONS;
  private readonly channel: NotificationChannel;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    channel?: NotificationChannel,
  ) {
    this.channel = channel ?? channelOf(config);
  }

  take(em: EntityManager): Promise<Notification | null> {
    return takeLeased(
      em,
      em
        .getRepository(Notification)
        .createQueryBuilder('job')
        .where('job.status = :pending AND job.nextAttemptAt <= :now', { pending: NotificationStatus.PENDING, now: new Date() })
        .orderBy('job.nextAttemptAt', 'ASC')
        .addOrderBy('job.id', 'ASC'),
      LEASE_MS,
    );
  }

  async run(n: Notification): Promise<number | null> {
    let error: string | null = null;
    try {
      await this.channel.send(n);
    } catch (e) {
      error = ((e as Error).message || 'sending failed').slice(0, 500);
    }
    const now = new Date();
    const retryIn = error && n.attempts < MAX_ATTEMPTS ? this.config.notifyBackoffMs * 2 ** (n.attempts - 1) : null;
    const tried = { channel: this.channel.name, lastError: error, startedAt: null, lastAttemptAt: now };
    const outcome = !error
      ? { ...tried, status: NotificationStatus.SENT, sentAt: now }
      : retryIn != null
        ? { ...tried, status: NotificationStatus.PENDING, nextAttemptAt: new Date(now.getTime() + retryIn) }
        : { ...tried, status: NotificationStatus.FAILED };
    // Only while it is still this taking's: one taken over after its lease ran out is the other's to
    // store. The taking's own time tells it apart: a message sent again counts its attempts afresh.
    // (In a transaction of its own: on SQLite's one connection a bare statement would join whichever is open.)
    const stored = await inTransaction(this.ds, (em) =>
      em
        .createQueryBuilder()
        .update(Notification)
        .set(outcome)
        .where('id = :id AND status = :pending AND attempts = :attempts AND startedAt = :startedAt', {
          id: n.id,
          pending: NotificationStatus.PENDING,
          attempts: n.attempts,
          startedAt: n.startedAt,
        })
        .execute(),
    );
    if (!stored.affected) return null;
    notificationsDone.inc({ status: !error ? 'sent' : retryIn != null ? 'retry' : 'failed' });
    return retryIn;
  }
}
