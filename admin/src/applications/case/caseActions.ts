import type { WorkflowMethod } from '../../dataProvider';
import type { CaseAction } from '../../generated/graphql';

// How the action bar offers each action of the state machine: which data-provider method runs it
// and which inputs its dialog asks for (none: it runs at once). Keyed by the schema's CaseAction
// (generated from schema.graphql): an action the server adds does not compile until it has a row
// here, a button or null for an action the case page offers elsewhere.

export type ActionField =
  | 'reason'
  | 'note'
  | 'noteRequired'
  | 'kinds'
  | 'outcome'
  | 'approve'
  | 'receiptNo'
  | 'mailing'
  | 'deliveredAt'
  | 'officeId'
  | 'officerId';

export interface ActionSpec {
  method: WorkflowMethod;
  fields: ActionField[];
  primary?: boolean;
}

export const CASE_ACTIONS: Record<CaseAction, ActionSpec | null> = {
  CLAIM: { method: 'claim', fields: [], primary: true },
  RELEASE: { method: 'release', fields: [] },
  ASSIGN: { method: 'assign', fields: ['officerId'] },
  ACCEPT: { method: 'accept', fields: [], primary: true },
  NOT_ACCEPT: { method: 'notAccept', fields: ['reason'] },
  REQUEST_SUPPLEMENT: { method: 'requestSupplement', fields: ['reason', 'kinds'] },
  SUPPLEMENT_RECEIVED: { method: 'supplementReceived', fields: [], primary: true },
  START_INVESTIGATION: { method: 'startInvestigation', fields: ['reason'] },
  END_INVESTIGATION: { method: 'endInvestigation', fields: ['note'], primary: true },
  DECIDE: { method: 'decide', fields: ['outcome', 'note'], primary: true },
  SIGN_OFF: { method: 'signOff', fields: ['approve', 'note'], primary: true },
  RECORD_FEE_PAYMENT: { method: 'recordFeePayment', fields: ['receiptNo'], primary: true },
  ISSUE: { method: 'issue', fields: [], primary: true },
  RECORD_MAILING: { method: 'recordMailing', fields: ['mailing'], primary: true },
  RECORD_DELIVERY: { method: 'recordDelivery', fields: ['deliveredAt'], primary: true },
  TRANSFER: { method: 'transfer', fields: ['officeId', 'reason'] },
  WITHDRAW: { method: 'withdraw', fields: ['reason'] },
  OPEN_REVIEW: { method: 'openReview', fields: ['reason'] },
  CLOSE_REVIEW: { method: 'closeReview', fields: ['outcome', 'noteRequired'], primary: true },
  // Not buttons of the bar: the papers are uploaded and verified in the document viewer, the
  // identity number revealed by its own button, the registry asked again from the record-check
  // panel; the applicant answers a supplement request through the online hall.
  UPLOAD_DOCUMENT: null,
  SUPPLEMENT_ANSWERED: null,
  VERIFY_DOCUMENTS: null,
  REVEAL_ID: null,
  RUN_RECORD_CHECK: null,
};

/** The buttons of the action bar: the actions the server says are open now, in the table's order. */
export function actionButtons(availableActions: readonly string[]): CaseAction[] {
  return (Object.keys(CASE_ACTIONS) as CaseAction[]).filter(
    (action) => CASE_ACTIONS[action] !== null && availableActions.includes(action),
  );
}

/** How the action bar runs `action`, one of actionButtons'. */
export function buttonSpec(action: CaseAction): ActionSpec {
  const spec = CASE_ACTIONS[action];
  if (!spec) throw new Error(`${action} is not a button of the action bar`);
  return spec;
}

/**
 * The message key of the toast after `action`, saying what happened by the status the case went
 * to (`to`): a decision that waits for a sign-off was sent for sign-off, not decided; a sign-off
 * approved or sent back.
 */
export function stepDoneKey(action: CaseAction, to: string | null | undefined): string {
  if (to === 'PENDING_SIGNOFF') return 'app.case.step_done.SENT_FOR_SIGNOFF';
  if (action === 'SIGN_OFF') return to === 'DECIDED' ? 'app.case.step_done.SIGN_OFF' : 'app.case.step_done.SENT_BACK';
  if (action === 'ISSUE' && to === 'DELIVERED') return 'app.case.step_done.ISSUED_DELIVERED';
  return `app.case.step_done.${action}`;
}
