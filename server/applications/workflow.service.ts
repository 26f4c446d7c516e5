import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { transactionCalendar } from '../calendar/calendar.service';
import {
  DECISION_LIMIT_WORKDAYS,
  dueAt,
  REVIEW_LIMIT_WORKDAYS,
  workdaysSpanned,
  workingDaysElapsed,
} from '../calendar/clock';
import { officerOf, type RequestContext, type SessionOfficer } from '../core/context';
import {
  ApplicationStatus,
  CaseAction,
  type DocumentKind,
  OfficeKind,
  Outcome,
  RecordCheckStatus,
  Role,
} from '../core/enums';
import {
  badInput,
  conflict,
  forbidden,
  invalidTransition,
  isConflict,
  notFound,
  unauthenticated,
} from '../core/errors';
import { countDecision, countStep, moveCase, type Step } from '../counters/counters';
import { ROW, rowsByIds, rowsWhere } from '../db/rows';
import { managerOf, transactionOf, withTransaction } from '../db/transaction';
import type { MailingInput } from '../mailing/mailing.inputs';
import { validateTracking } from '../mailing/tracking';
import { refuseLink } from '../notifications/message-text';
import { Officer } from '../officers/officer.entity';
import { whenDeactivating } from '../officers/officer.service';
import { Office } from '../offices/office.entity';
import { officeSubtree, scopeOfficeIds } from '../offices/office.service';
import type { RecordCheck } from '../records/record-check.entity';
import { hasExactMatch, latestAnsweredCheck, latestRecordCheck, unanswered } from '../records/record-check.service';
import { Application } from './application.entity';
import { tellHall } from './application.hall-events';
import { notifyApplicant } from './application.notifications';
import { AT_VERSION, HELD_OPEN, NEXT_FREE } from './application.queries';
import { recordCheckLimitsOf } from './application.record-check-limits';
import { requestSubjectRecordCheck } from './application.record-checks';
import { findApplicationInScope, findRegisteredAtCounter, scopeConditions } from './application.scope';
import { AssignmentRefusal, type AssignmentResult } from './assignment.outputs';
import { Document } from './document.entity';
import { missingDocumentKinds } from './required-documents';
import { recordStatusChange } from './status-change.service';
import {
  type Actor,
  APPLICANT,
  type ApplicationFacts,
  availableActions,
  CLOSING_STATUSES,
  Hold,
  isApplicant,
  leadsTo,
  OPEN_STATUSES,
  refusal,
  WORKFLOW,
} from './workflow';

/** What an action changes: the columns to set (status among them) and what the audit event adds. */
export interface Change {
  set: Partial<Application>;
  detail?: Record<string, unknown>;
}

type Compute = (a: Application, em: EntityManager, now: Date) => Promise<Change> | Change;

export async function applicationFacts(
  em: EntityManager,
  a: Application,
  documents?: Document[],
): Promise<ApplicationFacts> {
  const docs = documents ?? (await em.find(Document, { where: { applicationId: a.id } }));
  return { application: a, missingDocumentKinds: missingDocumentKinds(a, docs), documentCount: docs.length };
}

/** Turns a refusal of the state machine into the API's error, naming the holder of a held case. */
async function refuse(em: EntityManager, r: NonNullable<ReturnType<typeof refusal>>): Promise<never> {
  if (r.code === 'FORBIDDEN') throw forbidden(r.message);
  if (r.code === 'CONFLICT') {
    const holder = r.holderId != null ? await em.findOneBy(Officer, { id: r.holderId }) : null;
    const message = holder
      ? r.message.replace(`officer ${r.holderId}`, `${holder.displayName} (${holder.username})`)
      : r.message;
    throw conflict(
      message,
      holder ? { holder: { id: String(holder.id), username: holder.username, displayName: holder.displayName } } : {},
    );
  }
  throw invalidTransition(r.message);
}

/**
 * Checks `action` on case `a` against the lifecycle table for `actor` (role, status, holding,
 * guard) and throws the API's error when the table refuses it: FORBIDDEN, CONFLICT naming the
 * holder, or INVALID_TRANSITION. Every case action goes through it, revealIdNumber too.
 */
export async function authorizeCaseAction(
  em: EntityManager,
  action: CaseAction,
  a: Application,
  actor: Actor,
): Promise<void> {
  const blocked = refusal(action, await applicationFacts(em, a), actor);
  if (blocked) await refuse(em, blocked);
}

/**
 * Runs one action on one case in the request's transaction: scope, version, state machine and
 * holding checks; then `UPDATE ... WHERE id = ? AND version = ?` (0 rows: CONFLICT), the status
 * history and the audit event. `compute` says what the action changes; the status it sets must be
 * one the table lets the action lead to, else the whole transaction fails with an internal error.
 * Returns the case as it now is.
 */
export async function runCaseAction(
  ctx: RequestContext,
  id: string,
  version: number | null,
  action: CaseAction,
  compute: Compute,
): Promise<Application> {
  const em = transactionOf(ctx);
  const inScope = await findApplicationInScope(ctx, id, em);
  // Out of scope, the officer who registered the case at the counter today still hands in its papers.
  const a =
    inScope ??
    (action === CaseAction.UPLOAD_DOCUMENT && ctx.officer ? await findRegisteredAtCounter(ctx, id, em) : null);
  if (!a) throw notFound('Application', id);
  // A hall client's request acts for the applicant, and so does that counter officer; any other is an officer's.
  const actor: Actor = ctx.client || !inScope ? APPLICANT : officerOf(ctx);
  const officerId = isApplicant(actor) ? null : officerOf(ctx).id;
  if (version != null && a.version !== version) {
    throw conflict(`This case was changed by someone else (you saw version ${version}, it is now ${a.version})`, {
      currentVersion: a.version,
    });
  }
  await authorizeCaseAction(em, action, a, actor);
  const now = new Date();
  const change = await compute(a, em, now);
  const set: Partial<Application> = { ...change.set };
  const implicitClaim =
    officerId != null && WORKFLOW[action].hold === Hold.Take && a.assigneeId == null && !('assigneeId' in set);
  if (implicitClaim) set.assigneeId = officerId;
  const toStatus = set.status ?? a.status;
  // Every change of a case's status after intake passes here: it must be one the lifecycle table allows.
  if (!leadsTo(action, a.status, toStatus))
    throw new Error(`The lifecycle table does not let ${action} lead from ${a.status} to ${toStatus}`);
  if (CLOSING_STATUSES.includes(toStatus) && toStatus !== a.status) set.assigneeId = null;
  // A decision keeps how many working days it took, so reports read it instead of recomputing it.
  if ('decidedAt' in set) {
    set.decisionWorkingDays = set.decidedAt
      ? workingDaysElapsed(await transactionCalendar(em), { ...a, ...set } as Application, set.decidedAt)
      : null;
  }
  const result = await em
    .createQueryBuilder()
    .update(Application)
    .set({ ...set, version: a.version + 1, updatedAt: now })
    .where(AT_VERSION, { id: a.id, version: a.version })
    .execute();
  if (!result.affected) throw conflict('This case was changed by someone else at the same moment; reload it');
  // A transfer moves a case between queues even when its status stays SUBMITTED.
  if (toStatus !== a.status || (set.officeId != null && set.officeId !== a.officeId)) {
    await recordStatusChange(em, {
      applicationId: a.id,
      officeId: set.officeId ?? a.officeId,
      fromStatus: a.status,
      toStatus,
      action,
      at: now,
      actorId: officerId,
    });
  }
  await countAction(em, action, a, set, officerId, now);
  // Read back as stored (a MySQL datetime keeps no milliseconds).
  const [changed] = await rowsByIds(em, Application, [a.id]);
  await notifyApplicant(ctx, em, action, a, changed);
  // The event records the change as it was made (sealed into the chain after the commit).
  const event = await recordAudit(ctx, em, {
    action,
    entityType: 'Application',
    entityId: a.id,
    detail: {
      fromStatus: a.status,
      toStatus,
      version: a.version + 1,
      ...(implicitClaim ? { implicitClaim: true } : {}),
      ...change.detail,
    },
  });
  // The hall that handed the case over hears of it, in the same transaction (an outbox row).
  await tellHall(em, action, a, changed, event);
  return changed;
}

const STEP_OF: Partial<Record<CaseAction, Step>> = {
  [CaseAction.TRANSFER]: 'received',
  [CaseAction.ACCEPT]: 'accepted',
  [CaseAction.ISSUE]: 'issued',
  [CaseAction.RECORD_MAILING]: 'mailed',
};

/** Keeps the report and queue counters in step with the change, in its transaction. */
async function countAction(
  em: EntityManager,
  action: CaseAction,
  a: Application,
  set: Partial<Application>,
  officerId: number | null,
  now: Date,
): Promise<void> {
  const officeId = set.officeId ?? a.officeId;
  await moveCase(em, a, {
    officeId,
    status: set.status ?? a.status,
    assigneeId: 'assigneeId' in set ? (set.assigneeId ?? null) : a.assigneeId,
  });
  const step = STEP_OF[action];
  if (step) await countStep(em, step, now, officeId, officerId);
  if (set.decidedAt) {
    const due = 'dueAt' in set ? set.dueAt : a.dueAt;
    await countDecision(
      em,
      set.decidedAt,
      officeId,
      set.decidedById ?? a.decidedById ?? officerId ?? 0,
      !!due && set.decidedAt <= due,
      set.decisionWorkingDays ?? 0,
    );
  }
}

const required = (value: string | null | undefined, field: string): string => {
  const text = value?.trim();
  if (!text) throw badInput(field, 'is required');
  if (text.length > 1000) throw badInput(field, 'must be at most 1000 characters');
  return text;
};

/** An officer's words the applicant is sent by text message: required, and without a link (a message from the police carries none but its own). */
const wordsToApplicant = (value: string | null | undefined, field: string): string => {
  const text = required(value, field);
  refuseLink(text, field, 'it is sent to the applicant by text message');
  return text;
};

/** Ends a pause of the clock (supplement or investigation): its working days push dueAt later. */
async function resumeClock(em: EntityManager, a: Application, now: Date): Promise<Partial<Application>> {
  if (!a.pausedSince || !a.clockStartedAt) return { pausedSince: null };
  const calendar = await transactionCalendar(em);
  const paused = a.pausedWorkingDays + workdaysSpanned(calendar, a.pausedSince, now);
  const limit = a.status === ApplicationStatus.UNDER_REVIEW ? REVIEW_LIMIT_WORKDAYS : DECISION_LIMIT_WORKDAYS;
  return { pausedSince: null, pausedWorkingDays: paused, dueAt: dueAt(calendar, a.clockStartedAt, limit, paused) };
}

// ---- the actions -------------------------------------------------------------------------------

export const claim = (ctx: RequestContext, id: string, version: number) =>
  runCaseAction(ctx, id, version, CaseAction.CLAIM, () => ({ set: { assigneeId: officerOf(ctx).id } }));

/** How many free cases claimNext looks at, nearest deadline first, before it answers that none is left. */
const NEXT_CANDIDATES = 25;

/**
 * Claims the free case in scope with the nearest deadline that the officer may work once they hold
 * it (some action that needs the case held is open to them), and returns it; null when none is
 * left. Two officers asking at once never get the same case: the claim changes the case at the
 * version read, and a case claimed meanwhile by someone else is passed over for the next.
 */
export async function claimNext(ctx: RequestContext): Promise<Application | null> {
  const officer = officerOf(ctx);
  if (!WORKFLOW[CaseAction.CLAIM].roles.includes(officer.role)) throw forbidden();
  const em = transactionOf(ctx);
  const where = (await scopeConditions(ctx, ROW, em)).and(NEXT_FREE.where, { statuses: OPEN_STATUSES });
  const candidates = await rowsWhere(em, Application, where.sql, where.parameters, {
    orderBy: NEXT_FREE.orderBy,
    limit: NEXT_CANDIDATES,
  });
  for (const a of candidates) {
    const facts = await applicationFacts(em, a);
    const held = { ...facts, application: { ...a, assigneeId: officer.id } };
    const works = availableActions(held, officer).some((action) => WORKFLOW[action].hold === Hold.Take);
    if (!works || !availableActions(facts, officer).includes(CaseAction.CLAIM)) continue;
    try {
      return await runCaseAction(ctx, String(a.id), a.version, CaseAction.CLAIM, () => ({
        set: { assigneeId: officer.id },
        detail: { next: true },
      }));
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
  return null;
}

export const release = (ctx: RequestContext, id: string, version: number) =>
  runCaseAction(ctx, id, version, CaseAction.RELEASE, () => ({ set: { assigneeId: null } }));

/** An active officer of the actor's scope who works cases (not an administrator), or BAD_USER_INPUT on officerId. */
async function officerToAssign(ctx: RequestContext, em: EntityManager, officerId: string): Promise<Officer> {
  const officer = Number.isInteger(Number(officerId)) ? await em.findOneBy(Officer, { id: Number(officerId) }) : null;
  const scope = await scopeOfficeIds(ctx, em);
  if (!officer?.active || (scope && !scope.includes(officer.officeId))) {
    throw badInput('officerId', `officer ${officerId} does not exist, is inactive or is outside your offices`, {
      reason: 'OFFICER_UNAVAILABLE',
    });
  }
  if (officer.role === Role.ADMIN)
    throw badInput('officerId', 'administrators work no case', { reason: 'OFFICER_IS_ADMIN' });
  return officer;
}

/** Whether `officer` sees and works cases of `officeId`: a supervisor those of his office and below, anyone else his own office's. */
async function worksOffice(em: EntityManager, officer: Officer, officeId: number): Promise<boolean> {
  return officer.role === Role.SUPERVISOR
    ? officeSubtree(await em.find(Office, { select: { id: true, parentId: true } }), officer.officeId).includes(
        officeId,
      )
    : officer.officeId === officeId;
}

/** Checks that `officerId` is an active officer of the actor's scope who can see and work cases of `officeId`. */
async function assignableOfficer(
  ctx: RequestContext,
  em: EntityManager,
  officerId: string,
  officeId: number,
): Promise<Officer> {
  const officer = await officerToAssign(ctx, em, officerId);
  if (!(await worksOffice(em, officer, officeId))) {
    throw badInput('officerId', `${officer.displayName} does not work cases of this office`, {
      reason: 'OFFICER_NOT_IN_OFFICE',
      params: { officer: officer.displayName },
    });
  }
  return officer;
}

const assignTo =
  (ctx: RequestContext, officerId: string): Compute =>
  async (a, em) => {
    const officer = await assignableOfficer(ctx, em, officerId, a.officeId);
    return {
      set: { assigneeId: officer.id },
      detail: { from: a.assigneeId, to: officer.id, takeover: a.assigneeId != null && a.assigneeId !== officer.id },
    };
  };

export const assign = (ctx: RequestContext, id: string, version: number, officerId: string) =>
  runCaseAction(ctx, id, version, CaseAction.ASSIGN, assignTo(ctx, officerId));

export const MAX_ASSIGNED_AT_ONCE = 200;

function validateAssignmentCount(count: number): void {
  if (!count) throw badInput('ids', 'give at least one case', { reason: 'IDS_EMPTY' });
  if (count > MAX_ASSIGNED_AT_ONCE) {
    throw badInput('ids', `assign at most ${MAX_ASSIGNED_AT_ONCE} cases at once`, {
      reason: 'IDS_TOO_MANY',
      params: { max: MAX_ASSIGNED_AT_ONCE },
    });
  }
}

/** Assigns several cases at once, all or none; cases already with that officer are left as they are. */
export async function assignMany(ctx: RequestContext, ids: string[], officerId: string): Promise<Application[]> {
  // First, before any case is looked at: a case already with that officer is skipped below, and
  // that skip must not answer a role that may not assign as if it had done so.
  const { role } = officerOf(ctx);
  if (!WORKFLOW[CaseAction.ASSIGN].roles.includes(role)) throw forbidden(`${role} may not ${CaseAction.ASSIGN}`);
  validateAssignmentCount(ids.length);
  const changed: Application[] = [];
  for (const id of ids) {
    const current = await findApplicationInScope(ctx, id, transactionOf(ctx));
    if (!current) throw notFound('Application', id);
    if (current.assigneeId === Number(officerId)) continue;
    changed.push(await runCaseAction(ctx, id, null, CaseAction.ASSIGN, assignTo(ctx, officerId)));
  }
  return changed;
}

/**
 * The open cases `holder` holds, handed over as officer management deactivates the holder: to the
 * officer `toOfficerId` (active, working each case's office) or, with null, back to their offices'
 * queues; with undefined (no word on them) refused with OPEN_CASES_HELD and how many, on `field`,
 * when there are any: no case is left with an officer who cannot work it. It is the administrator's
 * step on the officer, not a case action of the workflow table (whose ASSIGN is a supervisor's):
 * each case changes at the version read, its counters move, and its ASSIGN or RELEASE event says
 * why (cause OFFICER_DEACTIVATED). Returns how many were handed over.
 */
export async function handOverCases(
  ctx: RequestContext,
  holder: Pick<Officer, 'id' | 'displayName'>,
  toOfficerId: string | null | undefined,
  field: string,
): Promise<number> {
  const em = transactionOf(ctx);
  const held = await rowsWhere(em, Application, HELD_OPEN, { holderId: holder.id, open: OPEN_STATUSES });
  if (!held.length) return 0;
  if (toOfficerId === undefined) {
    throw badInput(
      field,
      `${holder.displayName} holds ${held.length} open cases: say who takes them over (handOverTo) or send them back to the queue (releaseOpenCases)`,
      { reason: 'OPEN_CASES_HELD', params: { count: held.length } },
    );
  }
  const to = toOfficerId == null ? null : await em.findOneBy(Officer, { id: Number(toOfficerId) || -1 });
  if (toOfficerId != null && (!to?.active || to.role === Role.ADMIN || to.id === holder.id)) {
    throw badInput(
      'input.handOverTo',
      `officer ${toOfficerId} does not exist, is inactive, works no case or is the one leaving`,
      {
        reason: 'OFFICER_UNAVAILABLE',
      },
    );
  }
  const now = new Date();
  for (const a of held) {
    if (to && !(await worksOffice(em, to, a.officeId))) {
      throw badInput('input.handOverTo', `${to.displayName} does not work cases of the office of ${a.referenceNo}`, {
        reason: 'OFFICER_NOT_IN_OFFICE',
        params: { officer: to.displayName },
      });
    }
    const result = await em
      .createQueryBuilder()
      .update(Application)
      .set({ assigneeId: to?.id ?? null, version: a.version + 1, updatedAt: now })
      .where(AT_VERSION, { id: a.id, version: a.version })
      .execute();
    if (!result.affected) throw conflict(`${a.referenceNo} was changed at the same moment; try again`);
    await moveCase(em, a, { officeId: a.officeId, status: a.status, assigneeId: to?.id ?? null });
    await recordAudit(ctx, em, {
      action: to ? CaseAction.ASSIGN : CaseAction.RELEASE,
      entityType: 'Application',
      entityId: a.id,
      detail: {
        fromStatus: a.status,
        toStatus: a.status,
        version: a.version + 1,
        from: holder.id,
        to: to?.id ?? null,
        // Not `reason`: that is an officer's own words, which the case's history shows as they are.
        cause: 'OFFICER_DEACTIVATED',
      },
    });
  }
  return held.length;
}

// An officer deactivated holds no open case: the administrator's step says who takes them over.
whenDeactivating(async (ctx, officer, input) => {
  const to = input.handOverTo ?? (input.releaseOpenCases ? null : undefined);
  const count = await handOverCases(ctx, officer, to, 'input.active');
  return count ? { casesHandedOver: count, to: to ?? null } : {};
});

/**
 * Assigns several cases to one officer, each on its own: every case is first checked as
 * runCaseAction would check it (scope, the lifecycle table, the officer's office), then the cases
 * that pass are assigned, all in the mutation's one transaction. Returns one result per case, in
 * the order given (duplicates once): assigned, or not with a reason and its stable code. Only the
 * role, the list and the officer himself fail the whole call.
 */
export async function assignEach(ctx: RequestContext, ids: string[], officerId: string): Promise<AssignmentResult[]> {
  const actor = officerOf(ctx);
  if (!WORKFLOW[CaseAction.ASSIGN].roles.includes(actor.role))
    throw forbidden(`${actor.role} may not ${CaseAction.ASSIGN}`);
  const unique = [...new Set(ids.map(String))];
  validateAssignmentCount(unique.length);
  const em = transactionOf(ctx);
  const officer = await officerToAssign(ctx, em, officerId);
  const results: AssignmentResult[] = [];
  const toAssign: AssignmentResult[] = [];
  for (const id of unique) {
    const a = await findApplicationInScope(ctx, id, em);
    const result: AssignmentResult = {
      id,
      referenceNo: a?.referenceNo ?? null,
      assigned: false,
      reason: null,
      reasonCode: null,
    };
    results.push(result);
    const refuse = (reasonCode: AssignmentRefusal, reason: string) => Object.assign(result, { reasonCode, reason });
    if (!a) refuse(AssignmentRefusal.NOT_FOUND, `case ${id} does not exist or is outside your offices`);
    else if (a.assigneeId === officer.id)
      refuse(AssignmentRefusal.ALREADY_ASSIGNED, `${a.referenceNo} is with ${officer.displayName} already`);
    else if (refusal(CaseAction.ASSIGN, await applicationFacts(em, a), actor)) {
      refuse(AssignmentRefusal.CASE_CLOSED, `${a.referenceNo} is ${a.status} and takes no assignment`);
    } else if (!(await worksOffice(em, officer, a.officeId))) {
      refuse(
        AssignmentRefusal.OFFICER_NOT_IN_OFFICE,
        `${officer.displayName} does not work cases of the office of ${a.referenceNo}`,
      );
    } else toAssign.push(result);
  }
  for (const result of toAssign) {
    await runCaseAction(ctx, result.id, null, CaseAction.ASSIGN, assignTo(ctx, officerId));
    result.assigned = true;
  }
  return results;
}

/** Accepting starts the clock and asks the registry about the subject (the worker looks once the acceptance has committed). */
export const accept = (ctx: RequestContext, id: string, version: number) =>
  runCaseAction(ctx, id, version, CaseAction.ACCEPT, async (a, em, now) => {
    const check = await requestSubjectRecordCheck(em, a, officerOf(ctx).id);
    return {
      set: {
        status: ApplicationStatus.ACCEPTED,
        acceptedAt: now,
        clockStartedAt: now,
        pausedSince: null,
        pausedWorkingDays: 0,
        dueAt: dueAt(await transactionCalendar(em), now, DECISION_LIMIT_WORKDAYS, 0),
        statusReason: null,
        recordCheckStatus: check.status,
      },
      detail: { recordCheckId: check.id },
    };
  });

export const notAccept = (ctx: RequestContext, id: string, version: number, reason: string) =>
  runCaseAction(ctx, id, version, CaseAction.NOT_ACCEPT, () => ({
    set: { status: ApplicationStatus.NOT_ACCEPTED, statusReason: wordsToApplicant(reason, 'reason') },
    detail: { reason },
  }));

export const requestSupplement = (
  ctx: RequestContext,
  id: string,
  version: number,
  reason: string,
  kinds: DocumentKind[],
) =>
  runCaseAction(ctx, id, version, CaseAction.REQUEST_SUPPLEMENT, (a, _em, now) => {
    const why = wordsToApplicant(reason, 'reason');
    if (!kinds.length) throw badInput('kinds', 'name at least one kind of document to supply');
    const clockRuns = a.status === ApplicationStatus.ACCEPTED;
    return {
      set: {
        status: ApplicationStatus.AWAITING_SUPPLEMENT,
        resumeStatus: a.status,
        statusReason: why,
        pausedSince: clockRuns ? now : null,
        supplement: {
          reason: why,
          kinds: [...new Set(kinds)],
          requestedAt: now,
          requestedById: officerOf(ctx).id,
          answeredAt: null,
        },
      },
      detail: { reason: why, kinds, clockPaused: clockRuns },
    };
  });

/** The applicant, through the hall, says what was asked is uploaded: the queue shows the supplement answered. */
export const supplementAnswered = (ctx: RequestContext, id: string) =>
  runCaseAction(ctx, id, null, CaseAction.SUPPLEMENT_ANSWERED, (a, _em, now) => ({
    set: { supplement: { ...a.supplement, answeredAt: now } },
  }));

export const supplementReceived = (ctx: RequestContext, id: string, version: number) =>
  runCaseAction(ctx, id, version, CaseAction.SUPPLEMENT_RECEIVED, async (a, em, now) => ({
    // The request's reason explained the pause; it stays with the supplement record, not on the case.
    set: {
      status: a.resumeStatus ?? ApplicationStatus.SUBMITTED,
      resumeStatus: null,
      statusReason: null,
      ...(await resumeClock(em, a, now)),
    },
  }));

export const startInvestigation = (ctx: RequestContext, id: string, version: number, reason: string) =>
  runCaseAction(ctx, id, version, CaseAction.START_INVESTIGATION, (_a, _em, now) => ({
    set: { status: ApplicationStatus.UNDER_INVESTIGATION, statusReason: required(reason, 'reason'), pausedSince: now },
    detail: { reason },
  }));

export const endInvestigation = (ctx: RequestContext, id: string, version: number, note: string | null) =>
  runCaseAction(ctx, id, version, CaseAction.END_INVESTIGATION, async (a, em, now) => ({
    // The investigation's reason explained the pause; it stays in the audit trail, not on the case.
    set: { status: ApplicationStatus.ACCEPTED, statusReason: null, ...(await resumeClock(em, a, now)) },
    detail: { note },
  }));

/** Why a decision without a note is refused: the registry has not answered for the case. */
function unansweredCheck(check: RecordCheck | null): string {
  const why = !check
    ? 'no record check has been run'
    : check.status === RecordCheckStatus.PENDING
      ? 'the record check has not answered yet'
      : 'the record check failed';
  return `${why}: say in a note what the decision rests on, or run the check again`;
}

/**
 * NO_RECORD is decided at once; a record found (sealed or not) waits for a supervisor's sign-off,
 * and so does NO_RECORD against the latest answered check that found a record under the
 * subject's own number.
 * Without the registry's answer (pending, failed, never asked) the decision needs a note, and so
 * does a decision other than the one the answer suggests.
 */
export const decide = (ctx: RequestContext, id: string, version: number, outcome: Outcome, note: string | null) =>
  runCaseAction(ctx, id, version, CaseAction.DECIDE, async (a, em, now) => {
    const check = await latestRecordCheck(em, a.id);
    const why = note?.trim() || null;
    if (unanswered(check) && !why)
      throw badInput('note', unansweredCheck(check), { reason: 'RECORD_CHECK_UNANSWERED' });
    // Overriding what the registry's answer suggests is the decider's to explain (the sign-off reads it).
    const suggested = unanswered(check) ? null : (check?.suggestedOutcome ?? null);
    if (suggested && outcome !== suggested && !why)
      throw badInput('note', `the record check suggests ${suggested}: say in a note why the decision differs`, {
        reason: 'SUGGESTION_OVERRIDDEN',
      });
    // An exact match stands until the registry answers again: a newer check still waiting or failed does not clear it.
    const answered = unanswered(check) ? await latestAnsweredCheck(em, a.id) : check;
    const againstExactMatch = outcome === Outcome.NO_RECORD && hasExactMatch(answered);
    const needsSignOff = outcome !== Outcome.NO_RECORD || againstExactMatch;
    return {
      set: {
        status: needsSignOff ? ApplicationStatus.PENDING_SIGNOFF : ApplicationStatus.DECIDED,
        outcome,
        decidedById: officerOf(ctx).id,
        decidedAt: needsSignOff ? null : now,
        decisionNote: why,
        signedOffById: null,
        // A sign-off's return is answered by this decision: its note and its author go.
        statusReason: null,
        returnedById: null,
      },
      detail: {
        outcome,
        note,
        needsSignOff,
        recordCheckId: check?.id ?? null,
        recordCheckStatus: check?.status ?? null,
        ...(againstExactMatch ? { againstExactMatch } : {}),
        ...(suggested && outcome !== suggested ? { overrides: suggested } : {}),
      },
    };
  });

export const signOff = (ctx: RequestContext, id: string, version: number, approve: boolean, note: string | null) =>
  runCaseAction(ctx, id, version, CaseAction.SIGN_OFF, (_a, _em, now) =>
    approve
      ? {
          set: { status: ApplicationStatus.DECIDED, decidedAt: now, signedOffById: officerOf(ctx).id },
          detail: { approve, note },
        }
      : {
          set: {
            status: ApplicationStatus.ACCEPTED,
            outcome: null,
            decidedById: null,
            decisionNote: null,
            statusReason: required(note, 'note'),
            returnedById: officerOf(ctx).id,
          },
          detail: { approve, note },
        },
  );

export const recordFeePayment = (ctx: RequestContext, id: string, version: number | null, receiptNo: string) =>
  runCaseAction(ctx, id, version, CaseAction.RECORD_FEE_PAYMENT, () => {
    const receipt = required(receiptNo, 'receiptNo');
    if (receipt.length > 64) throw badInput('receiptNo', 'must be at most 64 characters');
    return { set: { feePaid: true, feeReceiptNo: receipt }, detail: { receiptNo: receipt } };
  });

export const recordMailing = (ctx: RequestContext, id: string, version: number, input: MailingInput) =>
  runCaseAction(ctx, id, version, CaseAction.RECORD_MAILING, (a, _em, now) => {
    const trackingNumber = validateTracking(input.carrier, input.trackingNumber);
    const mailedAt = input.mailedAt ?? now;
    if (mailedAt.getTime() > now.getTime() + 60_000) throw badInput('input.mailedAt', 'cannot be in the future');
    if (a.issued.issuedAt && mailedAt < a.issued.issuedAt)
      throw badInput('input.mailedAt', 'cannot be before the document was issued');
    return {
      set: {
        status: ApplicationStatus.MAILED,
        mailing: { carrier: input.carrier, trackingNumber, mailedAt, mailedById: officerOf(ctx).id, deliveredAt: null },
      },
      detail: { carrier: input.carrier, trackingNumber },
    };
  });

export const recordDelivery = (ctx: RequestContext, id: string, version: number, deliveredAt: Date | null) =>
  runCaseAction(ctx, id, version, CaseAction.RECORD_DELIVERY, (a, _em, now) => {
    const at = deliveredAt ?? now;
    if (at.getTime() > now.getTime() + 60_000) throw badInput('deliveredAt', 'cannot be in the future');
    const since = a.mailing.mailedAt ?? a.issued.issuedAt;
    if (since && at < since)
      throw badInput(
        'deliveredAt',
        `cannot be before ${a.status === ApplicationStatus.MAILED ? 'the mailing' : 'the issue'}`,
      );
    return {
      set: { status: ApplicationStatus.DELIVERED, mailing: { deliveredAt: at } as Application['mailing'] },
      detail: { deliveredAt: at },
    };
  });

export const transfer = (ctx: RequestContext, id: string, version: number, officeId: string, reason: string) =>
  runCaseAction(ctx, id, version, CaseAction.TRANSFER, async (a, em) => {
    const why = required(reason, 'reason');
    const target = await em.findOneBy(Office, { id: Number(officeId) });
    if (!target) throw badInput('officeId', `office ${officeId} does not exist`);
    if (target.kind === OfficeKind.BUREAU)
      throw badInput('officeId', `${target.name} is a bureau and accepts no cases`);
    if (target.id === a.officeId) throw badInput('officeId', 'the case is in that office already');
    return {
      set: {
        status: ApplicationStatus.SUBMITTED,
        officeId: target.id,
        assigneeId: null,
        acceptedAt: null,
        clockStartedAt: null,
        dueAt: null,
        pausedSince: null,
        pausedWorkingDays: 0,
        resumeStatus: null,
        statusReason: why,
      },
      detail: { fromOfficeId: a.officeId, toOfficeId: target.id, reason: why },
    };
  });

export const withdraw = (ctx: RequestContext, id: string, version: number | null, reason: string) =>
  runCaseAction(ctx, id, version, CaseAction.WITHDRAW, () => ({
    set: { status: ApplicationStatus.WITHDRAWN, statusReason: required(reason, 'reason') },
    detail: { reason },
  }));

/** A review runs its own 15-working-day clock; the decision under review is no longer final. */
export const openReview = (ctx: RequestContext, id: string, version: number, reason: string) =>
  runCaseAction(ctx, id, version, CaseAction.OPEN_REVIEW, async (a, em, now) => ({
    set: {
      status: ApplicationStatus.UNDER_REVIEW,
      statusReason: required(reason, 'reason'),
      clockStartedAt: now,
      decidedAt: null,
      pausedSince: null,
      pausedWorkingDays: 0,
      dueAt: dueAt(await transactionCalendar(em), now, REVIEW_LIMIT_WORKDAYS, 0),
    },
    detail: { reason, outcomeUnderReview: a.outcome, documentUnderReview: a.issued.number },
  }));

/** Upholding closes the case again; a new outcome goes back to DECIDED and a new document is issued. */
export const closeReview = (ctx: RequestContext, id: string, version: number, outcome: Outcome, note: string) =>
  runCaseAction(ctx, id, version, CaseAction.CLOSE_REVIEW, (a, _em, now) => {
    const why = required(note, 'note');
    if (outcome === a.outcome) {
      return {
        set: { status: ApplicationStatus.DELIVERED, decidedAt: now, statusReason: why },
        detail: { upheld: true, note: why },
      };
    }
    const cleared = {
      kind: null,
      number: null,
      issuedAt: null,
      issuedById: null,
      verificationCode: null,
      pdfSha256: null,
    };
    return {
      set: {
        status: ApplicationStatus.DECIDED,
        outcome,
        decidedAt: now,
        decidedById: officerOf(ctx).id,
        statusReason: why,
        issued: cleared as unknown as Application['issued'],
        mailing: {
          carrier: null,
          trackingNumber: null,
          mailedAt: null,
          mailedById: null,
          deliveredAt: null,
        } as unknown as Application['mailing'],
      },
      detail: { upheld: false, from: a.outcome, to: outcome, note: why, replacedDocument: a.issued.number },
    };
  });

/**
 * runRecordCheck: a new lookup of a case being worked, asked by an officer who may work it, within
 * the lookups' limits (record-check-limits.ts). It is refused before it is counted when the case
 * is not there or not the officer's to check, so nobody spends another's minute of a case; the
 * count comes before the mutation's transaction opens (the limiter's connection is its own), and
 * the transaction checks the case again.
 */
export async function runRecordCheck(ctx: RequestContext, id: string): Promise<RecordCheck> {
  const officer = ctx.officer;
  if (!officer) throw unauthenticated();
  const a = await applicationToRecheck(ctx, id, officer, managerOf(ctx));
  await recordCheckLimitsOf(ctx.ds).spend(officer.id, a.id);
  return withTransaction(ctx, () => askRecordCheck(ctx, id, officer));
}

/** Case `id` when it is in scope and `officer` may look its subject up again now; else the refusal. */
async function applicationToRecheck(
  ctx: RequestContext,
  id: string,
  officer: SessionOfficer,
  em: EntityManager,
): Promise<Application> {
  const a = await findApplicationInScope(ctx, id, em);
  if (!a) throw notFound('Application', id);
  await authorizeCaseAction(em, CaseAction.RUN_RECORD_CHECK, a, officer);
  return a;
}

async function askRecordCheck(ctx: RequestContext, id: string, officer: SessionOfficer): Promise<RecordCheck> {
  const em = transactionOf(ctx);
  const a = await applicationToRecheck(ctx, id, officer, em);
  // The case first, then its check, as the worker storing an answer locks them: the two take turns.
  // Not a change of the case an officer made: its version stays, so nobody's open page goes stale.
  await em.update(Application, { id: a.id }, { recordCheckStatus: RecordCheckStatus.PENDING });
  const check = await requestSubjectRecordCheck(em, a, officer.id);
  await recordAudit(ctx, em, {
    action: CaseAction.RUN_RECORD_CHECK,
    entityType: 'Application',
    entityId: a.id,
    detail: { recordCheckId: check.id, previousStatus: a.recordCheckStatus },
  });
  return check;
}
