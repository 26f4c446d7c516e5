import { graphql } from '../generated';
import type { ApplicationFieldsFragment, TypedDocumentString } from '../generated/graphql';
import { request } from './graphql';

// One data-provider method per workflow mutation: each takes the case's id and the version the
// officer saw, plus the arguments of its step, and returns the case as it now is.

const Claim = graphql(`
  mutation ConsoleClaim($id: ID!, $version: Int!) {
    r: claimApplication(id: $id, version: $version) { ...ApplicationFields }
  }
`);
const ClaimNext = graphql(`
  mutation ConsoleClaimNext {
    r: claimNextApplication { ...ApplicationFields }
  }
`);
const Release = graphql(`
  mutation ConsoleRelease($id: ID!, $version: Int!) {
    r: releaseApplication(id: $id, version: $version) { ...ApplicationFields }
  }
`);
const Assign = graphql(`
  mutation ConsoleAssign($id: ID!, $version: Int!, $officerId: ID!) {
    r: assignApplication(id: $id, version: $version, officerId: $officerId) { ...ApplicationFields }
  }
`);
const Accept = graphql(`
  mutation ConsoleAccept($id: ID!, $version: Int!) {
    r: acceptApplication(id: $id, version: $version) { ...ApplicationFields }
  }
`);
const NotAccept = graphql(`
  mutation ConsoleNotAccept($id: ID!, $version: Int!, $reason: String!) {
    r: notAcceptApplication(id: $id, version: $version, reason: $reason) { ...ApplicationFields }
  }
`);
const RequestSupplement = graphql(`
  mutation ConsoleRequestSupplement($id: ID!, $version: Int!, $reason: String!, $kinds: [DocumentKind!]!) {
    r: requestSupplement(id: $id, version: $version, reason: $reason, kinds: $kinds) { ...ApplicationFields }
  }
`);
const SupplementReceived = graphql(`
  mutation ConsoleSupplementReceived($id: ID!, $version: Int!) {
    r: supplementReceived(id: $id, version: $version) { ...ApplicationFields }
  }
`);
const StartInvestigation = graphql(`
  mutation ConsoleStartInvestigation($id: ID!, $version: Int!, $reason: String!) {
    r: startInvestigation(id: $id, version: $version, reason: $reason) { ...ApplicationFields }
  }
`);
const EndInvestigation = graphql(`
  mutation ConsoleEndInvestigation($id: ID!, $version: Int!, $note: String) {
    r: endInvestigation(id: $id, version: $version, note: $note) { ...ApplicationFields }
  }
`);
const Decide = graphql(`
  mutation ConsoleDecide($id: ID!, $version: Int!, $outcome: Outcome!, $note: String) {
    r: decideApplication(id: $id, version: $version, outcome: $outcome, note: $note) { ...ApplicationFields }
  }
`);
const SignOff = graphql(`
  mutation ConsoleSignOff($id: ID!, $version: Int!, $approve: Boolean!, $note: String) {
    r: signOffDecision(id: $id, version: $version, approve: $approve, note: $note) { ...ApplicationFields }
  }
`);
const RecordFeePayment = graphql(`
  mutation ConsoleRecordFeePayment($id: ID!, $version: Int!, $receiptNo: String!) {
    r: recordFeePayment(id: $id, version: $version, receiptNo: $receiptNo) { ...ApplicationFields }
  }
`);
const Issue = graphql(`
  mutation ConsoleIssue($id: ID!, $version: Int!) {
    r: issueDocument(id: $id, version: $version) { ...ApplicationFields }
  }
`);
const RecordMailing = graphql(`
  mutation ConsoleRecordMailing($id: ID!, $version: Int!, $input: MailingInput!) {
    r: recordMailing(id: $id, version: $version, input: $input) { ...ApplicationFields }
  }
`);
const RecordDelivery = graphql(`
  mutation ConsoleRecordDelivery($id: ID!, $version: Int!, $deliveredAt: DateTime) {
    r: recordDelivery(id: $id, version: $version, deliveredAt: $deliveredAt) { ...ApplicationFields }
  }
`);
const Transfer = graphql(`
  mutation ConsoleTransfer($id: ID!, $version: Int!, $officeId: ID!, $reason: String!) {
    r: transferApplication(id: $id, version: $version, officeId: $officeId, reason: $reason) { ...ApplicationFields }
  }
`);
const Withdraw = graphql(`
  mutation ConsoleWithdraw($id: ID!, $version: Int!, $reason: String!) {
    r: withdrawApplication(id: $id, version: $version, reason: $reason) { ...ApplicationFields }
  }
`);
const OpenReview = graphql(`
  mutation ConsoleOpenReview($id: ID!, $version: Int!, $reason: String!) {
    r: openReview(id: $id, version: $version, reason: $reason) { ...ApplicationFields }
  }
`);
const CloseReview = graphql(`
  mutation ConsoleCloseReview($id: ID!, $version: Int!, $outcome: Outcome!, $note: String!) {
    r: closeReview(id: $id, version: $version, outcome: $outcome, note: $note) { ...ApplicationFields }
  }
`);

const AssignEach = graphql(`
  mutation ConsoleAssignEach($ids: [ID!]!, $officerId: ID!) {
    assignEach(ids: $ids, officerId: $officerId) { id referenceNo assigned reason reasonCode }
  }
`);

type StepArgs<V> = Omit<V, 'id' | 'version'>;

/** Runs a workflow mutation (its result aliased `r`) and returns the case as it now is. */
const caseMutation =
  <R, V extends { id: string | number; version: number }>(document: TypedDocumentString<{ r: R }, V>) =>
  async (
    id: string | number,
    version: number,
    ...[args]: Record<string, never> extends StepArgs<V> ? [StepArgs<V>?] : [StepArgs<V>]
  ) => {
    const run = request as (document: TypedDocumentString<{ r: R }, V>, variables: V) => Promise<{ r: R }>;
    return { data: (await run(document, { ...args, id, version } as V)).r };
  };

export const workflow = {
  claim: caseMutation(Claim),
  release: caseMutation(Release),
  assign: caseMutation(Assign),
  accept: caseMutation(Accept),
  notAccept: caseMutation(NotAccept),
  requestSupplement: caseMutation(RequestSupplement),
  supplementReceived: caseMutation(SupplementReceived),
  startInvestigation: caseMutation(StartInvestigation),
  endInvestigation: caseMutation(EndInvestigation),
  decide: caseMutation(Decide),
  signOff: caseMutation(SignOff),
  recordFeePayment: caseMutation(RecordFeePayment),
  issue: caseMutation(Issue),
  recordMailing: caseMutation(RecordMailing),
  recordDelivery: caseMutation(RecordDelivery),
  transfer: caseMutation(Transfer),
  withdraw: caseMutation(Withdraw),
  openReview: caseMutation(OpenReview),
  closeReview: caseMutation(CloseReview),
};
/** A step as the action bar runs it: by name, with the arguments its dialog collected. */
type CaseStep = (
  id: string | number,
  version: number,
  args?: Record<string, unknown>,
) => Promise<{ data: ApplicationFieldsFragment }>;

/**
 * Runs the step `method` on the case with the arguments its dialog collected (actionVariables):
 * which arguments a step takes is the dialog's table (caseActions.ts), and the server checks them
 * against the step's mutation, as it checks every input.
 */
export const runCaseAction = (
  method: WorkflowMethod,
  id: string | number,
  version: number,
  args: Record<string, unknown>,
): Promise<{ data: ApplicationFieldsFragment }> => {
  const step: CaseStep = workflow[method] as CaseStep;
  return step(id, version, args);
};

/** "领取下一件": claims the free case of the officer's scope with the nearest deadline; null when none is left. */
export const claimNext = async () => (await request(ClaimNext, {})).r;

/** Supervisors: gives each of the cases to one officer on its own; the answer says per case whether it was assigned and why not. */
export const assignEach = async (ids: string[], officerId: string) =>
  (await request(AssignEach, { ids, officerId })).assignEach;

export type WorkflowMethod = keyof typeof workflow;
