// Calendar days as officers count them: in Asia/Shanghai, written YYYY-MM-DD.

export const shanghaiToday = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week of `date`. */
export const weekStart = (date: string): string => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

export const monthStart = (date: string): string => `${date.slice(0, 8)}01`;
