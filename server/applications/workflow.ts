import { ApplicationStatus as S, CaseAction as A, DeliveryMethod, DocumentKind, Outcome, Role } from '../core/enums';
import type { Officer } from '../officers/officer.entity';
import type { Application } from './application.entity';

// The case state machine of workflow.md as one table. Every mutation checks its action against it,
// and `availableActions` is this same check run for every action: the console shows exactly what
// the server would allow.

/** How an action relates to who holds the case. */
export enum Hold {
  /** Needs the case held by the actor; a free case is taken implicitly (and that is audited). */
  Take = 'take',
  /** Only a free case (CLAIM). */
  Free = 'free',
  /** Only by the holder (RELEASE). */
  Holder = 'holder',
  /** Whoever holds it (ASSIGN, SIGN_OFF, REVEAL_ID). */
  Any = 'any',
}

export interface CaseFacts {
  application: Application;
  missingDocumentKinds: DocumentKind[];
  documentCount: number;
}

interface Rule {
  from: S[];
  roles: Role[];
  hold: Hold;
  /** Why the action is not open although the status allows it; null when it is. */
  guard?: (c: CaseFacts, actor: Officer) => string | null;
}

const WORKERS = [Role.STATION_OFFICER, Role.EXIT_ENTRY_OFFICER, Role.SUPERVISOR];
const EVERYONE = [...WORKERS, Role.ADMIN];
const BEFORE_ISSUE = [S.SUBMITTED, S.AWAITING_SUPPLEMENT, S.ACCEPTED, S.UNDER_INVESTIGATION, S.PENDING_SIGNOFF, S.DECIDED];
const CLOSED = [S.NOT_ACCEPTED, S.WITHDRAWN, S.DELIVERED];
const ALL = Object.values(S);
/** A delivered case is worked again only to open a review of a record found. */
const OPEN = ALL.filter((s) => !CLOSED.includes(s));
const reviewable = (c: CaseFacts) =>
  c.application.status !== S.DELIVERED || c.application.outcome === Outcome.RECORD_FOUND ? null : 'the case is closed';

export const WORKFLOW: Record<A, Rule> = {
  [A.CLAIM]: { from: [...OPEN, S.DELIVERED], roles: WORKERS, hold: Hold.Free, guard: reviewable },
  [A.RELEASE]: { from: ALL, roles: WORKERS, hold: Hold.Holder },
  [A.ASSIGN]: { from: [...OPEN, S.DELIVERED], roles: [Role.SUPERVISOR], hold: Hold.Any, guard: reviewable },
  [A.VERIFY_DOCUMENTS]: {
    from: [S.SUBMITTED, S.AWAITING_SUPPLEMENT, S.ACCEPTED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) => (c.documentCount ? null : 'the case has no documents'),
  },
  [A.UPLOAD_DOCUMENT]: { from: [S.SUBMITTED, S.AWAITING_SUPPLEMENT, S.ACCEPTED, S.UNDER_INVESTIGATION], roles: WORKERS, hold: Hold.Take },
  [A.ACCEPT]: {
    from: [S.SUBMITTED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) => (c.missingDocumentKinds.length ? `documents not yet verified: ${c.missingDocumentKinds.join(', ')}` : null),
  },
  [A.NOT_ACCEPT]: { from: [S.SUBMITTED], roles: WORKERS, hold: Hold.Take },
  [A.REQUEST_SUPPLEMENT]: { from: [S.SUBMITTED, S.ACCEPTED], roles: WORKERS, hold: Hold.Take },
  [A.SUPPLEMENT_RECEIVED]: { from: [S.AWAITING_SUPPLEMENT], roles: WORKERS, hold: Hold.Take },
  [A.START_INVESTIGATION]: { from: [S.ACCEPTED], roles: WORKERS, hold: Hold.Take },
  [A.END_INVESTIGATION]: { from: [S.UNDER_INVESTIGATION], roles: WORKERS, hold: Hold.Take },
  [A.DECIDE]: { from: [S.ACCEPTED], roles: WORKERS, hold: Hold.Take },
  [A.SIGN_OFF]: {
    from: [S.PENDING_SIGNOFF],
    roles: [Role.SUPERVISOR],
    hold: Hold.Any,
    guard: (c, actor) => (c.application.decidedById === actor.id ? 'the officer who decided cannot sign the decision off' : null),
  },
  [A.RECORD_FEE_PAYMENT]: {
    from: [S.DECIDED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) => (c.application.feeAmount <= 0 ? 'no fee is due' : c.application.feePaid ? 'the fee is paid already' : null),
  },
  [A.ISSUE]: {
    from: [S.DECIDED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) => (c.application.feeAmount > 0 && !c.application.feePaid ? `the fee of ${c.application.feeAmount} is not paid` : null),
  },
  [A.RECORD_MAILING]: {
    from: [S.ISSUED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) => (c.application.delivery === DeliveryMethod.MAIL ? null : `delivery is ${c.application.delivery}, not MAIL`),
  },
  [A.RECORD_DELIVERY]: {
    from: [S.ISSUED, S.MAILED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) =>
      c.application.status === S.ISSUED && c.application.delivery !== DeliveryMethod.COUNTER_PICKUP
        ? 'a mailed document is delivered after its mailing is recorded'
        : null,
  },
  [A.OPEN_REVIEW]: {
    from: [S.ISSUED, S.MAILED, S.DELIVERED],
    roles: WORKERS,
    hold: Hold.Take,
    guard: (c) => (c.application.outcome === Outcome.RECORD_FOUND ? null : 'only a result with a record found can be reviewed'),
  },
  [A.CLOSE_REVIEW]: { from: [S.UNDER_REVIEW], roles: WORKERS, hold: Hold.Take },
  [A.WITHDRAW]: { from: BEFORE_ISSUE, roles: WORKERS, hold: Hold.Take },
  [A.TRANSFER]: { from: [S.SUBMITTED, S.AWAITING_SUPPLEMENT, S.ACCEPTED, S.UNDER_INVESTIGATION], roles: WORKERS, hold: Hold.Take },
  [A.REVEAL_ID]: { from: ALL, roles: EVERYONE, hold: Hold.Any },
};

/** Statuses that close a case: whoever held it lets go. */
export const CLOSING_STATUSES = CLOSED;

export type Refusal = { code: 'INVALID_TRANSITION' | 'FORBIDDEN' | 'CONFLICT'; message: string; holderId?: number };

/** Null when `actor` may take `action` on the case now, else why not. */
export function refusal(action: A, c: CaseFacts, actor: Officer): Refusal | null {
  const rule = WORKFLOW[action];
  const a = c.application;
  if (!rule.roles.includes(actor.role)) {
    return { code: 'FORBIDDEN', message: `${actor.role} may not ${action} (administrators work no case)` };
  }
  if (!rule.from.includes(a.status)) {
    return { code: 'INVALID_TRANSITION', message: `${action} is not possible: the case is ${a.status}` };
  }
  const held = a.assigneeId != null;
  const mine = a.assigneeId === actor.id;
  if (rule.hold === Hold.Free && held) {
    return {
      code: 'CONFLICT',
      message: mine ? 'You hold this case already' : `The case is held by officer ${a.assigneeId}`,
      holderId: a.assigneeId!,
    };
  }
  if (rule.hold === Hold.Holder && !mine) {
    return { code: 'INVALID_TRANSITION', message: 'Only the officer who holds the case can release it' };
  }
  if (rule.hold === Hold.Take && held && !mine) {
    return { code: 'CONFLICT', message: `The case is held by officer ${a.assigneeId}`, holderId: a.assigneeId! };
  }
  const reason = rule.guard?.(c, actor);
  return reason ? { code: 'INVALID_TRANSITION', message: `${action} is not possible: ${reason}` } : null;
}

export function availableActions(c: CaseFacts, actor: Officer): A[] {
  return (Object.keys(WORKFLOW) as A[]).filter((action) => !refusal(action, c, actor));
}
