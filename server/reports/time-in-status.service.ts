import { requestCalendar } from '../calendar/calendar.service';
import type { RequestContext } from '../core/context';
import { sqlTimestamp } from '../core/dialect';
import type { ApplicationStatus } from '../core/enums';
import { shanghaiDate } from '../core/time';
import { checkPeriod, reportOffices } from './report.service';
import type { TimeInStatusInput, TimeInStatusRow } from './report.types';

/** The p-th percentile (nearest rank) of sorted values. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Working days each stay in a status lasted, for stays that began in the period: from the change
 * into the status to the next change of the same case (or now, for a stay still going on).
 * A stay that begins and ends on one day counts 0.
 */
export async function timeInStatus(ctx: RequestContext, input: TimeInStatusInput): Promise<TimeInStatusRow[]> {
  checkPeriod(input);
  const { all: offices, covered } = await reportOffices(ctx, input.officeIds);
  const ids = covered.map((o) => o.id);
  const start = new Date(Date.parse(`${input.from}T00:00:00+08:00`));
  const end = new Date(Date.parse(`${input.to}T23:59:59.999+08:00`));
  // The next change of the same case, by a window function (SQLite 3.25+, MariaDB 10.2+, MySQL 8).
  const stays = await ctx.ds.query(
    `SELECT officeId, toStatus, at, nextAt FROM (
       SELECT s.officeId, s.toStatus, s.at,
              LEAD(s.at) OVER (PARTITION BY s.applicationId ORDER BY s.at, s.id) AS nextAt
       FROM application_status_change s
       WHERE s.applicationId IN (SELECT applicationId FROM application_status_change WHERE at BETWEEN ? AND ?)
     ) t WHERE at BETWEEN ? AND ? AND officeId IN (${ids.map(() => '?').join(',') || 'NULL'})`,
    [...[start, end, start, end].map((at) => sqlTimestamp(ctx.ds, at)), ...ids],
  ) as { officeId: number; toStatus: ApplicationStatus; at: string | Date; nextAt: string | Date | null }[];
  const calendar = await requestCalendar(ctx);
  const today = shanghaiDate(new Date());
  const asDate = (v: string | Date) => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));
  const groups = new Map<string, number[]>();
  for (const stay of stays) {
    const days = calendar.workdaysBetween(shanghaiDate(asDate(stay.at)), stay.nextAt ? shanghaiDate(asDate(stay.nextAt)) : today);
    const key = `${stay.officeId}|${stay.toStatus}`;
    groups.set(key, [...(groups.get(key) ?? []), days]);
  }
  const names = new Map(offices.map((o) => [o.id, o.name]));
  return [...groups.entries()].map(([key, values]) => {
    const [officeId, status] = key.split('|');
    const sorted = values.sort((a, b) => a - b);
    return {
      officeId, office: names.get(Number(officeId)) ?? officeId, status: status as ApplicationStatus, count: sorted.length,
      averageWorkingDays: sorted.reduce((s, v) => s + v, 0) / sorted.length, p90WorkingDays: percentile(sorted, 90),
    };
  }).sort((a, b) => a.office.localeCompare(b.office, 'zh-CN') || a.status.localeCompare(b.status));
}
