import { StatusChange } from '../applications/status-change.entity';
import { WorkCalendar } from '../calendar/calendar.service';
import type { RequestContext } from '../core/context';
import { sqlTimestamp } from '../core/dialect';
import type { ApplicationStatus } from '../core/enums';
import { badInput } from '../core/errors';
import { isIsoDate } from '../core/scalars';
import { shanghaiDate } from '../core/time';
import { Office } from '../offices/office.entity';
import { officeSubtree, scopeOfficeIds } from '../offices/office.service';
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
  if (!isIsoDate(input.from)) throw badInput('input.from', 'must be a date YYYY-MM-DD');
  if (!isIsoDate(input.to) || input.to < input.from) throw badInput('input.to', 'must be a date YYYY-MM-DD, not before from');
  const offices = await ctx.ds.getRepository(Office).find();
  const scope = await scopeOfficeIds(ctx);
  let ids = scope ?? offices.map((o) => o.id);
  if (input.officeIds?.length) {
    const asked = new Set(input.officeIds.flatMap((id) => officeSubtree(offices, Number(id))));
    ids = ids.filter((id) => asked.has(id));
  }
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
  const calendar = await WorkCalendar.load(ctx.ds.manager);
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
