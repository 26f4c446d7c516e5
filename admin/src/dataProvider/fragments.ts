import { graphql } from '../generated';

// The fields the console reads, one fragment a view. Operations spread them by name; codegen
// checks every field against schema.graphql and types the results.

export const OfficeFields = graphql(`
  fragment OfficeFields on Office {
    id code name kind jurisdiction address phone parent { id name }
  }
`);

export const OfficerFields = graphql(`
  fragment OfficerFields on Officer {
    id username displayName role active openCases office { id name code }
  }
`);

export const RoutingRuleFields = graphql(`
  fragment RoutingRuleFields on RoutingRule {
    id name priority enabled applicantKind subjectCategory entrusted regionBasis regionPrefix minDaysInChina
    targetOfficeKind targetOffice { id name } legalBasis version updatedAt
  }
`);

export const ApplicationRowFields = graphql(`
  fragment ApplicationRowFields on Application {
    id referenceNo status applicantKind purpose delivery submittedAt dueAt slaState workingDaysWaited version recordCheckStatus
    subject { name category idNumberMasked } unit { name } office { id name } assignee { id displayName active }
  }
`);

export const RoutingDecisionFields = graphql(`
  fragment RoutingDecisionFields on RoutingDecision {
    explanation regionBasis regionCode notAcceptedReason notAcceptedField decidingStep
    headline { code params text field }
    office { id name code }
    rule { id name priority }
    trace { matched reason code params field rule { id name priority } }
  }
`);

export const PersonFields = graphql(`
  fragment PersonFields on Person {
    name category idType idNumberMasked nationality birthDate gender domicileRegion residenceRegion daysInChina phoneMasked
  }
`);

// A lookup of the subject in the registry. Reading what it answered is audited by the server (a
// read of criminal data, once per officer and case in ten minutes): the queue asks only the latest
// check's status (one event for its page), the case page the whole check.
export const RecordCheckFields = graphql(`
  fragment RecordCheckFields on RecordCheck {
    id status source requestedAt completedAt requestedBy { displayName } suggestedOutcome error
    matches { kind recordRef offence judgmentDate sentence sealedJuvenile }
  }
`);

// A text message to the applicant about a step of the case; the case page lists them, oldest first.
export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id event channel recipientMasked text status attempts createdAt sentAt lastError nextAttemptAt
  }
`);

// A status callback to the online hall that handed the case over; the case page lists them,
// oldest first. A counter case has none and asking them of it sends no statement; an online
// case's are one statement of their loader (the server does not yet read them with the case, as it
// does the documents, record checks and messages).
export const HallEventFields = graphql(`
  fragment HallEventFields on HallEvent {
    id event status attempts createdAt sentAt lastAttemptAt nextAttemptAt lastError
  }
`);

// A machine client of the online hall API, as the administrators' list and form show it (its
// secret is never read back: it is shown once, in the answer that issues it).
export const HallClientFields = graphql(`
  fragment HallClientFields on HallClient {
    clientId name scopes callbackUrl active createdAt secretIssuedAt previousValidUntil
  }
`);

export const ApplicationFields = graphql(`
  fragment ApplicationFields on Application {
    id referenceNo status channel hallReference applicantKind purpose purposeDetail destinationCountry delivery
    subject { ...PersonFields } agent { ...PersonFields } unit { name creditCode region contactName contactPhoneMasked }
    mailingAddress { recipient phoneMasked region line postalCode }
    office { id name code address phone } assignee { id displayName username } routing { ...RoutingDecisionFields } progressUrl
    documents { id kind fileName contentType byteSize status note uploadedAt verifiedAt verifiedBy { displayName } contentUrl }
    missingDocumentKinds submittedAt acceptedAt dueAt slaState workingDaysElapsed outcome decidedAt
    decidedBy { id displayName } signedOffBy { displayName } returnedBy { displayName }
    issuedDocument { kind number issuedAt verificationCode pdfUrl issuedBy { displayName } }
    mailing { carrier trackingNumber mailedAt deliveredAt mailedBy { displayName } }
    feeAmount feePaid feeReceiptNo statusReason supplementRequest { reason kinds requestedAt answeredAt requestedBy { displayName } }
    recordCheckStatus recordChecks { ...RecordCheckFields } notifications { ...NotificationFields } hallEvents { ...HallEventFields }
    availableActions updatedAt version
  }
`);

export const AuditEventFields = graphql(`
  fragment AuditEventFields on AuditEvent {
    id at action entityType entityId detail actor { displayName username }
  }
`);
