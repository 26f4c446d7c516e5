import type { SessionOfficer } from '../core/context';
import {
  ApplicationStatus,
  CaseAction,
  DeliveryMethod,
  type DocumentKind,
  Outcome,
  RecordCheckStatus,
  Role,
} from '../core/enums';
import type { Application } from './application.entity';

// The case lifecycle of workflow.md as one table in two parts: STATUSES says what each status
// means (is the case still worked, has its document been issued, what does the time-limit clock
// do); WORKFLOW says, per action, who may take it, in which statuses, holding the case how, and
// to which statuses it may lead. Every case action is checked against it before it runs (the
// actions of workflow.service's runCaseAction, and revealIdNumber), and the status an action
// sets is checked against its `to` before it is written. `availableActions` is the same check
// run for every action, so the console offers what the table allows. OPEN_STATUSES,
// CLOSING_STATUSES, the SLA's status sets (sla.ts) and the end of the clock of a case closed
// undecided (clockClosedAt) are derived from STATUSES.

/** What the working-day clock (dueAt, workingDaysElapsed, slaState) does while a case is in a status. */
export enum Clock {
  /** Not started: it starts at ACCEPT (a case not accepted never starts it). */
  NotStarted = 'NOT_STARTED',
  /** Runs towards dueAt: the decision, or a review's result. */
  Runs = 'RUNS',
  /** Paused, if it had started: the working days of the pause push dueAt later when it resumes. */
  Paused = 'PAUSED',
  /** Stopped by the decision (decidedAt). */
  Decided = 'DECIDED',
  /** Stopped when the case closed without a decision (a withdrawal after acceptance). */
  Closed = 'CLOSED',
}

export interface StatusRule {
  /** Still worked: in the open queue and the workload; entering a status that is not lets the holder go. */
  open: boolean;
  /** The result document has been issued (and is not replaced by a review yet). */
  issued: boolean;
  clock: Clock;
}

/** Every status of a case, in the order of the enum. */
export const STATUSES: Record<ApplicationStatus, StatusRule> = {
  [ApplicationStatus.SUBMITTED]: { open: true, issued: false, clock: Clock.NotStarted },
  [ApplicationStatus.AWAITING_SUPPLEMENT]: { open: true, issued: false, clock: Clock.Paused },
  [ApplicationStatus.ACCEPTED]: { open: true, issued: false, clock: Clock.Runs },
  [ApplicationStatus.UNDER_INVESTIGATION]: { open: true, issued: false, clock: Clock.Paused },
  [ApplicationStatus.PENDING_SIGNOFF]: { open: true, issued: false, clock: Clock.Runs },
  [ApplicationStatus.DECIDED]: { open: true, issued: false, clock: Clock.Decided },
  [ApplicationStatus.ISSUED]: { open: true, issued: true, clock: Clock.Decided },
  [ApplicationStatus.MAILED]: { open: true, issued: true, clock: Clock.Decided },
  /** Closed; worked again only to open a review of a record found. */
  [ApplicationStatus.DELIVERED]: { open: false, issued: true, clock: Clock.Decided },
  [ApplicationStatus.NOT_ACCEPTED]: { open: false, issued: false, clock: Clock.NotStarted },
  [ApplicationStatus.WITHDRAWN]: { open: false, issued: false, clock: Clock.Closed },
  /** A review runs a clock of its own (15 working days from OPEN_REVIEW). */
  [ApplicationStatus.UNDER_REVIEW]: { open: true, issued: true, clock: Clock.Runs },
};

/** The statuses whose rule passes `test`, in the order of the enum. */
export const statusesWhere = (test: (rule: StatusRule) => boolean): ApplicationStatus[] =>
  Object.values(ApplicationStatus).filter((status) => test(STATUSES[status]));

const ALL = Object.values(ApplicationStatus);
/** Statuses in which a case is still being worked (not closed). */
export const OPEN_STATUSES = statusesWhere((s) => s.open);
/** Statuses that close a case: whoever held it lets go. */
export const CLOSING_STATUSES = statusesWhere((s) => !s.open);
/** Accepted and not decided yet: the record check is what the decision will rest on. */
export const UNDECIDED_STATUSES = [
  ApplicationStatus.ACCEPTED,
  ApplicationStatus.UNDER_INVESTIGATION,
  ApplicationStatus.PENDING_SIGNOFF,
];
/** "Any status before ISSUED" of workflow.md: open, and no result document issued yet. */
const BEFORE_ISSUE = statusesWhere((s) => s.open && !s.issued);

/**
 * When the clock of a case in `status` stopped without a decision: at its closing, which was its
 * last change (`updatedAt`); null while the clock runs, is paused, or was stopped by the decision.
 */
export function clockClosedAt(a: { status: ApplicationStatus; updatedAt: Date }): Date | null {
  const rule = STATUSES[a.status];
  return !rule.open && rule.clock !== Clock.Decided ? a.updatedAt : null;
}

/** How an action relates to who holds the case. */
export enum Hold {
  /** Needs the case held by the actor; a free case is taken implicitly (and that is audited). */
  Take = 'take',
  /** Only a free case (CLAIM). */
  Free = 'free',
  /** Only by the holder (RELEASE). */
  Holder = 'holder',
  /** Whoever holds it, or nobody (ASSIGN, SIGN_OFF, REVEAL_ID). */
  Any = 'any',
}

export interface ApplicationFacts {
  application: Application;
  missingDocumentKinds: DocumentKind[];
  documentCount: number;
}

/** The `to` of an action that never changes the status. */
export const UNCHANGED = 'UNCHANGED';

/** The applicant, acting through the online hall's machine client: takes the actions marked `applicant`, whoever holds the case. */
export interface Applicant {
  applicant: true;
}
export const APPLICANT: Applicant = { applicant: true };
/** Who takes an action: an officer by role and holding, or the applicant through the hall. */
export type Actor = SessionOfficer | Applicant;
export const isApplicant = (actor: Actor): actor is Applicant => 'applicant' in actor;

export interface ActionRule {
  /** The statuses the action may be taken in. */
  from: readonly ApplicationStatus[];
  /** The statuses it may lead to (which one, the service decides); UNCHANGED when it leaves the status as it is. */
  to: readonly ApplicationStatus[] | typeof UNCHANGED;
  roles: readonly Role[];
  hold: Hold;
  /** The applicant may take it too, through the online hall, in the same statuses (holding plays no part). */
  applicant?: boolean;
  /** Why the action is not open although the status allows it; null when it is. */
  guard?: (c: ApplicationFacts, actor: Actor) => string | null;
}

const WORKERS = [Role.STATION_OFFICER, Role.EXIT_ENTRY_OFFICER, Role.SUPERVISOR];
const EVERYONE = [...WORKERS, Role.ADMIN];
/** Where a supplement may be requested, and so where the case returns when it arrives. */
const SUPPLEMENT_FROM = [ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED];
/** From intake to the decision: the papers may still change and the case may move to another office. */
const EXAMINED = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.AWAITING_SUPPLEMENT,
  ApplicationStatus.ACCEPTED,
  ApplicationStatus.UNDER_INVESTIGATION,
];
/** A delivered case is worked again only to open a review of a record found (the guard `reviewable`). */
const OPEN_OR_DELIVERED = [...OPEN_STATUSES, ApplicationStatus.DELIVERED];
const reviewable = (c: ApplicationFacts) =>
  c.application.status !== ApplicationStatus.DELIVERED || c.application.outcome === Outcome.RECORD_FOUND
    ? null
    : 'the case is closed';

export const WORKFLOW: Record<CaseAction, ActionRule> = {
  [CaseAction.CLAIM]: { from: OPEN_OR_DELIVERED, to: UNCHANGED, roles: WORKERS, hold: Hold.Free, guard: reviewable },
  [CaseAction.RELEASE]: { from: ALL, to: UNCHANGED, roles: WORKERS, hold: Hold.Holder },
  [CaseAction.ASSIGN]: {
    from: OPEN_OR_DELIVERED,
    to: UNCHANGED,
    roles: [Role.SUPERVISOR],
    hold: Hold.Any,
    guard: reviewable,
  },
  [CaseAction.VERIFY_DOCUMENTS]: {
    from: [ApplicationStatus.SUBMITTED, ApplicationStatus.AWAITING_SUPPLEMENT, ApplicationStatus.ACCEPTED],
    to: UNCHANGED,
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) => (c.documentCount ? null : 'the case has no documents'),
  },
  [CaseAction.UPLOAD_DOCUMENT]: { from: EXAMINED, to: UNCHANGED, roles: WORKERS, hold: Hold.Take, applicant: true },
  /** The applicant says, through the hall, that what was asked is uploaded: the queue shows it; an officer still confirms (SUPPLEMENT_RECEIVED). */
  [CaseAction.SUPPLEMENT_ANSWERED]: {
    from: [ApplicationStatus.AWAITING_SUPPLEMENT],
    to: UNCHANGED,
    roles: [],
    hold: Hold.Any,
    applicant: true,
    guard: (c) => (c.application.supplement?.answeredAt ? 'the supplement has been answered already' : null),
  },
  [CaseAction.ACCEPT]: {
    from: [ApplicationStatus.SUBMITTED],
    to: [ApplicationStatus.ACCEPTED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) =>
      c.missingDocumentKinds.length ? `documents not yet verified: ${c.missingDocumentKinds.join(', ')}` : null,
  },
  [CaseAction.NOT_ACCEPT]: {
    from: [ApplicationStatus.SUBMITTED],
    to: [ApplicationStatus.NOT_ACCEPTED],
    roles: WORKERS,
    hold: Hold.Take,
  },
  [CaseAction.REQUEST_SUPPLEMENT]: {
    from: SUPPLEMENT_FROM,
    to: [ApplicationStatus.AWAITING_SUPPLEMENT],
    roles: WORKERS,
    hold: Hold.Take,
  },
  /** Back to the status the supplement was requested in. */
  [CaseAction.SUPPLEMENT_RECEIVED]: {
    from: [ApplicationStatus.AWAITING_SUPPLEMENT],
    to: SUPPLEMENT_FROM,
    roles: WORKERS,
    hold: Hold.Take,
  },
  [CaseAction.START_INVESTIGATION]: {
    from: [ApplicationStatus.ACCEPTED],
    to: [ApplicationStatus.UNDER_INVESTIGATION],
    roles: WORKERS,
    hold: Hold.Take,
  },
  [CaseAction.END_INVESTIGATION]: {
    from: [ApplicationStatus.UNDER_INVESTIGATION],
    to: [ApplicationStatus.ACCEPTED],
    roles: WORKERS,
    hold: Hold.Take,
  },
  /** NO_RECORD is decided at once; a record found (sealed or not) waits for a sign-off. */
  [CaseAction.DECIDE]: {
    from: [ApplicationStatus.ACCEPTED],
    to: [ApplicationStatus.DECIDED, ApplicationStatus.PENDING_SIGNOFF],
    roles: WORKERS,
    hold: Hold.Take,
  },
  /** Approved: decided; sent back: accepted again. */
  [CaseAction.SIGN_OFF]: {
    from: [ApplicationStatus.PENDING_SIGNOFF],
    to: [ApplicationStatus.DECIDED, ApplicationStatus.ACCEPTED],
    roles: [Role.SUPERVISOR],
    hold: Hold.Any,
    guard: (c, actor) =>
      !isApplicant(actor) && c.application.decidedById === actor.id
        ? 'the officer who decided cannot sign the decision off'
        : null,
  },
  [CaseAction.RECORD_FEE_PAYMENT]: {
    from: [ApplicationStatus.DECIDED],
    to: UNCHANGED,
    roles: WORKERS,
    hold: Hold.Take,
    applicant: true,
    guard: (c) =>
      c.application.feeAmount <= 0 ? 'no fee is due' : c.application.feePaid ? 'the fee is paid already' : null,
  },
  /** An electronic document is delivered as it is issued. */
  [CaseAction.ISSUE]: {
    from: [ApplicationStatus.DECIDED],
    to: [ApplicationStatus.ISSUED, ApplicationStatus.DELIVERED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) =>
      c.application.feeAmount > 0 && !c.application.feePaid
        ? `the fee of ${c.application.feeAmount} is not paid`
        : null,
  },
  [CaseAction.RECORD_MAILING]: {
    from: [ApplicationStatus.ISSUED],
    to: [ApplicationStatus.MAILED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) =>
      c.application.delivery === DeliveryMethod.MAIL ? null : `delivery is ${c.application.delivery}, not MAIL`,
  },
  [CaseAction.RECORD_DELIVERY]: {
    from: [ApplicationStatus.ISSUED, ApplicationStatus.MAILED],
    to: [ApplicationStatus.DELIVERED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) =>
      c.application.status === ApplicationStatus.ISSUED && c.application.delivery !== DeliveryMethod.COUNTER_PICKUP
        ? 'a mailed document is delivered after its mailing is recorded'
        : null,
  },
  [CaseAction.OPEN_REVIEW]: {
    from: [ApplicationStatus.ISSUED, ApplicationStatus.MAILED, ApplicationStatus.DELIVERED],
    to: [ApplicationStatus.UNDER_REVIEW],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) =>
      c.application.outcome === Outcome.RECORD_FOUND ? null : 'only a result with a record found can be reviewed',
  },
  /** The same outcome upheld: delivered again; another outcome: decided, and issued anew. */
  [CaseAction.CLOSE_REVIEW]: {
    from: [ApplicationStatus.UNDER_REVIEW],
    to: [ApplicationStatus.DELIVERED, ApplicationStatus.DECIDED],
    roles: WORKERS,
    hold: Hold.Take,
  },
  [CaseAction.WITHDRAW]: {
    from: BEFORE_ISSUE,
    to: [ApplicationStatus.WITHDRAWN],
    roles: WORKERS,
    hold: Hold.Take,
    applicant: true,
  },
  /** Submitted again in the new office, free, its clock reset. */
  [CaseAction.TRANSFER]: { from: EXAMINED, to: [ApplicationStatus.SUBMITTED], roles: WORKERS, hold: Hold.Take },
  [CaseAction.REVEAL_ID]: { from: ALL, to: UNCHANGED, roles: EVERYONE, hold: Hold.Any },
  /** Another look in the registry while the decision is open: by the holder, anyone while the case is free, or a supervisor. */
  [CaseAction.RUN_RECORD_CHECK]: {
    from: [...UNDECIDED_STATUSES, ApplicationStatus.UNDER_REVIEW],
    to: UNCHANGED,
    roles: WORKERS,
    hold: Hold.Any,
    guard: (c, actor) =>
      c.application.recordCheckStatus === RecordCheckStatus.PENDING
        ? 'a record check is under way'
        : !isApplicant(actor) &&
            c.application.assigneeId != null &&
            c.application.assigneeId !== actor.id &&
            actor.role !== Role.SUPERVISOR
          ? 'the case is held by another officer'
          : null,
  },
};

/** Whether the table lets `action` take a case from status `from` to status `to` (the same status when it changes none). */
export function leadsTo(action: CaseAction, from: ApplicationStatus, to: ApplicationStatus): boolean {
  const rule = WORKFLOW[action];
  if (!rule.from.includes(from)) return false;
  return rule.to === UNCHANGED ? to === from : rule.to.includes(to);
}

/** The actions that take a case from status `from` to another status `to`. */
export function actionsLeading(from: ApplicationStatus, to: ApplicationStatus): CaseAction[] {
  return (Object.keys(WORKFLOW) as CaseAction[]).filter(
    (action) => WORKFLOW[action].to !== UNCHANGED && leadsTo(action, from, to),
  );
}

export type Refusal = { code: 'INVALID_TRANSITION' | 'FORBIDDEN' | 'CONFLICT'; message: string; holderId?: number };

/** Null when `actor` may take `action` on the case now, else why not. */
export function refusal(action: CaseAction, c: ApplicationFacts, actor: Actor): Refusal | null {
  const rule = WORKFLOW[action];
  const a = c.application;
  if (isApplicant(actor) && !rule.applicant) return { code: 'FORBIDDEN', message: `The applicant may not ${action}` };
  if (!isApplicant(actor) && !rule.roles.includes(actor.role)) {
    return { code: 'FORBIDDEN', message: `${actor.role} may not ${action} (administrators work no case)` };
  }
  if (!rule.from.includes(a.status)) {
    return { code: 'INVALID_TRANSITION', message: `${action} is not possible: the case is ${a.status}` };
  }
  const held = holdingRefusal(rule.hold, a, actor);
  if (held) return held;
  const reason = rule.guard?.(c, actor);
  return reason ? { code: 'INVALID_TRANSITION', message: `${action} is not possible: ${reason}` } : null;
}

/** Why an officer's holding (or not) of the case keeps him from an action that asks `hold`; the applicant holds nothing. */
function holdingRefusal(hold: Hold, a: Application, actor: Actor): Refusal | null {
  if (isApplicant(actor)) return null;
  const holderId = a.assigneeId;
  const mine = holderId === actor.id;
  if (hold === Hold.Free && holderId != null) {
    return {
      code: 'CONFLICT',
      message: mine ? 'You hold this case already' : `The case is held by officer ${holderId}`,
      holderId,
    };
  }
  if (hold === Hold.Holder && !mine) {
    return { code: 'INVALID_TRANSITION', message: 'Only the officer who holds the case can release it' };
  }
  if (hold === Hold.Take && holderId != null && !mine) {
    return { code: 'CONFLICT', message: `The case is held by officer ${holderId}`, holderId };
  }
  return null;
}

export function availableActions(c: ApplicationFacts, actor: SessionOfficer): CaseAction[] {
  return (Object.keys(WORKFLOW) as CaseAction[]).filter((action) => !refusal(action, c, actor));
}
