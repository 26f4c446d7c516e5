import type { HallEventFieldsFragment } from '../../generated/graphql';
import { nextAttemptInterval } from './notifications';

// What the case page reads from the status callbacks to the online hall that handed the case over
// (oldest first, as the server lists them), and how often it asks the case again while one is on
// its way.

export type HallEventData = HallEventFieldsFragment;

/**
 * The steps of a case the hall hears of (HallEvent.event, a String in the schema): the console
 * names each in every language (i18n/enumLabels.ts, HallEvent).
 */
export const HALL_EVENTS = [
  'SUBMITTED',
  'ACCEPTED',
  'NOT_ACCEPTED',
  'SUPPLEMENT_REQUESTED',
  'SUPPLEMENT_RECEIVED',
  'DECIDED',
  'FEE_PAID',
  'ISSUED',
  'MAILED',
  'DELIVERED',
  'WITHDRAWN',
  'TRANSFERRED',
] as const;
export type HallEventName = (typeof HALL_EVENTS)[number];

/** The case's callbacks; none for a counter case, or where the record was read without them (a row of the queue). */
export const hallEventsOf = (record: Record<string, unknown> | null | undefined): readonly HallEventData[] =>
  (record?.hallEvents as readonly HallEventData[] | null | undefined) ?? [];

/** A callback written with the step and not tried yet (or sent again on an officer's word): the worker posts it within seconds. */
export const postingNow = (e: HallEventData): boolean => e.status === 'PENDING' && e.attempts === 0;

/** A callback tried at least once and not taken by the hall yet: it waits for its next attempt (nextAttemptAt). */
export const retryingCallback = (e: HallEventData): boolean => e.status === 'PENDING' && e.attempts > 0;

/** How often the case page asks for the case while a callback is pending: just after the next one is due, within 2 s to 30 s. */
export const pendingHallEventInterval = (
  record: Record<string, unknown> | null | undefined,
  now = Date.now(),
): number | false =>
  nextAttemptInterval(
    hallEventsOf(record)
      .filter((e) => e.status === 'PENDING')
      .map((e) => Date.parse(e.nextAttemptAt)),
    now,
  );
