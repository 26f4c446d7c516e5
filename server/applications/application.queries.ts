import type { DataSource } from 'typeorm';
import { ApplicationStatus } from '../core/enums';
import { ApplicationCount } from '../counters/counters.entity';
import { inList, ROW, tableOf } from '../db/rows';
import { Notification } from '../notifications/notification.entity';
import { RecordCheck } from '../records/record-check.entity';
import { Application } from './application.entity';
import { Document } from './document.entity';
import { StatusChange } from './status-change.entity';

// The statements of cases. Conditions are written with named parameters (`:name`, `:...list`), as
// db/conditions.ts and TypeORM's query builder take them.

/** The alias of the case in the queue's filters, its page and its counts. */
export const CASE = 'a';
/** The alias of a row of the kept queue counters (case_count). */
export const COUNTER = 'c';
/** The alias of the page's ids in the statement of its rows. */
const PAGE = 'p';
/** The alias of a failed message in the dashboard's count. */
export const MESSAGE = 'n';
/** The alias of a status change in the statements of the calendar's corrections. */
export const CHANGE = 's';

// The search box (`!` escapes LIKE's wildcards in both dialects).

/** Cases whose reference is `:qExact` or whose subject's or agent's identity number has the keyed hash `:qHash`. */
export const ID_NUMBER_SEARCH = `(${CASE}.referenceNo = :qExact OR ${CASE}.subjectIdHash = :qHash OR ${CASE}.agentIdHash = :qHash)`;

/** Cases whose identity numbers have no keyed hash yet (written before it was kept), oldest first, `limit` at a time. */
export const unhashedIdNumbers = (ds: DataSource, limit: number) => {
  const columnOf = (path: string) => ds.getMetadata(Application).findColumnWithPropertyPath(path)?.databaseName;
  return `SELECT id, ${columnOf('subject.idNumber')} AS subjectIdNumber, ${columnOf('agent.idNumber')} AS agentIdNumber FROM ${tableOf(ds, Application)} WHERE subjectIdHash IS NULL AND ${columnOf('subject.idNumber')} IS NOT NULL ORDER BY id LIMIT ${Math.trunc(limit)}`;
};

/** Sets a case's keyed hashes of identity numbers. */
export const setIdHashes = (ds: DataSource) =>
  `UPDATE ${tableOf(ds, Application)} SET subjectIdHash = ?, agentIdHash = ? WHERE id = ?`;

/** The subject's other cases: the same keyed hash of the identity number `:subjectIdHash`, another id than `:self`. */
export const SAME_SUBJECT = `${CASE}.subjectIdHash = :subjectIdHash AND ${CASE}.id <> :self`;

/** Cases whose reference begins with `:qRef` (a reference as typed, whole or its start): a range of its index. */
export const REFERENCE_SEARCH = `${CASE}.referenceNo LIKE :qRef ESCAPE '!'`;

/** Cases whose subject or agent has a name like `:qName` and a phone number ending as `:qPhone`. */
export const NAME_PHONE_SEARCH = `((${CASE}.subjectName LIKE :qName ESCAPE '!' AND ${CASE}.subjectPhone LIKE :qPhone ESCAPE '!') OR (${CASE}.agentName LIKE :qName ESCAPE '!' AND ${CASE}.agentPhone LIKE :qPhone ESCAPE '!'))`;

/** Cases whose reference ends in `:qTail` (the five characters applicants read out), or with a name like `:qLike`. */
export const SEARCH = `(${CASE}.referenceNo LIKE :qTail ESCAPE '!' OR ${CASE}.subjectName LIKE :qLike ESCAPE '!' OR ${CASE}.agentName LIKE :qLike ESCAPE '!' OR ${CASE}.unitName LIKE :qLike ESCAPE '!')`;

/** A filter's condition on one column of the case, by the filter's field. */
export const CASE_FILTERS = {
  ids: `${CASE}.id IN (:...filterIds)`,
  applicantKind: `${CASE}.applicantKind = :applicantKind`,
  subjectCategory: `${CASE}.subjectCategory = :subjectCategory`,
  purpose: `${CASE}.purpose = :purpose`,
  delivery: `${CASE}.delivery = :delivery`,
  submittedFrom: `${CASE}.submittedAt >= :submittedFrom`,
  submittedTo: `${CASE}.submittedAt <= :submittedTo`,
  channel: `${CASE}.channel = :channel`,
  recordCheckStatus: `${CASE}.recordCheckStatus IN (:...recordCheckStatus)`,
  awaitingPayment: `(${CASE}.status = :feeDueStatus AND ${CASE}.feeAmount > 0 AND ${CASE}.feePaid = :feeUnpaid)`,
  supplementAnswered: `(${CASE}.status = :supplementStatus AND ${CASE}.supplementAnsweredat IS NOT NULL)`,
} as const;

/**
 * The filters the kept counters can answer too, over the case (`a`, no assignee is NULL) or a
 * counter (`c`, case_count keeps no assignee as 0).
 */
export function queueFilters(alias: typeof CASE | typeof COUNTER) {
  const assignee = `${alias}.assigneeId`;
  return {
    officeIds: `${alias}.officeId IN (:...filterOfficeIds)`,
    status: `${alias}.status IN (:...statuses)`,
    assigneeId: `${assignee} = :assigneeId`,
    unassigned: alias === CASE ? `${assignee} IS NULL` : `${assignee} = 0`,
    assigned: alias === CASE ? `${assignee} IS NOT NULL` : `${assignee} <> 0`,
    mine: `${assignee} = :me`,
    notMine: `${assignee} <> :me`,
  };
}

/** A text message to the applicant that failed in the last day, over `alias`. */
export const failedLately = (alias: string) =>
  `${alias}.status = :notificationFailed AND ${alias}.lastAttemptAt >= :failedSince`;

/** Cases with a paper still to verify (or, `pending` false, none). */
export const documentsPending = (ds: DataSource, pending: boolean) =>
  `${pending ? '' : 'NOT '}EXISTS (SELECT 1 FROM ${tableOf(ds, Document)} d WHERE d.applicationId = ${CASE}.id AND d.status = :pendingDoc)`;

/** Cases with a message that failed in the last day (or, `failed` false, none). */
export const notificationFailed = (ds: DataSource, failed: boolean) =>
  `${failed ? '' : 'NOT '}EXISTS (SELECT 1 FROM ${tableOf(ds, Notification)} nf WHERE nf.applicationId = ${CASE}.id AND ${failedLately('nf')})`;

/** The statuses that close a case without a decision, as SQL literals (the enum's own values). */
const CLOSED_UNDECIDED = [ApplicationStatus.WITHDRAWN, ApplicationStatus.NOT_ACCEPTED].map((s) => `'${s}'`).join(', ');

/**
 * The ORDER BY of the queue over `alias`: by `column`, then by id, both `order`. By deadline: the
 * cases whose clock runs (by their deadline), then those without one (not accepted yet), then the
 * decided and closed ones (by their deadline), each longest waiting first within a deadline: an
 * officer's queue with the nearest deadline on top, as claimNext takes them. Where the filter
 * leaves only running cases (`running`: overdue, due soon...), by deadline and id alone, which the
 * (status, dueAt) index reads in order (the dashboard's overdue list: 2 ms rather than 6 at a
 * million cases, docs/bench.md).
 */
export const applicationOrder = (alias: string, column: string, order: 'ASC' | 'DESC', running = false) =>
  column === 'dueAt' && !running
    ? `CASE WHEN ${alias}.dueAt IS NULL THEN 1 WHEN ${alias}.decidedAt IS NULL AND ${alias}.status NOT IN (${CLOSED_UNDECIDED}) THEN 0 ELSE 2 END, ${alias}.dueAt ${order}, ${alias}.submittedAt ASC, ${alias}.id ASC`
    : `${alias}.${column} ${order}, ${alias}.id ${order}`;

/**
 * The join that limits the rows of a page (read as ROW) to one page of ids: a derived table an
 * index can sort without reading the rows.
 */
export const pageJoin = (ds: DataSource, where: string, orderBy: string, take: number, skip: number) =>
  `JOIN (SELECT ${CASE}.id FROM ${tableOf(ds, Application)} ${CASE} WHERE ${where} ORDER BY ${orderBy} LIMIT ${take} OFFSET ${skip}) ${PAGE}`;

/** The condition of the rows of a page joined by pageJoin. */
export const ON_PAGE = `${ROW}.id = ${PAGE}.id`;

/** How many cases meet `where` (over CASE). */
export const countStatement = (ds: DataSource, where: string) =>
  `SELECT COUNT(*) AS n FROM ${tableOf(ds, Application)} ${CASE} WHERE ${where}`;

/** How many text messages (over MESSAGE) of the cases (over CASE) meet `where`. */
export const countMessagesStatement = (ds: DataSource, where: string) =>
  `SELECT COUNT(${MESSAGE}.id) AS n FROM ${tableOf(ds, Application)} ${CASE} JOIN ${tableOf(ds, Notification)} ${MESSAGE} ON ${MESSAGE}.applicationId = ${CASE}.id WHERE ${where}`;

/** The sum of the kept counters that meet `where` (over COUNTER). */
export const sumCounters = (ds: DataSource, where: string) =>
  `SELECT SUM(${COUNTER}.${ds.driver.escape('count')}) AS n FROM ${tableOf(ds, ApplicationCount)} ${COUNTER} WHERE ${where}`;

/** The kept counters by status and holder (0: none), of the offices in :...offices when `inOffices`. */
export const counterCells = (ds: DataSource, inOffices: boolean) =>
  `SELECT ${COUNTER}.status AS status, ${COUNTER}.assigneeId AS assigneeId, SUM(${COUNTER}.${ds.driver.escape('count')}) AS n FROM ${tableOf(ds, ApplicationCount)} ${COUNTER}${inOffices ? ` WHERE ${COUNTER}.officeId IN (:...offices)` : ''} GROUP BY ${COUNTER}.status, ${COUNTER}.assigneeId`;

/** The dashboard's counts over CASE (with the parameters of sla.queries.ts). */
export const DASHBOARD = {
  inOffices: `${CASE}.officeId IN (:...countOfficeIds)`,
  recordMatches: `${CASE}.recordCheckStatus = :matchesFound AND ${CASE}.status IN (:...undecided)`,
} as const;

/** The case's id, and the case `:id`, over CASE (what a lock of the case reads). */
export const CASE_ID = `${CASE}.id`;
export const CASE_IS = `${CASE}.id = :id`;

/** The documents of cases (over ROW) for rowsWhere: the condition on their cases' ids, and their order. */
export const DOCUMENTS_OF = {
  where: (ids: readonly number[]) => inList(`${ROW}.applicationId`, ids),
  orderBy: `${ROW}.id`,
} as const;

/** The case `:id` of the scope's conditions over ROW. */
export const CASE_BY_ID = `${ROW}.id = :id`;

/** Cases in the scope's conditions over `alias`: the offices, one hall client, or the case of a payment notice. */
export const scopeOf = (alias: string) => ({
  paymentCase: `${alias}.id = :scopePaymentApplicationId`,
  client: `${alias}.hallClientId = :scopeClientId`,
  offices: `${alias}.officeId IN (:...scopeOfficeIds)`,
});

/**
 * The case `:id` (over ROW) if the officer `:registrar` registered it at the counter since `:since`
 * and it still waits for acceptance (`:waiting`): wherever it was routed, the papers the applicant
 * brought are handed in by the officer who took them.
 */
export const registeredAtCounter = (ds: DataSource) =>
  `${ROW}.id = :id AND ${ROW}.channel = :counter AND ${ROW}.status = :waiting AND ${ROW}.submittedAt >= :since AND EXISTS (SELECT 1 FROM ${tableOf(ds, StatusChange)} ${CHANGE} WHERE ${CHANGE}.applicationId = ${ROW}.id AND ${CHANGE}.action = :submit AND ${CHANGE}.actorId = :registrar)`;

/** Sets the case's status of record checks to its latest check's, unless a later check of the case exists. */
export const settleRecordCheck = {
  where: 'id = :id',
  latest: (ds: DataSource) =>
    `NOT EXISTS (SELECT 1 FROM ${tableOf(ds, RecordCheck)} later WHERE later.applicationId = :id AND later.id > :recordCheckId)`,
} as const;

/**
 * Free cases (over ROW) in `:...statuses`, in the order an officer takes the next one: the nearest
 * deadline first, then (cases not accepted yet have no deadline) the longest waiting.
 */
export const NEXT_FREE = {
  where: `${ROW}.assigneeId IS NULL AND ${ROW}.status IN (:...statuses)`,
  orderBy: `CASE WHEN ${ROW}.dueAt IS NULL THEN 1 ELSE 0 END, ${ROW}.dueAt, ${ROW}.submittedAt, ${ROW}.id`,
} as const;

/** How many cases in the statuses :...open each officer of :...officerIds holds, from the kept counters. */
export const heldCounts = (ds: DataSource) =>
  `SELECT ${COUNTER}.assigneeId AS officerId, SUM(${COUNTER}.${ds.driver.escape('count')}) AS n FROM ${tableOf(ds, ApplicationCount)} ${COUNTER} WHERE ${COUNTER}.assigneeId IN (:...officerIds) AND ${COUNTER}.status IN (:...open) GROUP BY ${COUNTER}.assigneeId`;

/** The cases the officer :holderId holds in the statuses :...open (a row of ROW). */
export const HELD_OPEN = `${ROW}.assigneeId = :holderId AND ${ROW}.status IN (:...open)`;

/** The change of a case's row at the version it was read at (0 rows changed: another change came first). */
export const AT_VERSION = 'id = :id AND version = :version';

/** The running cases whose clock spans the day [:dayStart, :dayEnd] (a calendar correction moves their due dates). */
export const RUNNING_ACROSS_DAY = [
  `${CASE}.clockStartedAt IS NOT NULL AND ${CASE}.decidedAt IS NULL AND ${CASE}.dueAt IS NOT NULL`,
  `${CASE}.status IN (:...running)`,
  `${CASE}.clockStartedAt <= :dayEnd AND ${CASE}.dueAt >= :dayStart`,
] as const;

/** The ended status changes that span the day [:dayStart, :dayEnd] (their working days are counted again). */
export const CHANGES_ACROSS_DAY = `${CHANGE}.endedAt IS NOT NULL AND ${CHANGE}.at <= :dayEnd AND ${CHANGE}.endedAt >= :dayStart`;

/**
 * Sets endedAt and workingDays of `count` status changes at once: parameters are each change's id
 * and end, then each one's id and working days, then the ids.
 */
export const endStatusChanges = (ds: DataSource, count: number) => {
  const cases = Array.from({ length: count }, () => 'WHEN ? THEN ?').join(' ');
  return `UPDATE ${tableOf(ds, StatusChange)} SET endedAt = CASE id ${cases} END, workingDays = CASE id ${cases} END WHERE ${inList('id', Array.from({ length: count }))}`;
};
