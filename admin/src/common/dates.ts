// Calendar days as officers count them: in Asia/Shanghai, written YYYY-MM-DD. The day arithmetic
// is the server's own (server/core/time.ts imports nothing, so nothing of the server comes with it).
import { addDays, shanghaiDate, weekday } from '../../../server/core/time';

export { addDays };

export const shanghaiToday = (): string => shanghaiDate(new Date());

/** The Monday of the week of `date`. */
export const weekStart = (date: string): string => addDays(date, -((weekday(date) + 6) % 7));

export const monthStart = (date: string): string => `${date.slice(0, 8)}01`;
