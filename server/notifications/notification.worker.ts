import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import { NotificationStatus } from '../core/enums';
import { isMysqlFamily } from '../db/dialect';
import { inTransaction } from '../db/transaction';
import { JOB, OLDEST_JOB_FIRST } from '../operations/job.queries';
import { type JobKind, takeLeased } from '../operations/job-worker';
import { notificationsDone } from '../operations/metrics';
import { channelOf, type NotificationChannel } from './notification.channels';
import { Notification } from './notification.entity';
import { BY_NEXT_ATTEMPT, DUE, HAND_OVERS, MESSAGE, OF_CASE, STILL_TAKEN } from './notification.queries';
import { NOTIFICATIONS } from './notification.service';

/** Attempts before a message is given up as FAILED (an officer may send it again). */
export const MAX_ATTEMPTS = 6;
/** Longer than a hand-over can take: a message taken longer ago was lost with its process. */
const LEASE_MS = 60_000;
/** Messages a case is sent in an hour at most: one beyond is FAILED, not sent (an officer may send it again later). */
export const MESSAGES_PER_CASE_HOUR = 3;
const HOUR_MS = 3_600_000;

/**
 * Sends the messages due: takes one and marks it taken, hands it to the channel unless the case's
 * hourly cap is reached (then it is FAILED), and stores SENT; a failure is tried again after a
 * backoff that doubles each time (NOTIFY_BACKOFF_MS, then twice that, ...), and after MAX_ATTEMPTS
 * it is FAILED.
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
        .createQueryBuilder(JOB)
        .where(DUE, {
          pending: NotificationStatus.PENDING,
          now: new Date(),
        })
        .orderBy(BY_NEXT_ATTEMPT, 'ASC')
        .addOrderBy(OLDEST_JOB_FIRST, 'ASC'),
      LEASE_MS,
    );
  }

  async run(n: Notification): Promise<number | null> {
    if (!(await this.mayHandOver(n))) return null;
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
    // (In a transaction of its own: on SQLite's one connection a bare statement would join whichever is open.)
    const stored = await inTransaction(this.ds, (em) => whileTaken(em, n).set(outcome).execute());
    if (!stored.affected) return null;
    notificationsDone.inc({ status: !error ? 'sent' : retryIn != null ? 'retry' : 'failed' });
    return retryIn;
  }

  /**
   * Before each hand-over (a retry's and a message sent again too), in a transaction of its own:
   * whether the case may be sent `n` now. The case's messages are locked first, so hand-overs of one
   * case take turns across processes. With fewer than MESSAGES_PER_CASE_HOUR others handed over in
   * the last hour (whatever came of them) it is marked handed over now; else it is stored FAILED,
   * not sent. False too when the taking is no longer this worker's.
   */
  private mayHandOver(n: Notification): Promise<boolean> {
    return inTransaction(this.ds, async (em) => {
      const now = new Date();
      const messages = em
        .getRepository(Notification)
        .createQueryBuilder(MESSAGE)
        .select(HAND_OVERS)
        .where(OF_CASE, { applicationId: n.applicationId });
      // SQLite's transactions take turns already.
      if (isMysqlFamily(em.connection)) messages.setLock('pessimistic_write');
      const hourAgo = now.getTime() - HOUR_MS;
      const handedOver = (await messages.getMany()).filter(
        (m) => m.id !== n.id && m.handedOverAt && m.handedOverAt.getTime() > hourAgo,
      ).length;
      const capped = handedOver >= MESSAGES_PER_CASE_HOUR;
      const set = capped
        ? {
            status: NotificationStatus.FAILED,
            lastError: `not sent: the case was sent ${handedOver} messages in the last hour, the most it is sent in an hour; send it again later`,
            lastAttemptAt: now,
            startedAt: null,
          }
        : { handedOverAt: now };
      const { affected } = await whileTaken(em, n).set(set).execute();
      if (affected && capped) notificationsDone.inc({ status: 'capped' });
      return !!affected && !capped;
    });
  }
}

/**
 * An update of `n` that changes it only while it is still this taking's: one taken over after its
 * lease ran out is the other's to store. The taking's own time tells it apart: a message sent
 * again counts its attempts afresh.
 */
function whileTaken(em: EntityManager, n: Notification) {
  return em.createQueryBuilder().update(Notification).where(STILL_TAKEN, {
    id: n.id,
    pending: NotificationStatus.PENDING,
    attempts: n.attempts,
    startedAt: n.startedAt,
  });
}
