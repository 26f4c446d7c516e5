import { ReportGrouping } from '../core/enums';
import { inList } from '../db/rows';

// The statements of the reports: the workload report reads the kept counters (workload_day,
// decision_days, case_count) and the running cases; time in status reads the status changes.
// Conditions are written with named parameters (`:name`, `:...list`), as TypeORM's query builder
// takes them; time in status's statements take `?`.

/** The alias of a row of the kept counters (workload_day, decision_days, case_count). */
export const COUNTER = 'c';
/** The alias of a case in the count of overdue cases. */
export const CASE = 'a';
/** The name of the group a counted row falls in (an office, an officer or a day), as the raw rows give it. */
export const GROUP = 'g';

/** The sum of one of the counter's columns over the rows of a group. */
export const sumOf = (column: string) => `SUM(${COUNTER}.${column})`;

/** How many rows a group holds. */
export const COUNT_ALL = 'COUNT(*)';

/** The column the period's counters are grouped by: the office, the officer (0: none) or the day. */
export function periodGroup(groupBy: ReportGrouping): string {
  return groupBy === ReportGrouping.OFFICE
    ? `${COUNTER}.officeId`
    : groupBy === ReportGrouping.OFFICER
      ? `${COUNTER}.officerId`
      : `${COUNTER}.day`;
}

/** The counters of the days [:from, :to] of the offices :...officeIds. */
export const IN_PERIOD = `${COUNTER}.day BETWEEN :from AND :to AND ${COUNTER}.officeId IN (:...officeIds)`;

/** The working days a decision took, in the histogram's counters (decision_days). */
export const DECISION_DAYS = `${COUNTER}.days`;

/**
 * What the numbers of now are grouped by over `alias` (COUNTER or CASE): the office, the holder
 * (0 or NULL: none), or one group of all (a DAY report needs only the totals).
 */
export function nowGroup(alias: typeof COUNTER | typeof CASE, groupBy: ReportGrouping): string {
  return groupBy === ReportGrouping.DAY
    ? '0'
    : groupBy === ReportGrouping.OFFICE
      ? `${alias}.officeId`
      : `${alias}.assigneeId`;
}

/** The queue counters of the open statuses :...openStatuses in the offices :...officeIds. */
export const OPEN_IN_OFFICES = `${COUNTER}.status IN (:...openStatuses) AND ${COUNTER}.officeId IN (:...officeIds)`;

/** The cases of the offices :...officeIds. */
export const CASE_IN_OFFICES = `${CASE}.officeId IN (:...officeIds)`;

/**
 * The stays in a status that began in the period (`at` between the first two `?`) in the offices
 * `officeIds`, in a status but `closing` (then a `?` for each office and each closing status).
 */
const staysBegun = (officeIds: readonly unknown[], closing: readonly unknown[]) =>
  `at BETWEEN ? AND ? AND ${inList('officeId', officeIds)} AND NOT ${inList('toStatus', closing)}`;

/** How many ended stays (kept length) of staysBegun there are per office, status and working days. */
export const endedStays = (officeIds: readonly unknown[], closing: readonly unknown[]) =>
  `SELECT officeId, toStatus, workingDays, COUNT(*) AS n FROM application_status_change WHERE ${staysBegun(officeIds, closing)} AND workingDays IS NOT NULL GROUP BY officeId, toStatus, workingDays`;

/** The office, status and start of each stay of staysBegun still going on (no kept length). */
export const goingStays = (officeIds: readonly unknown[], closing: readonly unknown[]) =>
  `SELECT officeId, toStatus, at FROM application_status_change WHERE ${staysBegun(officeIds, closing)} AND workingDays IS NULL`;
