import type { NotificationFieldsFragment } from '../generated/graphql';
import { PENDING_POLL_MS, pendingCheckInterval } from './recordChecks';

// What the case page reads from the text messages the applicant was sent about the case (oldest
// first, as the server lists them), and how often it asks the case again while one is on its way.

export type NotificationData = NotificationFieldsFragment;

/**
 * The steps of a case the applicant is told of (Notification.event, a String in the schema): the
 * console names each in every language (i18n/enumLabels.ts, NotificationEvent).
 */
export const NOTIFICATION_EVENTS = [
  'ACCEPTED',
  'NOT_ACCEPTED',
  'SUPPLEMENT_REQUESTED',
  'DECIDED',
  'ISSUED',
  'MAILED',
  'DELIVERED',
  'WITHDRAWN',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** The case's messages; none where the record was read without them (a row of the queue). */
export const notificationsOf = (record: Record<string, unknown> | null | undefined): readonly NotificationData[] =>
  (record?.notifications as readonly NotificationData[] | null | undefined) ?? [];

/** A message written with the step and not tried yet (or sent again on an officer's word): the worker sends it within a second. */
export const sendingNow = (n: NotificationData): boolean => n.status === 'PENDING' && n.attempts === 0;

/** A message tried at least once and not sent yet: it waits for its next attempt (nextAttemptAt). */
export const retrying = (n: NotificationData): boolean => n.status === 'PENDING' && n.attempts > 0;

/**
 * The longest the case page waits to ask again while a message is retried: its attempts are
 * minutes apart with the default backoff, and every read of a case with record matches is audited.
 */
export const RETRY_POLL_MS = 30_000;

/** How often the case page asks for the case while a message is pending: just after the next one is due, within 2 s to 30 s. */
export function pendingNotificationInterval(record: Record<string, unknown> | null | undefined, now = Date.now()): number | false {
  const pending = notificationsOf(record).filter((n) => n.status === 'PENDING');
  if (!pending.length) return false;
  const due = Math.min(...pending.map((n) => Date.parse(n.nextAttemptAt)));
  return Math.min(RETRY_POLL_MS, Math.max(PENDING_POLL_MS, due - now + 1_000));
}

/** The case page's one refresh: as often as the record check or the messages need it, never when neither waits. */
export const caseRefreshInterval = (record: Record<string, unknown> | null | undefined): number | false => {
  const intervals = [pendingCheckInterval(record), pendingNotificationInterval(record)].filter((ms): ms is number => ms !== false);
  return intervals.length ? Math.min(...intervals) : false;
};
