import { endOfShanghaiDay, shanghaiDate } from '../core/time';
import type { WorkCalendar } from './calendar.service';

// The working-day clock of workflow.md: a case accepted on day A is due at 23:59:59 (Asia/Shanghai)
// of the `limit`-th working day strictly after A, moved later by the working days it was paused.

/** Working days a case gets: 3 from acceptance, 15 for a review. */
export const DECISION_LIMIT_WORKDAYS = 3;
export const REVIEW_LIMIT_WORKDAYS = 15;

export function dueAt(calendar: WorkCalendar, clockStartedAt: Date, limit: number, pausedWorkingDays: number): Date {
  return endOfShanghaiDay(calendar.nthWorkdayAfter(shanghaiDate(clockStartedAt), limit + pausedWorkingDays));
}

/**
 * Working days a span of time covers (a pause, a stay in one status): working days d with
 * the day it began < d <= the day it ended.
 */
export function workdaysSpanned(calendar: WorkCalendar, began: Date, ended: Date): number {
  return calendar.workdaysBetween(shanghaiDate(began), shanghaiDate(ended));
}

export interface ClockFacts {
  clockStartedAt: Date | null;
  decidedAt: Date | null;
  pausedSince: Date | null;
  pausedWorkingDays: number;
  /** Set when the case was closed without a decision (withdrawn): the clock ends there. */
  closedAt?: Date | null;
}

/**
 * Working days the clock has run: days d with start day < d <= today (or the decision day), less the
 * paused ones, counting a pause still under way up to today.
 */
export function workingDaysElapsed(calendar: WorkCalendar, c: ClockFacts, now: Date): number {
  if (!c.clockStartedAt) return 0;
  const stop = c.decidedAt ?? c.closedAt ?? now;
  const end = shanghaiDate(stop);
  const ongoingPause = c.pausedSince && !c.decidedAt ? workdaysSpanned(calendar, c.pausedSince, stop) : 0;
  return Math.max(
    calendar.workdaysBetween(shanghaiDate(c.clockStartedAt), end) - c.pausedWorkingDays - ongoingPause,
    0,
  );
}
