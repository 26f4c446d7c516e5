import { OPEN_STATUSES } from '../common/enums';
import type { Workload, WorkloadRowData } from '../dataProvider/reports';

// The queue's filter that selects exactly the cases a report's figures "as of now" count: its open
// cases (openNow) and its overdue ones (overdueNow), of a row or of the totals. The figures of the
// period (received, decided...) count events, which the queue does not filter on.

export type NowFigure = 'openNow' | 'overdueNow';

const condition: Record<NowFigure, Record<string, unknown>> = {
  openNow: { status: OPEN_STATUSES },
  overdueNow: { slaState: ['OVERDUE'] },
};

/** The office of `key` and every office below it in the report (a bureau's row is their subtotal). */
function officesUnder(report: Workload, key: string): string[] {
  const below = report.rows.filter((r) => r.parentKey === key).flatMap((r) => officesUnder(report, r.key));
  return [key, ...below];
}

/** Whose cases a row counts: an office's (and those below it), an officer's, or nobody's; null for a day's. */
function rowScope(report: Workload, row: WorkloadRowData): Record<string, unknown> | null {
  if (report.groupBy === 'OFFICE') return { officeIds: officesUnder(report, row.key) };
  if (report.groupBy === 'OFFICER') return row.key === 'none' ? { unassigned: true } : { assigneeId: row.key };
  return null;
}

/** The queue's filter for a figure of a row, or of the totals (row null); null where it has none. */
export function nowFilter(
  report: Workload,
  row: WorkloadRowData | null,
  figure: NowFigure,
): Record<string, unknown> | null {
  const scope = row ? rowScope(report, row) : {};
  return scope && { ...scope, ...condition[figure] };
}
