import { In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { slaCondition, slaParameters } from '../applications/sla.queries';
import { OPEN_STATUSES } from '../applications/workflow';
import { requestCalendar } from '../calendar/calendar.service';
import type { RequestContext } from '../core/context';
import { OfficeKind, ReportGrouping, SlaState } from '../core/enums';
import { addDays } from '../core/time';
import { ApplicationCount, DecisionDays, WorkloadDay } from '../counters/counters.entity';
import { Officer } from '../officers/officer.entity';
import type { Office } from '../offices/office.entity';
import { officeSubtree } from '../offices/office.service';
import {
  CASE,
  CASE_IN_OFFICES,
  COUNT_ALL,
  COUNTER,
  DECISION_DAYS,
  GROUP,
  IN_PERIOD,
  nowGroup,
  OPEN_IN_OFFICES,
  periodGroup,
  sumOf,
} from './report.queries';
import type { WorkloadReport, WorkloadReportInput, WorkloadRow } from './report.types';
import { histogramMedian, reportOffices, validatePeriod } from './report-helpers';

// The workload report, exact: the numbers of the period come from counters kept in the same
// transaction as every change (counters/counters.ts), the numbers of now from the cases; only the
// median is finished here, from a histogram the database returns.
//   received  arrivals in an office's queue in the period (intake or transfer in)
//   accepted, issued, mailed  those steps taken in the period
//   decided   decisions made in the period; slaMetRate and the median of their working days are
//             taken over the same decisions
//   openNow, overdueNow  as of now (0 on the rows of a DAY report; the totals carry them)

/** Counts of one group (office, officer or day), and the histogram of working days to decision. */
interface Tally {
  received: number;
  accepted: number;
  decided: number;
  issued: number;
  mailed: number;
  openNow: number;
  overdueNow: number;
  met: number;
  daysHistogram: Map<number, number>;
}

const emptyTally = (): Tally => ({
  received: 0,
  accepted: 0,
  decided: 0,
  issued: 0,
  mailed: 0,
  openNow: 0,
  overdueNow: 0,
  met: 0,
  daysHistogram: new Map(),
});

function addInto(target: Tally, t: Tally): void {
  for (const k of ['received', 'accepted', 'decided', 'issued', 'mailed', 'openNow', 'overdueNow', 'met'] as const)
    target[k] += t[k];
  for (const [days, n] of t.daysHistogram) target.daysHistogram.set(days, (target.daysHistogram.get(days) ?? 0) + n);
}

function row(key: string, label: string, t: Tally, parentKey: string | null = null, level = 0): WorkloadRow {
  return {
    key,
    label,
    parentKey,
    level,
    office: null,
    received: t.received,
    accepted: t.accepted,
    decided: t.decided,
    issued: t.issued,
    mailed: t.mailed,
    openNow: t.openNow,
    overdueNow: t.overdueNow,
    slaMetRate: t.decided ? t.met / t.decided : null,
    medianWorkingDaysToDecision: histogramMedian(t.daysHistogram),
  };
}

/** The label of the officer report's row for what no officer holds (key `none`); the console and the exports translate it by its key. */
export const UNASSIGNED_LABEL = '未分配';

/**
 * The covered offices in hierarchy order, each after the office it rolls up into (its nearest covered
 * ancestor) and with its depth below the report's top; siblings keep their order by code.
 */
function officeTree(all: Office[], covered: Office[]): { office: Office; parentId: number | null; level: number }[] {
  const parentIdOf = new Map(all.map((o) => [o.id, o.parentId]));
  const coveredIds = new Set(covered.map((o) => o.id));
  const parentOf = (o: Office) => {
    const seen = new Set([o.id]); // a cycle in bad data must not hang the request
    for (let id = o.parentId; id != null && !seen.has(id); id = parentIdOf.get(id) ?? null) {
      if (coveredIds.has(id)) return id;
      seen.add(id);
    }
    return null;
  };
  const children = new Map<number | null, Office[]>();
  for (const o of covered) {
    const parentId = parentOf(o);
    children.set(parentId, [...(children.get(parentId) ?? []), o]);
  }
  const out: { office: Office; parentId: number | null; level: number }[] = [];
  const placed = new Set<number>();
  const visit = (parentId: number | null, level: number) => {
    for (const office of children.get(parentId) ?? []) {
      if (placed.has(office.id)) continue;
      placed.add(office.id);
      out.push({ office, parentId, level });
      visit(office.id, level + 1);
    }
  };
  visit(null, 0);
  for (const office of covered) if (!placed.has(office.id)) out.push({ office, parentId: null, level: 0 }); // only on a cycle in bad data
  return out;
}

/** The workload report; `fields` names the input's fields in errors (`input.to` for GraphQL, `to` for the export's query). */
export async function workloadReport(
  ctx: RequestContext,
  input: WorkloadReportInput,
  fields = 'input.',
): Promise<WorkloadReport> {
  validatePeriod(input, fields);
  const { ds } = ctx;
  const { all, covered } = await reportOffices(ctx, input.officeIds);
  const officeIds = covered.length ? covered.map((o) => o.id) : [-1];
  const tallies = new Map<string, Tally>();
  const tally = (key: unknown) => {
    const k = String(key ?? '');
    const known = tallies.get(k);
    if (known) return known;
    const made = emptyTally();
    tallies.set(k, made);
    return made;
  };
  // Steps and decisions of the period, from the counters kept with every change.
  const groupColumn = periodGroup(input.groupBy);
  const period = { from: input.from, to: input.to, officeIds };
  const steps = await ds
    .getRepository(WorkloadDay)
    .createQueryBuilder(COUNTER)
    .select(groupColumn, GROUP)
    .addSelect(sumOf('received'), 'received')
    .addSelect(sumOf('accepted'), 'accepted')
    .addSelect(sumOf('decided'), 'decided')
    .addSelect(sumOf('met'), 'met')
    .addSelect(sumOf('issued'), 'issued')
    .addSelect(sumOf('mailed'), 'mailed')
    .where(IN_PERIOD, period)
    .groupBy(GROUP)
    .getRawMany<Record<string, string | number>>();
  for (const s of steps) {
    const t = tally(input.groupBy === ReportGrouping.OFFICER && Number(s.g) === 0 ? '' : s.g);
    for (const k of ['received', 'accepted', 'decided', 'met', 'issued', 'mailed'] as const) t[k] += Number(s[k]);
  }
  const histogram = await ds
    .getRepository(DecisionDays)
    .createQueryBuilder(COUNTER)
    .select(groupColumn, GROUP)
    .addSelect(DECISION_DAYS, 'days')
    .addSelect(sumOf('count'), 'n')
    .where(IN_PERIOD, period)
    .groupBy(GROUP)
    .addGroupBy(DECISION_DAYS)
    .getRawMany<{ g: unknown; days: number; n: string | number }>();
  for (const h of histogram) {
    const t = tally(input.groupBy === ReportGrouping.OFFICER && Number(h.g) === 0 ? '' : h.g);
    t.daysHistogram.set(Number(h.days), (t.daysHistogram.get(Number(h.days)) ?? 0) + Number(h.n));
  }

  // Open now from the queue counters; overdue now from the running cases (the status index serves it).
  const now = new Date();
  const dueSoonBefore = (await requestCalendar(ctx)).dueSoonBefore(now);
  const byOffice = input.groupBy === ReportGrouping.OFFICE;
  // A DAY report needs only the totals: no grouping, so the overdue count stays within its index.
  const byDay = input.groupBy === ReportGrouping.DAY;
  const openQuery = ds
    .getRepository(ApplicationCount)
    .createQueryBuilder(COUNTER)
    .select(nowGroup(COUNTER, input.groupBy), GROUP)
    .addSelect(sumOf('count'), 'n')
    .where(OPEN_IN_OFFICES, {
      openStatuses: OPEN_STATUSES,
      officeIds,
    });
  const open = await (byDay ? openQuery : openQuery.groupBy(GROUP)).getRawMany<{ g: unknown; n: string | number }>();
  const overdueQuery = ds
    .getRepository(Application)
    .createQueryBuilder(CASE)
    .select(nowGroup(CASE, input.groupBy), GROUP)
    .addSelect(COUNT_ALL, 'n')
    .where(slaCondition(SlaState.OVERDUE, CASE))
    .andWhere(CASE_IN_OFFICES, { officeIds })
    .setParameters(slaParameters(now, dueSoonBefore));
  const overdue = await (byDay ? overdueQuery : overdueQuery.groupBy(GROUP)).getRawMany<{
    g: unknown;
    n: string | number;
  }>();
  const openTally = emptyTally();
  const nowTally = (g: unknown) =>
    input.groupBy === ReportGrouping.DAY ? openTally : tally(byOffice || Number(g) ? g : '');
  for (const o of open) nowTally(o.g).openNow += Number(o.n);
  for (const o of overdue) nowTally(o.g).overdueNow += Number(o.n);

  const totals = emptyTally();
  for (const t of tallies.values()) addInto(totals, t);
  if (input.groupBy === ReportGrouping.DAY) addInto(totals, openTally);

  let rows: WorkloadRow[];
  if (input.groupBy === ReportGrouping.OFFICE) {
    // Every covered office; a bureau shows the sum of everything below it that the report covers.
    // Each row names the row it rolls up into, so a sum over the rows of one level counts each case once.
    const coveredIds = new Set(covered.map((o) => o.id));
    rows = officeTree(all, covered).map(({ office, parentId, level }) => {
      const parentKey = parentId == null ? null : String(parentId);
      if (office.kind !== OfficeKind.BUREAU)
        return row(String(office.id), office.name, tally(office.id), parentKey, level);
      const sum = emptyTally();
      for (const id of officeSubtree(all, office.id))
        if (id !== office.id && coveredIds.has(id)) addInto(sum, tally(id));
      return row(String(office.id), office.name, sum, parentKey, level);
    });
  } else if (input.groupBy === ReportGrouping.OFFICER) {
    const ids = [...tallies.keys()].filter((k) => k !== '').map(Number);
    const officers = ids.length ? await ds.getRepository(Officer).findBy({ id: In(ids) }) : [];
    const byId = new Map(officers.map((o) => [String(o.id), o]));
    const officeName = new Map(all.map((o) => [o.id, o.name]));
    // Listed by office, then by name: each officer's row names the office the officer works in.
    rows = [...tallies.entries()]
      .filter(([key]) => key !== '')
      .map(([key, t]) => {
        const officer = byId.get(key);
        return { ...row(key, officer?.displayName ?? key, t), office: officeName.get(officer?.officeId ?? -1) ?? null };
      })
      .sort(
        (a, b) => (a.office ?? '').localeCompare(b.office ?? '', 'zh-CN') || a.label.localeCompare(b.label, 'zh-CN'),
      );
    // What no officer holds: cases received with no officer (submitted online) and open cases no one is assigned; last.
    const unassigned = tallies.get('');
    if (unassigned) rows.push(row('none', UNASSIGNED_LABEL, unassigned));
  } else {
    rows = [];
    for (let d = input.from; d <= input.to; d = addDays(d, 1)) rows.push(row(d, d, tallies.get(d) ?? emptyTally()));
  }
  return { from: input.from, to: input.to, groupBy: input.groupBy, rows, totals: row('total', 'total', totals) };
}
