// Calendar days as officers count them: in Asia/Shanghai, written YYYY-MM-DD. The day arithmetic
// is the server's own (see shared.ts).
import { addDays, shanghaiDate, weekday } from '../shared';

export { addDays };

export const shanghaiToday = (): string => shanghaiDate(new Date());

/** The Monday of the week of `date`. */
export const weekStart = (date: string): string => addDays(date, -((weekday(date) + 6) % 7));

export const monthStart = (date: string): string => `${date.slice(0, 8)}01`;

const SHANGHAI_OFFSET_MS = 8 * 3600_000; // Asia/Shanghai keeps no daylight saving
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every date and time the console shows, in every language: Asia/Shanghai whatever the browser's
 * zone, written `YYYY-MM-DD HH:mm` (or `YYYY-MM-DD` without the time). A calendar date
 * (`YYYY-MM-DD`, e.g. a birth date) is shown as it is; '' for nothing, the value itself when it
 * is not a date.
 */
export function formatDateTime(value: string | Date | null | undefined, withTime = true): string {
  if (value == null || value === '') return '';
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) return value;
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) return String(value);
  const iso = new Date(ms + SHANGHAI_OFFSET_MS).toISOString(); // the Shanghai wall clock, as if UTC
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

/** A date alone, `YYYY-MM-DD` in Asia/Shanghai. */
export const formatDate = (value: string | Date | null | undefined): string => formatDateTime(value, false);
