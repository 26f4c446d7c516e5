import { randomInt } from 'node:crypto';
import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { requestCalendar } from '../calendar/calendar.service';
import { officerOf, type RequestContext } from '../core/context';
import {
  ApplicationSortField,
  ApplicationStatus,
  CaseAction,
  DocumentStatus,
  NotificationStatus,
  PersonRole,
  RecordCheckStatus,
  SlaState,
  SortOrder,
} from '../core/enums';
import { badInput, notFound } from '../core/errors';
import { pageWindow } from '../core/pagination';
import { endOfShanghaiDay, shanghaiDate } from '../core/time';
import { countStep, moveCase } from '../counters/counters';
import { type Conditions, likeLiteral, queryNamed } from '../db/conditions';
import { type ListOf, propertiesOf, ROW, rowsWhere } from '../db/rows';
import { managerOf, transactionOf } from '../db/transaction';
import { feeForOffice } from '../fees/fee.service';
import type { ApplicationInput } from '../intake/intake.inputs';
import { validateApplication } from '../intake/intake.validation';
import { Office } from '../offices/office.entity';
import { scopeOfficeIds } from '../offices/office.service';
import { auditIdNumberSearch, auditRecordSearch, tellsRecord } from '../records/record-reads';
import { decideRouting, routingFactsOf } from '../routing/routing.service';
import { Application } from './application.entity';
import type { ApplicationFilter, ApplicationSort } from './application.inputs';
import {
  applicationOrder,
  CASE,
  CASE_FILTERS,
  COUNTER,
  counterCells,
  countMessagesStatement,
  countStatement,
  DASHBOARD,
  documentsPending,
  failedLately,
  ID_NUMBER_SEARCH,
  MESSAGE,
  NAME_PHONE_SEARCH,
  notificationFailed,
  ON_PAGE,
  pageJoin,
  queueFilters,
  REFERENCE_SEARCH,
  SAME_SUBJECT,
  SEARCH,
  sumCounters,
} from './application.queries';
import { findApplicationInScope, findApplicationWithLists, scopeConditions } from './application.scope';
import { idNumberHash, looksLikeIdNumber, normalIdNumber } from './id-number-hash';
import { dueTodayCondition, slaCondition, slaParameters, slaStatesCondition } from './sla.queries';
import { recordStatusChange } from './status-change.service';
import { OPEN_STATUSES, UNDECIDED_STATUSES } from './workflow';
import { authorizeCaseAction } from './workflow.service';

// Crockford's base32 without I, L, O, U: nothing to misread when read out over the phone.
const REF_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** RC + the Shanghai date of submission + five characters: from `digit(i)` (0..31 each), else random. */
export function referenceNo(at: Date, digit: (i: number) => number = () => randomInt(REF_ALPHABET.length)): string {
  let tail = '';
  for (let i = 0; i < 5; i++) tail += REF_ALPHABET[digit(i)];
  return `RC${shanghaiDate(at).replaceAll('-', '')}-${tail}`;
}

async function uniqueReferenceNo(em: EntityManager, at: Date): Promise<string> {
  for (;;) {
    const candidate = referenceNo(at);
    if (!(await em.existsBy(Application, { referenceNo: candidate }))) return candidate;
  }
}

/** Intake: validate, route, store the case with its routing decision, audit. A hall's client hands over under its own id (`hallReference`). */
export async function submitApplication(
  ctx: RequestContext,
  raw: ApplicationInput,
  hallReference: string | null = null,
): Promise<Application> {
  const em = transactionOf(ctx);
  const input = validateApplication(raw);
  const decision = await decideRouting(em, routingFactsOf(input));
  if (decision.officeId == null) {
    const why = decision.headline
      ? {
          reason: 'NOT_ACCEPTED',
          params: {
            code: decision.headline.code,
            params: decision.headline.params,
            text: decision.headline.text,
            // The rule whose condition refused it (none when no rule takes such a case at all).
            rule: decision.decidingStep != null ? decision.trace[decision.decidingStep].rule : null,
          },
        }
      : undefined;
    throw badInput(
      decision.notAcceptedField ? `input.${decision.notAcceptedField}` : 'input',
      `not accepted: ${decision.notAcceptedReason}`,
      why,
    );
  }
  const now = new Date();
  const application = em.create(Application, {
    referenceNo: await uniqueReferenceNo(em, now),
    status: ApplicationStatus.SUBMITTED,
    channel: input.channel,
    hallClientId: ctx.client?.id ?? null,
    hallReference: ctx.client ? hallReference : null,
    applicantKind: input.applicantKind,
    entrusted: !!input.agent,
    subject: input.subject,
    subjectIdHash: idNumberHash(ctx.config.auditKey, input.subject.idNumber),
    agent: input.agent ?? {},
    agentIdHash: idNumberHash(ctx.config.auditKey, input.agent?.idNumber),
    unit: input.unit ?? {},
    purpose: input.purpose,
    purposeDetail: input.purposeDetail ?? null,
    destinationCountry: input.destinationCountry ?? null,
    delivery: input.delivery,
    mailingAddress: input.mailingAddress ?? {},
    officeId: decision.officeId,
    assigneeId: null,
    routingDecision: decision,
    submittedAt: now,
    updatedAt: now,
    feeAmount: await feeForOffice(em, await em.findOneByOrFail(Office, { id: decision.officeId })),
    feePaid: false,
    pausedWorkingDays: 0,
    version: 1,
  });
  await em.save(application);
  await recordStatusChange(em, {
    applicationId: application.id,
    officeId: application.officeId,
    fromStatus: null,
    toStatus: application.status,
    action: 'SUBMIT',
    at: now,
    actorId: ctx.officer?.id ?? null,
  });
  await countStep(em, 'received', now, application.officeId, ctx.officer?.id ?? null);
  await moveCase(em, null, application);
  await recordAudit(ctx, em, {
    action: 'APPLICATION_SUBMITTED',
    entityType: 'Application',
    entityId: application.id,
    detail: {
      referenceNo: application.referenceNo,
      channel: input.channel,
      ...(ctx.client ? { hallReference } : {}),
      officeId: decision.officeId,
      ruleId: decision.rule?.id ?? null,
      ruleVersion: decision.rule?.version ?? null,
      explanation: decision.explanation,
    },
  });
  return application;
}

const SORT_COLUMN: Record<ApplicationSortField, string> = {
  [ApplicationSortField.SUBMITTED_AT]: 'submittedAt',
  [ApplicationSortField.DUE_AT]: 'dueAt',
  [ApplicationSortField.UPDATED_AT]: 'updatedAt',
  [ApplicationSortField.REFERENCE_NO]: 'referenceNo',
  [ApplicationSortField.STATUS]: 'status',
};

const ids = (values: (string | number)[], field: string) =>
  values.map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n)) throw badInput(field, `${v} is not an id`);
    return n;
  });

/** The parameters of failedLately: a message that failed in the last day (the dashboard counts them, the queue filters on them). */
const failedLatelyParameters = (now: Date) => ({
  notificationFailed: NotificationStatus.FAILED,
  failedSince: new Date(now.getTime() - 86_400_000),
});

/** The cases in scope a filter selects, in the order a sort asks for: what a page, its count and an export read. */
export interface ApplicationQuery {
  filter: ApplicationFilter;
  /** Over CASE. */
  conditions: Conditions;
  /** The ORDER BY over an alias. */
  orderBy: (alias: string) => string;
}

export async function applicationQuery(
  ctx: RequestContext,
  filter: ApplicationFilter | null | undefined,
  sort: ApplicationSort | null | undefined,
): Promise<ApplicationQuery> {
  const f = filter ?? {};
  const conditions = await scopeConditions(ctx);
  await applyFilter(ctx, conditions, f);
  const order = sort?.order === SortOrder.ASC ? 'ASC' : 'DESC';
  const column = SORT_COLUMN[sort?.field ?? ApplicationSortField.SUBMITTED_AT];
  const running = !!f.dueToday || (!!f.slaState?.length && f.slaState.every((s) => RUNNING_SLA.includes(s)));
  return { filter: f, conditions, orderBy: (alias) => applicationOrder(alias, column, order, running) };
}

/** The time-limit states of a case whose clock runs: it has a deadline and no decision. */
const RUNNING_SLA: readonly SlaState[] = [SlaState.ON_TRACK, SlaState.DUE_SOON, SlaState.OVERDUE];

/** A name and the last four digits of a phone number, with or without a space between: 张伟 4252. */
const NAME_PHONE = /^(\D+?)\s*(\d{4})$/;

/** A reference's tail as heard over the phone, in its alphabet (Crockford's: O is 0, I and L are 1). */
const spokenTail = (text: string) => text.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');

/** Adds every filter of ApplicationFilter to the conditions over CASE. */
async function applyFilter(ctx: RequestContext, c: Conditions, f: ApplicationFilter): Promise<void> {
  const q = f.q?.trim();
  const namePhone = q?.match(NAME_PHONE);
  if (q && /^RC\d/i.test(q)) {
    // A reference as typed, whole or its start.
    c.and(REFERENCE_SEARCH, { qRef: `${likeLiteral(q.toUpperCase())}%` });
  } else if (q && looksLikeIdNumber(q)) {
    // A full identity or passport number: found by its keyed hash, and the search audited.
    const qHash = idNumberHash(ctx.config.auditKey, q);
    c.and(ID_NUMBER_SEARCH, { qExact: normalIdNumber(q), qHash });
    if (qHash) await auditIdNumberSearch(ctx, qHash);
  } else if (namePhone) {
    c.and(NAME_PHONE_SEARCH, { qName: `%${likeLiteral(namePhone[1])}%`, qPhone: `%${namePhone[2]}` });
  } else if (q) {
    c.and(SEARCH, { qTail: `%-${likeLiteral(spokenTail(q))}`, qLike: `%${likeLiteral(q)}%` });
  }
  if (f.ids) c.and(CASE_FILTERS.ids, { filterIds: f.ids.length ? ids(f.ids, 'filter.ids') : [-1] });
  applyQueueFilter(ctx, c, f, CASE);
  if (f.applicantKind) c.and(CASE_FILTERS.applicantKind, { applicantKind: f.applicantKind });
  if (f.subjectCategory) c.and(CASE_FILTERS.subjectCategory, { subjectCategory: f.subjectCategory });
  if (f.purpose) c.and(CASE_FILTERS.purpose, { purpose: f.purpose });
  if (f.delivery) c.and(CASE_FILTERS.delivery, { delivery: f.delivery });
  if (f.submittedFrom) c.and(CASE_FILTERS.submittedFrom, { submittedFrom: f.submittedFrom });
  if (f.submittedTo) c.and(CASE_FILTERS.submittedTo, { submittedTo: f.submittedTo });
  if (f.documentsPending != null) {
    c.and(documentsPending(ctx.ds, f.documentsPending), { pendingDoc: DocumentStatus.PENDING });
  }
  if (f.notificationFailed != null) {
    c.and(notificationFailed(ctx.ds, f.notificationFailed), failedLatelyParameters(new Date()));
  }
  if (f.channel) c.and(CASE_FILTERS.channel, { channel: f.channel });
  if (f.awaitingPayment != null) {
    const awaiting = CASE_FILTERS.awaitingPayment;
    c.and(f.awaitingPayment ? awaiting : `NOT ${awaiting}`, {
      feeDueStatus: ApplicationStatus.DECIDED,
      feeUnpaid: false,
    });
  }
  if (f.supplementAnswered != null) {
    const answered = CASE_FILTERS.supplementAnswered;
    c.and(f.supplementAnswered ? answered : `NOT ${answered}`, {
      supplementStatus: ApplicationStatus.AWAITING_SUPPLEMENT,
    });
  }
  if (f.recordCheckStatus) {
    c.and(CASE_FILTERS.recordCheckStatus, {
      recordCheckStatus: f.recordCheckStatus.length ? f.recordCheckStatus : ['-'],
    });
  }
  if (f.slaState?.length || f.dueToday) {
    const now = new Date();
    const sla = slaParameters(now, (await requestCalendar(ctx)).dueSoonBefore(now));
    if (f.slaState?.length) c.and(slaStatesCondition(f.slaState), sla);
    if (f.dueToday) c.and(dueTodayCondition(), { ...sla, endOfToday: endOfShanghaiDay(shanghaiDate(now)) });
  }
}

export async function listApplications(
  ctx: RequestContext,
  filter: ApplicationFilter | null | undefined,
  sort: ApplicationSort | null | undefined,
  page?: number | null,
  perPage?: number | null,
  properties?: readonly (keyof Application)[] | null,
): Promise<{ items: Application[]; total: number }> {
  const { skip, take } = pageWindow(page, perPage);
  const query = await applicationQuery(ctx, filter, sort);
  const [items, total] = await Promise.all([
    pageOfCases(ctx, query, skip, take, properties),
    countFromCounters(ctx, query.filter).then((n) => n ?? countCases(ctx, query)),
  ]);
  // Which cases the registry answered so about, and how many: a search of criminal data.
  if (query.filter.recordCheckStatus?.some(tellsRecord)) {
    await auditRecordSearch(
      ctx,
      query.filter,
      total,
      items.map((a) => a.id),
    );
  }
  return { items, total };
}

/** The most of a subject's other cases the case page lists. */
export const OTHER_APPLICATIONS_SHOWN = 10;

/**
 * The subject's other cases (the same identity number, by its keyed hash) in the officer's scope,
 * newest first, at most OTHER_APPLICATIONS_SHOWN: an earlier case, refused or decided, or one
 * still open beside this one.
 */
export async function otherApplicationsOf(ctx: RequestContext, a: Application): Promise<Application[]> {
  if (!a.subjectIdHash) return [];
  const conditions = await scopeConditions(ctx);
  conditions.and(SAME_SUBJECT, { subjectIdHash: a.subjectIdHash, self: a.id });
  const query: ApplicationQuery = {
    filter: {},
    conditions,
    orderBy: (alias) => applicationOrder(alias, 'submittedAt', 'DESC'),
  };
  return pageOfCases(ctx, query, 0, OTHER_APPLICATIONS_SHOWN);
}

/**
 * One page of cases in one statement: the ids first (a derived table an index can sort without
 * reading the rows), then those rows only: their id and `properties` when given (the rest left
 * undefined), else all but the routing decision.
 */
export function pageOfCases(
  ctx: RequestContext,
  query: ApplicationQuery,
  skip: number,
  take: number,
  properties?: readonly (keyof Application)[] | null,
): Promise<Application[]> {
  // The routing decision is a document of its own (about 2 KB a case) that a list seldom shows;
  // Application.routing loads it when asked.
  const omit = properties
    ? [...propertiesOf(ctx.ds, Application)].filter((p) => p !== 'id' && !properties.includes(p as keyof Application))
    : ['routingDecision'];
  return rowsWhere(managerOf(ctx), Application, ON_PAGE, query.conditions.parameters, {
    join: pageJoin(ctx.ds, query.conditions.sql, query.orderBy(CASE), take, skip),
    orderBy: query.orderBy(ROW),
    omit,
  });
}

/** How many cases the query selects. */
export async function countCases(ctx: RequestContext, query: ApplicationQuery): Promise<number> {
  const [row] = await queryNamed<{ n: string | number }>(
    managerOf(ctx),
    countStatement(ctx.ds, query.conditions.sql),
    query.conditions.parameters,
  );
  return Number(row.n);
}

/**
 * The filter fields the kept counters can answer (office, status, assignee), written once for the
 * queue's rows (`a`, no assignee is NULL) and for its counts (`c`, case_count keeps no assignee as 0).
 */
function applyQueueFilter(
  ctx: RequestContext,
  c: Conditions,
  f: ApplicationFilter,
  alias: typeof CASE | typeof COUNTER,
): void {
  const sql = queueFilters(alias);
  const me = ctx.officer?.id ?? -1;
  if (f.officeIds) {
    c.and(sql.officeIds, {
      filterOfficeIds: f.officeIds.length ? ids(f.officeIds, 'filter.officeIds') : [-1],
    });
  }
  if (f.status?.length) c.and(sql.status, { statuses: f.status });
  if (f.assigneeId != null) c.and(sql.assigneeId, { assigneeId: ids([f.assigneeId], 'filter.assigneeId')[0] });
  if (f.unassigned === true) c.and(sql.unassigned);
  if (f.unassigned === false) c.and(sql.assigned);
  if (f.mine === true) c.and(sql.mine, { me });
  if (f.mine === false) c.and(`(${sql.unassigned} OR ${sql.notMine})`, { me });
}

/**
 * The number of cases matching a filter made only of statuses, offices and holders, read from the
 * kept queue counters instead of counting a million rows; null for any other filter.
 */
async function countFromCounters(ctx: RequestContext, f: ApplicationFilter): Promise<number | null> {
  const given = Object.entries(f)
    .filter(([, v]) => v != null && !(Array.isArray(v) && !v.length))
    .map(([k]) => k);
  if (given.some((k) => !['status', 'officeIds', 'assigneeId', 'unassigned', 'mine'].includes(k))) return null;
  if (f.q?.trim()) return null;
  const c = await scopeConditions(ctx, COUNTER);
  applyQueueFilter(ctx, c, f, COUNTER);
  const [row] = await queryNamed<{ n: string | number | null }>(
    managerOf(ctx),
    sumCounters(ctx.ds, c.sql),
    c.parameters,
  );
  return Number(row?.n ?? 0);
}

/**
 * A case in scope, and the rows of `lists` that belong to it, read in the case's own statement (a
 * case page is two statements, the session and the case, instead of one more a list).
 */
export async function getApplication(
  ctx: RequestContext,
  id: string,
  lists: readonly ListOf<ObjectLiteral>[] = [],
): Promise<{ application: Application | null; lists: ObjectLiteral[][] }> {
  if (!lists.length) return { application: await findApplicationInScope(ctx, id), lists: [] };
  return findApplicationWithLists(ctx, id, lists);
}

/** Counts of the queue: by status, unassigned and mine from the kept counters; the time-limit ones from the running cases. */
export async function queueCounts(ctx: RequestContext, officeIds?: string[] | null) {
  const scope = await scopeOfficeIds(ctx);
  const asked = officeIds ? ids(officeIds, 'officeIds') : null;
  const offices = scope && asked ? scope.filter((id) => asked.includes(id)) : (scope ?? asked);
  const cells = await queryNamed<{ status: ApplicationStatus; assigneeId: number | string; n: string | number }>(
    managerOf(ctx),
    counterCells(ctx.ds, offices !== null),
    offices ? { offices: offices.length ? offices : [-1] } : {},
  );
  const byStatus = new Map<ApplicationStatus, number>();
  let unassigned = 0;
  let mine = 0;
  for (const c of cells) {
    const n = Number(c.n);
    byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + n);
    if (!OPEN_STATUSES.includes(c.status)) continue;
    if (Number(c.assigneeId) === 0) unassigned += n;
    if (Number(c.assigneeId) === ctx.officer?.id) mine += n;
  }
  const now = new Date();
  const dueSoonBefore = (await requestCalendar(ctx)).dueSoonBefore(now);
  const em = managerOf(ctx);
  const where = await scopeConditions(ctx, CASE, em);
  if (asked) where.and(DASHBOARD.inOffices, { countOfficeIds: asked.length ? asked : [-1] });
  /** The count of `statement` over the cases in scope that also meet `condition`. */
  const count = async (
    statement: (ds: DataSource, where: string) => string,
    condition: string,
    parameters: ObjectLiteral,
  ): Promise<number> => {
    const sql = statement(ctx.ds, `${where.sql} AND (${condition})`);
    const [row] = await queryNamed<{ n: string | number }>(em, sql, { ...where.parameters, ...parameters });
    return Number(row?.n ?? 0);
  };
  const sla = slaParameters(now, dueSoonBefore);
  const endOfToday = endOfShanghaiDay(shanghaiDate(now));
  const [overdue, dueSoon, dueToday, recordMatches, failedNotifications] = await Promise.all([
    count(countStatement, slaCondition(SlaState.OVERDUE), sla),
    count(countStatement, slaCondition(SlaState.DUE_SOON), sla),
    count(countStatement, dueTodayCondition(), { ...sla, endOfToday }),
    count(countStatement, DASHBOARD.recordMatches, {
      matchesFound: RecordCheckStatus.MATCHES_FOUND,
      undecided: UNDECIDED_STATUSES,
    }),
    count(countMessagesStatement, failedLately(MESSAGE), failedLatelyParameters(now)),
  ]);
  return {
    failedNotifications,
    byStatus: Object.values(ApplicationStatus).map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    unassigned,
    mine,
    overdue,
    dueSoon,
    dueToday,
    recordMatches,
  };
}

/** The full identity number of the subject or agent (REVEAL_ID of the lifecycle table); who, when and why go to the audit trail. */
export async function revealIdNumber(
  ctx: RequestContext,
  applicationId: string,
  person: PersonRole,
  reason: string,
): Promise<string> {
  const em = transactionOf(ctx);
  const why = reason?.trim();
  if (!why) throw badInput('reason', 'say why the full number is needed');
  const application = await findApplicationInScope(ctx, applicationId, em);
  if (!application) throw notFound('Application', applicationId);
  await authorizeCaseAction(em, CaseAction.REVEAL_ID, application, officerOf(ctx));
  const record = person === PersonRole.AGENT ? application.agent : application.subject;
  if (!record?.idNumber) throw badInput('person', `this application has no ${person.toLowerCase()}`);
  await recordAudit(ctx, em, {
    action: 'ID_NUMBER_REVEALED',
    entityType: 'Application',
    entityId: application.id,
    detail: { person, reason: why },
  });
  return record.idNumber;
}
