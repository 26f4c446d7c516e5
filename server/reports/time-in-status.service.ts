import { CLOSING_STATUSES } from '../applications/workflow';
import { requestCalendar } from '../calendar/calendar.service';
import { workdaysSpanned } from '../calendar/clock';
import type { RequestContext } from '../core/context';
import { ApplicationStatus } from '../core/enums';
import { addDays, rawTimestamp, startOfShanghaiDay } from '../core/time';
import { sqlTimestamp } from '../db/dialect';
import { endedStays, goingStays } from './report.queries';
import type { TimeInStatusInput, TimeInStatusRow } from './report.types';
import { histogramPercentile, reportOffices, validatePeriod } from './report-helpers';

/**
 * Working days each stay in a status lasted, for stays that began in the period: from the day of
 * the change into the status to the day of the case's next change, or to today for a stay still
 * going on. A stay that begins and ends on one day counts 0. Closing statuses are where cases
 * end, not stays, and are left out. Ended stays are counted by the database from their kept
 * lengths (one covering index); only those still going on are measured here.
 */
/** The statuses in the order a case passes them (the enum's order). */
const STATUS_ORDER = Object.values(ApplicationStatus);

/** Time in status; `fields` names the input's fields in errors (`input.to` for GraphQL, `to` for the export's query). */
export async function timeInStatus(
  ctx: RequestContext,
  input: TimeInStatusInput,
  fields = 'input.',
): Promise<TimeInStatusRow[]> {
  validatePeriod(input, fields);
  const { all: offices, covered } = await reportOffices(ctx, input.officeIds);
  const ids = covered.map((o) => o.id);
  const period = [startOfShanghaiDay(input.from), new Date(startOfShanghaiDay(addDays(input.to, 1)).getTime() - 1)].map(
    (at) => sqlTimestamp(ctx.ds, at),
  );
  const parameters = [...period, ...ids, ...CLOSING_STATUSES];
  const [ended, going] = (await Promise.all([
    ctx.ds.query(endedStays(ids, CLOSING_STATUSES), parameters),
    ctx.ds.query(goingStays(ids, CLOSING_STATUSES), parameters),
  ])) as [
    { officeId: number; toStatus: ApplicationStatus; workingDays: number; n: number | string }[],
    { officeId: number; toStatus: ApplicationStatus; at: string | Date }[],
  ];

  const histograms = new Map<string, Map<number, number>>();
  const add = (officeId: number, status: ApplicationStatus, days: number, n: number) => {
    const key = `${officeId}|${status}`;
    const histogram = histograms.get(key) ?? new Map<number, number>();
    histogram.set(days, (histogram.get(days) ?? 0) + n);
    histograms.set(key, histogram);
  };
  for (const r of ended) add(Number(r.officeId), r.toStatus, Number(r.workingDays), Number(r.n));
  const calendar = await requestCalendar(ctx);
  const now = new Date();
  for (const r of going) add(Number(r.officeId), r.toStatus, workdaysSpanned(calendar, rawTimestamp(r.at), now), 1);

  const names = new Map(offices.map((o) => [o.id, o.name]));
  return [...histograms.entries()]
    .map(([key, histogram]) => {
      const [officeId, status] = key.split('|');
      const count = [...histogram.values()].reduce((s, n) => s + n, 0);
      const total = [...histogram.entries()].reduce((s, [days, n]) => s + days * n, 0);
      const p90WorkingDays = histogramPercentile(histogram, 90);
      // Every histogram holds a stay at least: a group's count of ended ones, or one going on.
      if (p90WorkingDays === null) throw new Error(`No stay counted for office and status ${key}`);
      return {
        officeId,
        office: names.get(Number(officeId)) ?? officeId,
        status: status as ApplicationStatus,
        count,
        averageWorkingDays: total / count,
        p90WorkingDays,
      };
    })
    .sort(
      (a, b) =>
        a.office.localeCompare(b.office, 'zh-CN') || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
    );
}
