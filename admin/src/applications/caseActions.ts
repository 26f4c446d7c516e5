import type { WorkflowMethod } from '../dataProvider';

// How the action bar offers each action of the state machine: which data-provider method runs it
// and which inputs its dialog asks for (none: it runs at once).

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

export const CASE_ACTIONS: Record<string, ActionSpec> = {
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
};

/** The buttons of the action bar: the actions the server says are open now, in the table's order. */
export function actionButtons(availableActions: string[]): string[] {
  return Object.keys(CASE_ACTIONS).filter((action) => availableActions.includes(action));
}
