import { In, type SelectQueryBuilder } from 'typeorm';
import { Application } from '../applications/application.entity';
import { slaCondition, slaParameters } from '../applications/sla';
import { StatusChange } from '../applications/status-change.entity';
import { WorkCalendar } from '../calendar/calendar.service';
import type { RequestContext } from '../core/context';
import { shanghaiDaySql } from '../core/dialect';
import { CaseAction, OfficeKind, OPEN_STATUSES, ReportGrouping, SlaState } from '../core/enums';
import { badInput } from '../core/errors';
import { isIsoDate } from '../core/scalars';
import { addDays } from '../core/time';
import { Office } from '../offices/office.entity';
import { officeSubtree, scopeOfficeIds } from '../offices/office.service';
import { Officer } from '../officers/officer.entity';
import type { WorkloadReport, WorkloadReportInput, WorkloadRow } from './report.types';

// The workload report, exact: every number is counted by the database from the status history and
// the cases themselves; only the median is finished here, from a histogram the database returns.
//   received  arrivals in an office's queue in the period (intake or transfer in)
//   accepted, issued, mailed  those steps taken in the period
//   decided   cases whose (current) decision falls in the period; slaMetRate and the median of
//             their working days are taken over the same cases
//   openNow, overdueNow  as of now (0 on the rows of a DAY report; the totals carry them)

const MAX_DAYS = 366;

/** Counts of one group (office, officer or day), and the histogram of working days to decision. */
interface Tally {
  received: number; accepted: number; decided: number; issued: number; mailed: number; openNow: number; overdueNow: number;
  met: number; daysHistogram: Map<number, number>;
}

const emptyTally = (): Tally => ({
  received: 0, accepted: 0, decided: 0, issued: 0, mailed: 0, openNow: 0, overdueNow: 0, met: 0, daysHistogram: new Map(),
});

function addInto(target: Tally, t: Tally): void {
  for (const k of ['received', 'accepted', 'decided', 'issued', 'mailed', 'openNow', 'overdueNow', 'met'] as const) target[k] += t[k];
  for (const [days, n] of t.daysHistogram) target.daysHistogram.set(days, (target.daysHistogram.get(days) ?? 0) + n);
}

/** The median of a histogram of whole working days (the mean of the two middle values for an even count). */
export function histogramMedian(histogram: Map<number, number>): number | null {
  const total = [...histogram.values()].reduce((s, n) => s + n, 0);
  if (!total) return null;
  const sorted = [...histogram.entries()].sort(([a], [b]) => a - b);
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const [days, n] of sorted) {
      seen += n;
      if (rank < seen) return days;
    }
    return sorted[sorted.length - 1][0];
  };
  return total % 2 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

function row(key: string, label: string, t: Tally): WorkloadRow {
  return {
    key, label, received: t.received, accepted: t.accepted, decided: t.decided, issued: t.issued, mailed: t.mailed,
    openNow: t.openNow, overdueNow: t.overdueNow,
    slaMetRate: t.decided ? t.met / t.decided : null,
    medianWorkingDaysToDecision: histogramMedian(t.daysHistogram),
  };
}

/** The offices the report covers: the asked ones (bureaus with everything below them) within the officer's scope. */
async function reportOffices(ctx: RequestContext, officeIds: string[] | null | undefined): Promise<{ all: Office[]; covered: Office[] }> {
  const all = await ctx.ds.getRepository(Office).find({ order: { code: 'ASC' } });
  const scope = await scopeOfficeIds(ctx);
  let ids = scope ?? all.map((o) => o.id);
  if (officeIds?.length) {
    const asked = new Set(officeIds.flatMap((id) => officeSubtree(all, Number(id))));
    ids = ids.filter((id) => asked.has(id));
  }
  const set = new Set(ids);
  return { all, covered: all.filter((o) => set.has(o.id)) };
}

export async function workloadReport(ctx: RequestContext, input: WorkloadReportInput): Promise<WorkloadReport> {
  if (!isIsoDate(input.from)) throw badInput('input.from', 'must be a date YYYY-MM-DD');
  if (!isIsoDate(input.to)) throw badInput('input.to', 'must be a date YYYY-MM-DD');
  if (input.to < input.from) throw badInput('input.to', 'must not be before from');
  if (Date.parse(input.to) - Date.parse(input.from) > MAX_DAYS * 86400_000) throw badInput('input.to', `a report covers at most ${MAX_DAYS} days`);
  const { ds } = ctx;
  const { all, covered } = await reportOffices(ctx, input.officeIds);
  const officeIds = covered.length ? covered.map((o) => o.id) : [-1];
  const start = new Date(Date.parse(`${input.from}T00:00:00+08:00`));
  const end = new Date(Date.parse(`${input.to}T23:59:59.999+08:00`));
  const tallies = new Map<string, Tally>();
  const tally = (key: unknown) => {
    const k = String(key ?? '');
    if (!tallies.has(k)) tallies.set(k, emptyTally());
    return tallies.get(k)!;
  };
  const group = (alias: string, officeColumn: string, officerColumn: string, timeColumn: string) => {
    if (input.groupBy === ReportGrouping.OFFICE) return `${alias}.${officeColumn}`;
    if (input.groupBy === ReportGrouping.OFFICER) return `${alias}.${officerColumn}`;
    return shanghaiDaySql(ds, `${alias}.${timeColumn}`);
  };

  // Steps taken in the period, from the status history.
  const steps = await ds.getRepository(StatusChange).createQueryBuilder('s')
    .select(group('s', 'officeId', 'actorId', 'at'), 'g').addSelect('s.action', 'action').addSelect('COUNT(*)', 'n')
    .where('s.at BETWEEN :start AND :end', { start, end }).andWhere('s.officeId IN (:...officeIds)', { officeIds })
    .andWhere('s.action IN (:...actions)', { actions: ['SUBMIT', CaseAction.TRANSFER, CaseAction.ACCEPT, CaseAction.ISSUE, CaseAction.RECORD_MAILING] })
    .groupBy('g').addGroupBy('s.action').getRawMany<{ g: unknown; action: string; n: string | number }>();
  for (const s of steps) {
    const t = tally(s.g);
    const n = Number(s.n);
    if (s.action === 'SUBMIT' || s.action === CaseAction.TRANSFER) t.received += n;
    else if (s.action === CaseAction.ACCEPT) t.accepted += n;
    else if (s.action === CaseAction.ISSUE) t.issued += n;
    else t.mailed += n;
  }

  // Decisions of the period: how many, how many in time, and how long they took.
  const decisions = await ds.getRepository(Application).createQueryBuilder('a')
    .select(group('a', 'officeId', 'decidedById', 'decidedAt'), 'g').addSelect('a.decisionWorkingDays', 'days')
    .addSelect('SUM(CASE WHEN a.decidedAt <= a.dueAt THEN 1 ELSE 0 END)', 'met').addSelect('COUNT(*)', 'n')
    .where('a.decidedAt BETWEEN :start AND :end', { start, end }).andWhere('a.officeId IN (:...officeIds)', { officeIds })
    .groupBy('g').addGroupBy('a.decisionWorkingDays').getRawMany<{ g: unknown; days: number | null; met: string | number; n: string | number }>();
  for (const d of decisions) {
    const t = tally(d.g);
    t.decided += Number(d.n);
    t.met += Number(d.met);
    if (d.days != null) t.daysHistogram.set(Number(d.days), (t.daysHistogram.get(Number(d.days)) ?? 0) + Number(d.n));
  }

  // Open and overdue now (by office or by holder; a DAY report has them in its totals only).
  const now = new Date();
  const dueSoonBefore = (await WorkCalendar.load(ds.manager)).dueSoonBefore(now);
  const openQuery = (qb: SelectQueryBuilder<Application>) => qb
    .addSelect('COUNT(*)', 'open').addSelect(`SUM(CASE WHEN ${slaCondition(SlaState.OVERDUE)} THEN 1 ELSE 0 END)`, 'overdue')
    .where('a.status IN (:...openStatuses)', { openStatuses: OPEN_STATUSES }).andWhere('a.officeId IN (:...officeIds)', { officeIds })
    .setParameters(slaParameters(now, dueSoonBefore));
  const openTally = emptyTally();
  if (input.groupBy === ReportGrouping.DAY) {
    const [open] = await openQuery(ds.getRepository(Application).createQueryBuilder('a').select('1', 'x')).getRawMany();
    openTally.openNow = Number(open?.open ?? 0);
    openTally.overdueNow = Number(open?.overdue ?? 0);
  } else {
    const column = input.groupBy === ReportGrouping.OFFICE ? 'a.officeId' : 'a.assigneeId';
    const rows = await openQuery(ds.getRepository(Application).createQueryBuilder('a').select(column, 'g')).groupBy('g').getRawMany();
    for (const r of rows) {
      tally(r.g).openNow += Number(r.open);
      tally(r.g).overdueNow += Number(r.overdue);
    }
  }

  const totals = emptyTally();
  for (const t of tallies.values()) addInto(totals, t);
  if (input.groupBy === ReportGrouping.DAY) addInto(totals, openTally);

  let rows: WorkloadRow[];
  if (input.groupBy === ReportGrouping.OFFICE) {
    // Every covered office; a bureau shows the sum of everything below it that the report covers.
    const coveredIds = new Set(covered.map((o) => o.id));
    rows = covered.map((office) => {
      if (office.kind !== OfficeKind.BUREAU) return row(String(office.id), office.name, tally(office.id));
      const sum = emptyTally();
      for (const id of officeSubtree(all, office.id)) if (id !== office.id && coveredIds.has(id)) addInto(sum, tally(id));
      return row(String(office.id), office.name, sum);
    });
  } else if (input.groupBy === ReportGrouping.OFFICER) {
    const ids = [...tallies.keys()].filter((k) => k !== '').map(Number);
    const officers = ids.length ? await ds.getRepository(Officer).findBy({ id: In(ids) }) : [];
    const name = new Map(officers.map((o) => [String(o.id), o.displayName]));
    rows = [...tallies.entries()].map(([key, t]) => row(key || 'none', key ? name.get(key) ?? key : '—', t))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  } else {
    rows = [];
    for (let d = input.from; d <= input.to; d = addDays(d, 1)) rows.push(row(d, d, tallies.get(d) ?? emptyTally()));
  }
  return { from: input.from, to: input.to, groupBy: input.groupBy, rows, totals: row('total', 'total', totals) };
}
