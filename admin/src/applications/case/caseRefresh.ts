import { pendingHallEventInterval } from './hallEvents';
import { pendingNotificationInterval } from './notifications';
import { pendingCheckInterval } from './recordChecks';

/**
 * The case page's one refresh: as often as the record check, the text messages or the callbacks to
 * the online hall need it, never when none of them waits.
 */
export const caseRefreshInterval = (record: Record<string, unknown> | null | undefined): number | false => {
  const intervals = [
    pendingCheckInterval(record),
    pendingNotificationInterval(record),
    pendingHallEventInterval(record),
  ].filter((ms): ms is number => ms !== false);
  return intervals.length ? Math.min(...intervals) : false;
};
