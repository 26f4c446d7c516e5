import type { NotificationFieldsFragment } from '../../generated/graphql';
import { PENDING_POLL_MS } from './recordChecks';

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

/**
 * How long the case page waits to ask again for what goes out at the times `dues` (ms since the
 * epoch): just after the first is due, within 2 s to 30 s; false when nothing is due.
 */
export function nextAttemptInterval(dues: readonly number[], now = Date.now()): number | false {
  if (!dues.length) return false;
  return Math.min(RETRY_POLL_MS, Math.max(PENDING_POLL_MS, Math.min(...dues) - now + 1_000));
}

/** How often the case page asks for the case while a message is pending: just after the next one is due, within 2 s to 30 s. */
export const pendingNotificationInterval = (
  record: Record<string, unknown> | null | undefined,
  now = Date.now(),
): number | false =>
  nextAttemptInterval(
    notificationsOf(record)
      .filter((n) => n.status === 'PENDING')
      .map((n) => Date.parse(n.nextAttemptAt)),
    now,
  );
