import type { EntityManager } from 'typeorm';
import type { Config } from '../config';
import { type NotificationEvent, NotificationStatus } from '../core/enums';
import { rowsWhere } from '../db/rows';
import { afterCommit } from '../db/transaction';
import { workerOf } from '../operations/job-worker';
import { Notification } from './notification.entity';
import { OLDEST_FIRST, ofCases } from './notification.queries';

/** The job worker's name for notifications. */
export const NOTIFICATIONS = 'notifications';

/** The channel a message goes out by, as the notification names it. */
export const channelName = (config: Pick<Config, 'notifyChannel'>) => (config.notifyChannel === 'http' ? 'sms' : 'log');

const wakeSender = (em: EntityManager) =>
  afterCommit(em, 'send notifications', async () => workerOf(em.connection, NOTIFICATIONS)?.wake());

/**
 * Writes a message to the applicant in the transaction of the change it tells of: a change that
 * rolls back sends nothing, and one that commits is sent by the worker after the commit.
 */
export async function queueNotification(
  em: EntityManager,
  config: Pick<Config, 'notifyChannel'>,
  message: { applicationId: number; event: NotificationEvent; recipient: string; text: string },
): Promise<Notification> {
  const now = new Date();
  const notification = await em.save(
    em.create(Notification, {
      ...message,
      channel: channelName(config),
      status: NotificationStatus.PENDING,
      attempts: 0,
      createdAt: now,
      sentAt: null,
      lastError: null,
      nextAttemptAt: now,
      lastAttemptAt: null,
      handedOverAt: null,
      startedAt: null,
    }),
  );
  wakeSender(em);
  return notification;
}

/**
 * A failed message back to PENDING, with its attempts counted afresh; sent after the commit, if the
 * case's hourly cap allows it then (a message beyond it is FAILED again).
 */
export async function requeueNotification(em: EntityManager, notification: Notification): Promise<Notification> {
  const set = { status: NotificationStatus.PENDING, attempts: 0, nextAttemptAt: new Date(), startedAt: null };
  await em.update(Notification, { id: notification.id }, set);
  wakeSender(em);
  return Object.assign(notification, set);
}

/** The messages of each case, oldest first. */
export async function notificationsOf(em: EntityManager, applicationIds: readonly number[]): Promise<Notification[][]> {
  const rows = await rowsWhere(em, Notification, ofCases(applicationIds), applicationIds, {
    orderBy: OLDEST_FIRST,
  });
  return applicationIds.map((id) => rows.filter((n) => n.applicationId === id));
}
