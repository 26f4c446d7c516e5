/** Official day boundaries are Asia/Shanghai (UTC+8, no daylight saving) whatever the server's zone. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The Asia/Shanghai calendar date of an instant, YYYY-MM-DD. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant the given date begins in Asia/Shanghai. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000+08:00`));
}

/** The instant 23:59:59 Asia/Shanghai ends on the given date. */
export function endOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T23:59:59.000+08:00`));
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** A timestamp as a raw query reads it: MySQL gives a Date (UTC connection), SQLite UTC text without a zone. */
export function rawTimestamp(at: Date | string): Date {
  return typeof at === 'string' ? new Date(`${at.replace(' ', 'T')}Z`) : at;
}

/** 2026-11-27 → 2026年11月27日 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
