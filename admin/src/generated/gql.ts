/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleMe {\n    me { id username displayName role office { id name } }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  query ConsoleApplications($filter: ApplicationFilter, $sort: ApplicationSort, $page: Int, $perPage: Int) {\n    applications(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ...ApplicationRowFields } }\n  }\n": typeof types.ConsoleApplicationsDocument,
    "\n  query ConsoleApplication($id: ID!) {\n    application(id: $id) { ...ApplicationFields }\n  }\n": typeof types.ConsoleApplicationDocument,
    "\n  mutation ConsoleSubmitApplication($input: ApplicationInput!) {\n    submitApplication(input: $input) { ...ApplicationFields }\n  }\n": typeof types.ConsoleSubmitApplicationDocument,
    "\n  query ConsoleCalendarDayImpact($date: Date!, $workday: Boolean) {\n    calendarDayImpact(date: $date, workday: $workday)\n  }\n": typeof types.ConsoleCalendarDayImpactDocument,
    "\n  mutation ConsoleVerifyDocument($id: ID!, $status: DocumentStatus!, $note: String) {\n    verifyDocument(id: $id, status: $status, note: $note) { id status note }\n  }\n": typeof types.ConsoleVerifyDocumentDocument,
    "\n  mutation ConsoleAssignApplications($ids: [ID!]!, $officerId: ID!) {\n    assignApplications(ids: $ids, officerId: $officerId) { id }\n  }\n": typeof types.ConsoleAssignApplicationsDocument,
    "\n  mutation ConsoleRevealIdNumber($applicationId: ID!, $person: PersonRole!, $reason: String!) {\n    revealIdNumber(applicationId: $applicationId, person: $person, reason: $reason)\n  }\n": typeof types.ConsoleRevealIdNumberDocument,
    "\n  query ConsoleQueueCounts($officeIds: [ID!]) {\n    queueCounts(officeIds: $officeIds) { byStatus { status count } unassigned mine overdue dueSoon dueToday recordMatches failedNotifications }\n  }\n": typeof types.ConsoleQueueCountsDocument,
    "\n  mutation ConsoleRunRecordCheck($id: ID!) {\n    runRecordCheck(id: $id) { ...RecordCheckFields }\n  }\n": typeof types.ConsoleRunRecordCheckDocument,
    "\n  mutation ConsoleResendNotification($id: ID!) {\n    resendNotification(id: $id) { ...NotificationFields }\n  }\n": typeof types.ConsoleResendNotificationDocument,
    "\n  mutation ConsoleResendHallEvent($id: ID!) {\n    resendHallEvent(id: $id) { ...HallEventFields }\n  }\n": typeof types.ConsoleResendHallEventDocument,
    "\n  query ConsoleOtherApplications($id: ID!) {\n    application(id: $id) { id otherApplications { id referenceNo status submittedAt office { name } } }\n  }\n": typeof types.ConsoleOtherApplicationsDocument,
    "\n  mutation ConsoleNoteCaseOpen($id: ID!, $leaving: Boolean) {\n    noteCaseOpen(id: $id, leaving: $leaving) { id displayName }\n  }\n": typeof types.ConsoleNoteCaseOpenDocument,
    "\n  query ConsoleAuditTrail($entityType: String!, $entityId: String!) {\n    auditTrail(entityType: $entityType, entityId: $entityId, perPage: 200) { items { ...AuditEventFields } total }\n  }\n": typeof types.ConsoleAuditTrailDocument,
    "\n  fragment OfficeFields on Office {\n    id code name kind jurisdiction address phone parent { id name }\n  }\n": typeof types.OfficeFieldsFragmentDoc,
    "\n  fragment OfficerFields on Officer {\n    id username displayName role active openCases office { id name code }\n  }\n": typeof types.OfficerFieldsFragmentDoc,
    "\n  fragment RoutingRuleFields on RoutingRule {\n    id name priority enabled applicantKind subjectCategory entrusted regionBasis regionPrefix minDaysInChina\n    targetOfficeKind targetOffice { id name } legalBasis version updatedAt\n  }\n": typeof types.RoutingRuleFieldsFragmentDoc,
    "\n  fragment ApplicationRowFields on Application {\n    id referenceNo status applicantKind purpose delivery submittedAt dueAt slaState workingDaysWaited version recordCheckStatus\n    subject { name category idNumberMasked } unit { name } office { id name } assignee { id displayName active }\n  }\n": typeof types.ApplicationRowFieldsFragmentDoc,
    "\n  fragment RoutingDecisionFields on RoutingDecision {\n    explanation regionBasis regionCode notAcceptedReason notAcceptedField decidingStep\n    headline { code params text field }\n    office { id name code }\n    rule { id name priority }\n    trace { matched reason code params field rule { id name priority } }\n  }\n": typeof types.RoutingDecisionFieldsFragmentDoc,
    "\n  fragment PersonFields on Person {\n    name category idType idNumberMasked nationality birthDate gender domicileRegion residenceRegion daysInChina phoneMasked\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment RecordCheckFields on RecordCheck {\n    id status source requestedAt completedAt requestedBy { displayName } suggestedOutcome error\n    matches { kind recordRef offence judgmentDate sentence sealedJuvenile }\n  }\n": typeof types.RecordCheckFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification {\n    id event channel recipientMasked text status attempts createdAt sentAt lastError nextAttemptAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  fragment HallEventFields on HallEvent {\n    id event status attempts createdAt sentAt lastAttemptAt nextAttemptAt lastError\n  }\n": typeof types.HallEventFieldsFragmentDoc,
    "\n  fragment HallClientFields on HallClient {\n    clientId name scopes callbackUrl active createdAt secretIssuedAt previousValidUntil\n  }\n": typeof types.HallClientFieldsFragmentDoc,
    "\n  fragment ApplicationFields on Application {\n    id referenceNo status channel hallReference applicantKind purpose purposeDetail destinationCountry delivery\n    subject { ...PersonFields } agent { ...PersonFields } unit { name creditCode region contactName contactPhoneMasked }\n    mailingAddress { recipient phoneMasked region line postalCode }\n    office { id name code address phone } assignee { id displayName username } routing { ...RoutingDecisionFields } progressUrl\n    documents { id kind fileName contentType byteSize status note uploadedAt verifiedAt verifiedBy { displayName } contentUrl }\n    missingDocumentKinds submittedAt acceptedAt dueAt slaState workingDaysElapsed outcome decidedAt\n    decidedBy { id displayName } signedOffBy { displayName } returnedBy { displayName }\n    issuedDocument { kind number issuedAt verificationCode pdfUrl issuedBy { displayName } }\n    mailing { carrier trackingNumber mailedAt deliveredAt mailedBy { displayName } }\n    feeAmount feePaid feeReceiptNo statusReason supplementRequest { reason kinds requestedAt answeredAt requestedBy { displayName } }\n    recordCheckStatus recordChecks { ...RecordCheckFields } notifications { ...NotificationFields } hallEvents { ...HallEventFields }\n    availableActions updatedAt version\n  }\n": typeof types.ApplicationFieldsFragmentDoc,
    "\n  fragment AuditEventFields on AuditEvent {\n    id at action entityType entityId detail actor { displayName username }\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query ConsoleHallClients {\n    hallClients { ...HallClientFields }\n  }\n": typeof types.ConsoleHallClientsDocument,
    "\n  mutation ConsoleCreateHallClient($input: HallClientInput!) {\n    createHallClient(input: $input) { client { ...HallClientFields } clientSecret }\n  }\n": typeof types.ConsoleCreateHallClientDocument,
    "\n  mutation ConsoleUpdateHallClient($clientId: String!, $input: HallClientInput!) {\n    updateHallClient(clientId: $clientId, input: $input) { ...HallClientFields }\n  }\n": typeof types.ConsoleUpdateHallClientDocument,
    "\n  mutation ConsoleRotateHallClientSecret($clientId: String!, $graceMinutes: Int!) {\n    rotateHallClientSecret(clientId: $clientId, graceMinutes: $graceMinutes) { client { ...HallClientFields } clientSecret }\n  }\n": typeof types.ConsoleRotateHallClientSecretDocument,
    "\n  query ConsoleOfficers($page: Int, $perPage: Int, $officeIds: [ID!], $role: Role, $q: String) {\n    officers(page: $page, perPage: $perPage, officeIds: $officeIds, role: $role, q: $q) { total items { ...OfficerFields } }\n  }\n": typeof types.ConsoleOfficersDocument,
    "\n  query ConsoleOfficer($id: ID!) {\n    officer(id: $id) { ...OfficerFields }\n  }\n": typeof types.ConsoleOfficerDocument,
    "\n  mutation ConsoleCreateOfficer($input: OfficerInput!) {\n    createOfficer(input: $input) { ...OfficerFields }\n  }\n": typeof types.ConsoleCreateOfficerDocument,
    "\n  mutation ConsoleUpdateOfficer($id: ID!, $input: OfficerUpdateInput!) {\n    updateOfficer(id: $id, input: $input) { ...OfficerFields }\n  }\n": typeof types.ConsoleUpdateOfficerDocument,
    "\n  mutation ConsoleResetOfficerPassword($id: ID!, $password: String!) {\n    updateOfficer(id: $id, input: { password: $password }) { id }\n  }\n": typeof types.ConsoleResetOfficerPasswordDocument,
    "\n  query ConsoleOffices($page: Int, $perPage: Int, $q: String, $kind: OfficeKind) {\n    offices(page: $page, perPage: $perPage, q: $q, kind: $kind) { total items { ...OfficeFields } }\n  }\n": typeof types.ConsoleOfficesDocument,
    "\n  query ConsoleOffice($id: ID!) {\n    office(id: $id) { ...OfficeFields }\n  }\n": typeof types.ConsoleOfficeDocument,
    "\n  mutation ConsoleCreateOffice($input: OfficeInput!) {\n    createOffice(input: $input) { ...OfficeFields }\n  }\n": typeof types.ConsoleCreateOfficeDocument,
    "\n  mutation ConsoleUpdateOffice($id: ID!, $input: OfficeInput!) {\n    updateOffice(id: $id, input: $input) { ...OfficeFields }\n  }\n": typeof types.ConsoleUpdateOfficeDocument,
    "\n  query ConsoleReasonTemplates($kind: ReasonKind, $withRetired: Boolean) {\n    reasonTemplates(kind: $kind, withRetired: $withRetired) { id kind text active position }\n  }\n": typeof types.ConsoleReasonTemplatesDocument,
    "\n  mutation ConsoleCreateReasonTemplate($input: ReasonTemplateInput!) {\n    createReasonTemplate(input: $input) { id kind text active position }\n  }\n": typeof types.ConsoleCreateReasonTemplateDocument,
    "\n  mutation ConsoleUpdateReasonTemplate($id: ID!, $input: ReasonTemplateInput!) {\n    updateReasonTemplate(id: $id, input: $input) { id kind text active position }\n  }\n": typeof types.ConsoleUpdateReasonTemplateDocument,
    "\n  query ConsoleRegions($parent: String) {\n    regions(parent: $parent) {\n      code\n      name\n      fullName\n    }\n  }\n": typeof types.ConsoleRegionsDocument,
    "\n  query ConsoleRegion($code: String!) {\n    region(code: $code) {\n      code\n      name\n      fullName\n    }\n  }\n": typeof types.ConsoleRegionDocument,
    "\n  query ConsoleWorkloadReport($input: WorkloadReportInput!) {\n    workloadReport(input: $input) {\n      from to groupBy\n      rows { key label parentKey level office received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }\n      totals { key label received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }\n    }\n  }\n": typeof types.ConsoleWorkloadReportDocument,
    "\n  query ConsoleTimeInStatus($input: TimeInStatusInput!) {\n    timeInStatus(input: $input) { officeId office status count averageWorkingDays p90WorkingDays }\n  }\n": typeof types.ConsoleTimeInStatusDocument,
    "\n  query ConsoleCalendar($from: Date!, $to: Date!) {\n    calendar(from: $from, to: $to) { date workday note }\n  }\n": typeof types.ConsoleCalendarDocument,
    "\n  mutation ConsoleSetCalendarDay($date: Date!, $workday: Boolean!, $note: String) {\n    setCalendarDay(date: $date, workday: $workday, note: $note) { date workday note }\n  }\n": typeof types.ConsoleSetCalendarDayDocument,
    "\n  query ConsoleRoutingRules {\n    routingRules { ...RoutingRuleFields }\n  }\n": typeof types.ConsoleRoutingRulesDocument,
    "\n  query ConsoleRoutingRule($id: ID!) {\n    routingRule(id: $id) { ...RoutingRuleFields }\n  }\n": typeof types.ConsoleRoutingRuleDocument,
    "\n  mutation ConsoleCreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) { ...RoutingRuleFields }\n  }\n": typeof types.ConsoleCreateRoutingRuleDocument,
    "\n  mutation ConsoleUpdateRoutingRule($id: ID!, $version: Int!, $input: RoutingRuleInput!) {\n    updateRoutingRule(id: $id, version: $version, input: $input) { ...RoutingRuleFields }\n  }\n": typeof types.ConsoleUpdateRoutingRuleDocument,
    "\n  mutation ConsoleDeleteRoutingRule($id: ID!, $version: Int!) {\n    deleteRoutingRule(id: $id, version: $version)\n  }\n": typeof types.ConsoleDeleteRoutingRuleDocument,
    "\n  mutation ConsoleClaim($id: ID!, $version: Int!) {\n    r: claimApplication(id: $id, version: $version) { ...ApplicationFields }\n  }\n": typeof types.ConsoleClaimDocument,
    "\n  mutation ConsoleClaimNext {\n    r: claimNextApplication { ...ApplicationFields }\n  }\n": typeof types.ConsoleClaimNextDocument,
    "\n  mutation ConsoleRelease($id: ID!, $version: Int!) {\n    r: releaseApplication(id: $id, version: $version) { ...ApplicationFields }\n  }\n": typeof types.ConsoleReleaseDocument,
    "\n  mutation ConsoleAssign($id: ID!, $version: Int!, $officerId: ID!) {\n    r: assignApplication(id: $id, version: $version, officerId: $officerId) { ...ApplicationFields }\n  }\n": typeof types.ConsoleAssignDocument,
    "\n  mutation ConsoleAccept($id: ID!, $version: Int!) {\n    r: acceptApplication(id: $id, version: $version) { ...ApplicationFields }\n  }\n": typeof types.ConsoleAcceptDocument,
    "\n  mutation ConsoleNotAccept($id: ID!, $version: Int!, $reason: String!) {\n    r: notAcceptApplication(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n": typeof types.ConsoleNotAcceptDocument,
    "\n  mutation ConsoleRequestSupplement($id: ID!, $version: Int!, $reason: String!, $kinds: [DocumentKind!]!) {\n    r: requestSupplement(id: $id, version: $version, reason: $reason, kinds: $kinds) { ...ApplicationFields }\n  }\n": typeof types.ConsoleRequestSupplementDocument,
    "\n  mutation ConsoleSupplementReceived($id: ID!, $version: Int!) {\n    r: supplementReceived(id: $id, version: $version) { ...ApplicationFields }\n  }\n": typeof types.ConsoleSupplementReceivedDocument,
    "\n  mutation ConsoleStartInvestigation($id: ID!, $version: Int!, $reason: String!) {\n    r: startInvestigation(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n": typeof types.ConsoleStartInvestigationDocument,
    "\n  mutation ConsoleEndInvestigation($id: ID!, $version: Int!, $note: String) {\n    r: endInvestigation(id: $id, version: $version, note: $note) { ...ApplicationFields }\n  }\n": typeof types.ConsoleEndInvestigationDocument,
    "\n  mutation ConsoleDecide($id: ID!, $version: Int!, $outcome: Outcome!, $note: String) {\n    r: decideApplication(id: $id, version: $version, outcome: $outcome, note: $note) { ...ApplicationFields }\n  }\n": typeof types.ConsoleDecideDocument,
    "\n  mutation ConsoleSignOff($id: ID!, $version: Int!, $approve: Boolean!, $note: String) {\n    r: signOffDecision(id: $id, version: $version, approve: $approve, note: $note) { ...ApplicationFields }\n  }\n": typeof types.ConsoleSignOffDocument,
    "\n  mutation ConsoleRecordFeePayment($id: ID!, $version: Int!, $receiptNo: String!) {\n    r: recordFeePayment(id: $id, version: $version, receiptNo: $receiptNo) { ...ApplicationFields }\n  }\n": typeof types.ConsoleRecordFeePaymentDocument,
    "\n  mutation ConsoleIssue($id: ID!, $version: Int!) {\n    r: issueDocument(id: $id, version: $version) { ...ApplicationFields }\n  }\n": typeof types.ConsoleIssueDocument,
    "\n  mutation ConsoleRecordMailing($id: ID!, $version: Int!, $input: MailingInput!) {\n    r: recordMailing(id: $id, version: $version, input: $input) { ...ApplicationFields }\n  }\n": typeof types.ConsoleRecordMailingDocument,
    "\n  mutation ConsoleRecordDelivery($id: ID!, $version: Int!, $deliveredAt: DateTime) {\n    r: recordDelivery(id: $id, version: $version, deliveredAt: $deliveredAt) { ...ApplicationFields }\n  }\n": typeof types.ConsoleRecordDeliveryDocument,
    "\n  mutation ConsoleTransfer($id: ID!, $version: Int!, $officeId: ID!, $reason: String!) {\n    r: transferApplication(id: $id, version: $version, officeId: $officeId, reason: $reason) { ...ApplicationFields }\n  }\n": typeof types.ConsoleTransferDocument,
    "\n  mutation ConsoleWithdraw($id: ID!, $version: Int!, $reason: String!) {\n    r: withdrawApplication(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n": typeof types.ConsoleWithdrawDocument,
    "\n  mutation ConsoleOpenReview($id: ID!, $version: Int!, $reason: String!) {\n    r: openReview(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n": typeof types.ConsoleOpenReviewDocument,
    "\n  mutation ConsoleCloseReview($id: ID!, $version: Int!, $outcome: Outcome!, $note: String!) {\n    r: closeReview(id: $id, version: $version, outcome: $outcome, note: $note) { ...ApplicationFields }\n  }\n": typeof types.ConsoleCloseReviewDocument,
    "\n  mutation ConsoleAssignEach($ids: [ID!]!, $officerId: ID!) {\n    assignEach(ids: $ids, officerId: $officerId) { id referenceNo assigned reason reasonCode }\n  }\n": typeof types.ConsoleAssignEachDocument,
    "\n  query ConsoleExplainRoutingCoded($input: ApplicationInput!) {\n    explainRouting(input: $input) { ...RoutingDecisionFields }\n  }\n": typeof types.ConsoleExplainRoutingCodedDocument,
};
const documents: Documents = {
    "\n  query ConsoleMe {\n    me { id username displayName role office { id name } }\n  }\n": types.ConsoleMeDocument,
    "\n  query ConsoleApplications($filter: ApplicationFilter, $sort: ApplicationSort, $page: Int, $perPage: Int) {\n    applications(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ...ApplicationRowFields } }\n  }\n": types.ConsoleApplicationsDocument,
    "\n  query ConsoleApplication($id: ID!) {\n    application(id: $id) { ...ApplicationFields }\n  }\n": types.ConsoleApplicationDocument,
    "\n  mutation ConsoleSubmitApplication($input: ApplicationInput!) {\n    submitApplication(input: $input) { ...ApplicationFields }\n  }\n": types.ConsoleSubmitApplicationDocument,
    "\n  query ConsoleCalendarDayImpact($date: Date!, $workday: Boolean) {\n    calendarDayImpact(date: $date, workday: $workday)\n  }\n": types.ConsoleCalendarDayImpactDocument,
    "\n  mutation ConsoleVerifyDocument($id: ID!, $status: DocumentStatus!, $note: String) {\n    verifyDocument(id: $id, status: $status, note: $note) { id status note }\n  }\n": types.ConsoleVerifyDocumentDocument,
    "\n  mutation ConsoleAssignApplications($ids: [ID!]!, $officerId: ID!) {\n    assignApplications(ids: $ids, officerId: $officerId) { id }\n  }\n": types.ConsoleAssignApplicationsDocument,
    "\n  mutation ConsoleRevealIdNumber($applicationId: ID!, $person: PersonRole!, $reason: String!) {\n    revealIdNumber(applicationId: $applicationId, person: $person, reason: $reason)\n  }\n": types.ConsoleRevealIdNumberDocument,
    "\n  query ConsoleQueueCounts($officeIds: [ID!]) {\n    queueCounts(officeIds: $officeIds) { byStatus { status count } unassigned mine overdue dueSoon dueToday recordMatches failedNotifications }\n  }\n": types.ConsoleQueueCountsDocument,
    "\n  mutation ConsoleRunRecordCheck($id: ID!) {\n    runRecordCheck(id: $id) { ...RecordCheckFields }\n  }\n": types.ConsoleRunRecordCheckDocument,
    "\n  mutation ConsoleResendNotification($id: ID!) {\n    resendNotification(id: $id) { ...NotificationFields }\n  }\n": types.ConsoleResendNotificationDocument,
    "\n  mutation ConsoleResendHallEvent($id: ID!) {\n    resendHallEvent(id: $id) { ...HallEventFields }\n  }\n": types.ConsoleResendHallEventDocument,
    "\n  query ConsoleOtherApplications($id: ID!) {\n    application(id: $id) { id otherApplications { id referenceNo status submittedAt office { name } } }\n  }\n": types.ConsoleOtherApplicationsDocument,
    "\n  mutation ConsoleNoteCaseOpen($id: ID!, $leaving: Boolean) {\n    noteCaseOpen(id: $id, leaving: $leaving) { id displayName }\n  }\n": types.ConsoleNoteCaseOpenDocument,
    "\n  query ConsoleAuditTrail($entityType: String!, $entityId: String!) {\n    auditTrail(entityType: $entityType, entityId: $entityId, perPage: 200) { items { ...AuditEventFields } total }\n  }\n": types.ConsoleAuditTrailDocument,
    "\n  fragment OfficeFields on Office {\n    id code name kind jurisdiction address phone parent { id name }\n  }\n": types.OfficeFieldsFragmentDoc,
    "\n  fragment OfficerFields on Officer {\n    id username displayName role active openCases office { id name code }\n  }\n": types.OfficerFieldsFragmentDoc,
    "\n  fragment RoutingRuleFields on RoutingRule {\n    id name priority enabled applicantKind subjectCategory entrusted regionBasis regionPrefix minDaysInChina\n    targetOfficeKind targetOffice { id name } legalBasis version updatedAt\n  }\n": types.RoutingRuleFieldsFragmentDoc,
    "\n  fragment ApplicationRowFields on Application {\n    id referenceNo status applicantKind purpose delivery submittedAt dueAt slaState workingDaysWaited version recordCheckStatus\n    subject { name category idNumberMasked } unit { name } office { id name } assignee { id displayName active }\n  }\n": types.ApplicationRowFieldsFragmentDoc,
    "\n  fragment RoutingDecisionFields on RoutingDecision {\n    explanation regionBasis regionCode notAcceptedReason notAcceptedField decidingStep\n    headline { code params text field }\n    office { id name code }\n    rule { id name priority }\n    trace { matched reason code params field rule { id name priority } }\n  }\n": types.RoutingDecisionFieldsFragmentDoc,
    "\n  fragment PersonFields on Person {\n    name category idType idNumberMasked nationality birthDate gender domicileRegion residenceRegion daysInChina phoneMasked\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment RecordCheckFields on RecordCheck {\n    id status source requestedAt completedAt requestedBy { displayName } suggestedOutcome error\n    matches { kind recordRef offence judgmentDate sentence sealedJuvenile }\n  }\n": types.RecordCheckFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification {\n    id event channel recipientMasked text status attempts createdAt sentAt lastError nextAttemptAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  fragment HallEventFields on HallEvent {\n    id event status attempts createdAt sentAt lastAttemptAt nextAttemptAt lastError\n  }\n": types.HallEventFieldsFragmentDoc,
    "\n  fragment HallClientFields on HallClient {\n    clientId name scopes callbackUrl active createdAt secretIssuedAt previousValidUntil\n  }\n": types.HallClientFieldsFragmentDoc,
    "\n  fragment ApplicationFields on Application {\n    id referenceNo status channel hallReference applicantKind purpose purposeDetail destinationCountry delivery\n    subject { ...PersonFields } agent { ...PersonFields } unit { name creditCode region contactName contactPhoneMasked }\n    mailingAddress { recipient phoneMasked region line postalCode }\n    office { id name code address phone } assignee { id displayName username } routing { ...RoutingDecisionFields } progressUrl\n    documents { id kind fileName contentType byteSize status note uploadedAt verifiedAt verifiedBy { displayName } contentUrl }\n    missingDocumentKinds submittedAt acceptedAt dueAt slaState workingDaysElapsed outcome decidedAt\n    decidedBy { id displayName } signedOffBy { displayName } returnedBy { displayName }\n    issuedDocument { kind number issuedAt verificationCode pdfUrl issuedBy { displayName } }\n    mailing { carrier trackingNumber mailedAt deliveredAt mailedBy { displayName } }\n    feeAmount feePaid feeReceiptNo statusReason supplementRequest { reason kinds requestedAt answeredAt requestedBy { displayName } }\n    recordCheckStatus recordChecks { ...RecordCheckFields } notifications { ...NotificationFields } hallEvents { ...HallEventFields }\n    availableActions updatedAt version\n  }\n": types.ApplicationFieldsFragmentDoc,
    "\n  fragment AuditEventFields on AuditEvent {\n    id at action entityType entityId detail actor { displayName username }\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query ConsoleHallClients {\n    hallClients { ...HallClientFields }\n  }\n": types.ConsoleHallClientsDocument,
    "\n  mutation ConsoleCreateHallClient($input: HallClientInput!) {\n    createHallClient(input: $input) { client { ...HallClientFields } clientSecret }\n  }\n": types.ConsoleCreateHallClientDocument,
    "\n  mutation ConsoleUpdateHallClient($clientId: String!, $input: HallClientInput!) {\n    updateHallClient(clientId: $clientId, input: $input) { ...HallClientFields }\n  }\n": types.ConsoleUpdateHallClientDocument,
    "\n  mutation ConsoleRotateHallClientSecret($clientId: String!, $graceMinutes: Int!) {\n    rotateHallClientSecret(clientId: $clientId, graceMinutes: $graceMinutes) { client { ...HallClientFields } clientSecret }\n  }\n": types.ConsoleRotateHallClientSecretDocument,
    "\n  query ConsoleOfficers($page: Int, $perPage: Int, $officeIds: [ID!], $role: Role, $q: String) {\n    officers(page: $page, perPage: $perPage, officeIds: $officeIds, role: $role, q: $q) { total items { ...OfficerFields } }\n  }\n": types.ConsoleOfficersDocument,
    "\n  query ConsoleOfficer($id: ID!) {\n    officer(id: $id) { ...OfficerFields }\n  }\n": types.ConsoleOfficerDocument,
    "\n  mutation ConsoleCreateOfficer($input: OfficerInput!) {\n    createOfficer(input: $input) { ...OfficerFields }\n  }\n": types.ConsoleCreateOfficerDocument,
    "\n  mutation ConsoleUpdateOfficer($id: ID!, $input: OfficerUpdateInput!) {\n    updateOfficer(id: $id, input: $input) { ...OfficerFields }\n  }\n": types.ConsoleUpdateOfficerDocument,
    "\n  mutation ConsoleResetOfficerPassword($id: ID!, $password: String!) {\n    updateOfficer(id: $id, input: { password: $password }) { id }\n  }\n": types.ConsoleResetOfficerPasswordDocument,
    "\n  query ConsoleOffices($page: Int, $perPage: Int, $q: String, $kind: OfficeKind) {\n    offices(page: $page, perPage: $perPage, q: $q, kind: $kind) { total items { ...OfficeFields } }\n  }\n": types.ConsoleOfficesDocument,
    "\n  query ConsoleOffice($id: ID!) {\n    office(id: $id) { ...OfficeFields }\n  }\n": types.ConsoleOfficeDocument,
    "\n  mutation ConsoleCreateOffice($input: OfficeInput!) {\n    createOffice(input: $input) { ...OfficeFields }\n  }\n": types.ConsoleCreateOfficeDocument,
    "\n  mutation ConsoleUpdateOffice($id: ID!, $input: OfficeInput!) {\n    updateOffice(id: $id, input: $input) { ...OfficeFields }\n  }\n": types.ConsoleUpdateOfficeDocument,
    "\n  query ConsoleReasonTemplates($kind: ReasonKind, $withRetired: Boolean) {\n    reasonTemplates(kind: $kind, withRetired: $withRetired) { id kind text active position }\n  }\n": types.ConsoleReasonTemplatesDocument,
    "\n  mutation ConsoleCreateReasonTemplate($input: ReasonTemplateInput!) {\n    createReasonTemplate(input: $input) { id kind text active position }\n  }\n": types.ConsoleCreateReasonTemplateDocument,
    "\n  mutation ConsoleUpdateReasonTemplate($id: ID!, $input: ReasonTemplateInput!) {\n    updateReasonTemplate(id: $id, input: $input) { id kind text active position }\n  }\n": types.ConsoleUpdateReasonTemplateDocument,
    "\n  query ConsoleRegions($parent: String) {\n    regions(parent: $parent) {\n      code\n      name\n      fullName\n    }\n  }\n": types.ConsoleRegionsDocument,
    "\n  query ConsoleRegion($code: String!) {\n    region(code: $code) {\n      code\n      name\n      fullName\n    }\n  }\n": types.ConsoleRegionDocument,
    "\n  query ConsoleWorkloadReport($input: WorkloadReportInput!) {\n    workloadReport(input: $input) {\n      from to groupBy\n      rows { key label parentKey level office received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }\n      totals { key label received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }\n    }\n  }\n": types.ConsoleWorkloadReportDocument,
    "\n  query ConsoleTimeInStatus($input: TimeInStatusInput!) {\n    timeInStatus(input: $input) { officeId office status count averageWorkingDays p90WorkingDays }\n  }\n": types.ConsoleTimeInStatusDocument,
    "\n  query ConsoleCalendar($from: Date!, $to: Date!) {\n    calendar(from: $from, to: $to) { date workday note }\n  }\n": types.ConsoleCalendarDocument,
    "\n  mutation ConsoleSetCalendarDay($date: Date!, $workday: Boolean!, $note: String) {\n    setCalendarDay(date: $date, workday: $workday, note: $note) { date workday note }\n  }\n": types.ConsoleSetCalendarDayDocument,
    "\n  query ConsoleRoutingRules {\n    routingRules { ...RoutingRuleFields }\n  }\n": types.ConsoleRoutingRulesDocument,
    "\n  query ConsoleRoutingRule($id: ID!) {\n    routingRule(id: $id) { ...RoutingRuleFields }\n  }\n": types.ConsoleRoutingRuleDocument,
    "\n  mutation ConsoleCreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) { ...RoutingRuleFields }\n  }\n": types.ConsoleCreateRoutingRuleDocument,
    "\n  mutation ConsoleUpdateRoutingRule($id: ID!, $version: Int!, $input: RoutingRuleInput!) {\n    updateRoutingRule(id: $id, version: $version, input: $input) { ...RoutingRuleFields }\n  }\n": types.ConsoleUpdateRoutingRuleDocument,
    "\n  mutation ConsoleDeleteRoutingRule($id: ID!, $version: Int!) {\n    deleteRoutingRule(id: $id, version: $version)\n  }\n": types.ConsoleDeleteRoutingRuleDocument,
    "\n  mutation ConsoleClaim($id: ID!, $version: Int!) {\n    r: claimApplication(id: $id, version: $version) { ...ApplicationFields }\n  }\n": types.ConsoleClaimDocument,
    "\n  mutation ConsoleClaimNext {\n    r: claimNextApplication { ...ApplicationFields }\n  }\n": types.ConsoleClaimNextDocument,
    "\n  mutation ConsoleRelease($id: ID!, $version: Int!) {\n    r: releaseApplication(id: $id, version: $version) { ...ApplicationFields }\n  }\n": types.ConsoleReleaseDocument,
    "\n  mutation ConsoleAssign($id: ID!, $version: Int!, $officerId: ID!) {\n    r: assignApplication(id: $id, version: $version, officerId: $officerId) { ...ApplicationFields }\n  }\n": types.ConsoleAssignDocument,
    "\n  mutation ConsoleAccept($id: ID!, $version: Int!) {\n    r: acceptApplication(id: $id, version: $version) { ...ApplicationFields }\n  }\n": types.ConsoleAcceptDocument,
    "\n  mutation ConsoleNotAccept($id: ID!, $version: Int!, $reason: String!) {\n    r: notAcceptApplication(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n": types.ConsoleNotAcceptDocument,
    "\n  mutation ConsoleRequestSupplement($id: ID!, $version: Int!, $reason: String!, $kinds: [DocumentKind!]!) {\n    r: requestSupplement(id: $id, version: $version, reason: $reason, kinds: $kinds) { ...ApplicationFields }\n  }\n": types.ConsoleRequestSupplementDocument,
    "\n  mutation ConsoleSupplementReceived($id: ID!, $version: Int!) {\n    r: supplementReceived(id: $id, version: $version) { ...ApplicationFields }\n  }\n": types.ConsoleSupplementReceivedDocument,
    "\n  mutation ConsoleStartInvestigation($id: ID!, $version: Int!, $reason: String!) {\n    r: startInvestigation(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n": types.ConsoleStartInvestigationDocument,
    "\n  mutation ConsoleEndInvestigation($id: ID!, $version: Int!, $note: String) {\n    r: endInvestigation(id: $id, version: $version, note: $note) { ...ApplicationFields }\n  }\n": types.ConsoleEndInvestigationDocument,
    "\n  mutation ConsoleDecide($id: ID!, $version: Int!, $outcome: Outcome!, $note: String) {\n    r: decideApplication(id: $id, version: $version, outcome: $outcome, note: $note) { ...ApplicationFields }\n  }\n": types.ConsoleDecideDocument,
    "\n  mutation ConsoleSignOff($id: ID!, $version: Int!, $approve: Boolean!, $note: String) {\n    r: signOffDecision(id: $id, version: $version, approve: $approve, note: $note) { ...ApplicationFields }\n  }\n": types.ConsoleSignOffDocument,
    "\n  mutation ConsoleRecordFeePayment($id: ID!, $version: Int!, $receiptNo: String!) {\n    r: recordFeePayment(id: $id, version: $version, receiptNo: $receiptNo) { ...ApplicationFields }\n  }\n": types.ConsoleRecordFeePaymentDocument,
    "\n  mutation ConsoleIssue($id: ID!, $version: Int!) {\n    r: issueDocument(id: $id, version: $version) { ...ApplicationFields }\n  }\n": types.ConsoleIssueDocument,
    "\n  mutation ConsoleRecordMailing($id: ID!, $version: Int!, $input: MailingInput!) {\n    r: recordMailing(id: $id, version: $version, input: $input) { ...ApplicationFields }\n  }\n": types.ConsoleRecordMailingDocument,
    "\n  mutation ConsoleRecordDelivery($id: ID!, $version: Int!, $deliveredAt: DateTime) {\n    r: recordDelivery(id: $id, version: $version, deliveredAt: $deliveredAt) { ...ApplicationFields }\n  }\n": types.ConsoleRecordDeliveryDocument,
    "\n  mutation ConsoleTransfer($id: ID!, $version: Int!, $officeId: ID!, $reason: String!) {\n    r: transferApplication(id: $id, version: $version, officeId: $officeId, reason: $reason) { ...ApplicationFields }\n  }\n": types.ConsoleTransferDocument,
    "\n  mutation ConsoleWithdraw($id: ID!, $version: Int!, $reason: String!) {\n    r: withdrawApplication(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n": types.ConsoleWithdrawDocument,
    "\n  mutation ConsoleOpenReview($id: ID!, $version: Int!, $reason: String!) {\n    r: openReview(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n": types.ConsoleOpenReviewDocument,
    "\n  mutation ConsoleCloseReview($id: ID!, $version: Int!, $outcome: Outcome!, $note: String!) {\n    r: closeReview(id: $id, version: $version, outcome: $outcome, note: $note) { ...ApplicationFields }\n  }\n": types.ConsoleCloseReviewDocument,
    "\n  mutation ConsoleAssignEach($ids: [ID!]!, $officerId: ID!) {\n    assignEach(ids: $ids, officerId: $officerId) { id referenceNo assigned reason reasonCode }\n  }\n": types.ConsoleAssignEachDocument,
    "\n  query ConsoleExplainRoutingCoded($input: ApplicationInput!) {\n    explainRouting(input: $input) { ...RoutingDecisionFields }\n  }\n": types.ConsoleExplainRoutingCodedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMe {\n    me { id username displayName role office { id name } }\n  }\n"): typeof import('./graphql').ConsoleMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApplications($filter: ApplicationFilter, $sort: ApplicationSort, $page: Int, $perPage: Int) {\n    applications(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ...ApplicationRowFields } }\n  }\n"): typeof import('./graphql').ConsoleApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApplication($id: ID!) {\n    application(id: $id) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitApplication($input: ApplicationInput!) {\n    submitApplication(input: $input) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleSubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCalendarDayImpact($date: Date!, $workday: Boolean) {\n    calendarDayImpact(date: $date, workday: $workday)\n  }\n"): typeof import('./graphql').ConsoleCalendarDayImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleVerifyDocument($id: ID!, $status: DocumentStatus!, $note: String) {\n    verifyDocument(id: $id, status: $status, note: $note) { id status note }\n  }\n"): typeof import('./graphql').ConsoleVerifyDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAssignApplications($ids: [ID!]!, $officerId: ID!) {\n    assignApplications(ids: $ids, officerId: $officerId) { id }\n  }\n"): typeof import('./graphql').ConsoleAssignApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevealIdNumber($applicationId: ID!, $person: PersonRole!, $reason: String!) {\n    revealIdNumber(applicationId: $applicationId, person: $person, reason: $reason)\n  }\n"): typeof import('./graphql').ConsoleRevealIdNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleQueueCounts($officeIds: [ID!]) {\n    queueCounts(officeIds: $officeIds) { byStatus { status count } unassigned mine overdue dueSoon dueToday recordMatches failedNotifications }\n  }\n"): typeof import('./graphql').ConsoleQueueCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRunRecordCheck($id: ID!) {\n    runRecordCheck(id: $id) { ...RecordCheckFields }\n  }\n"): typeof import('./graphql').ConsoleRunRecordCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResendNotification($id: ID!) {\n    resendNotification(id: $id) { ...NotificationFields }\n  }\n"): typeof import('./graphql').ConsoleResendNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResendHallEvent($id: ID!) {\n    resendHallEvent(id: $id) { ...HallEventFields }\n  }\n"): typeof import('./graphql').ConsoleResendHallEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOtherApplications($id: ID!) {\n    application(id: $id) { id otherApplications { id referenceNo status submittedAt office { name } } }\n  }\n"): typeof import('./graphql').ConsoleOtherApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleNoteCaseOpen($id: ID!, $leaving: Boolean) {\n    noteCaseOpen(id: $id, leaving: $leaving) { id displayName }\n  }\n"): typeof import('./graphql').ConsoleNoteCaseOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditTrail($entityType: String!, $entityId: String!) {\n    auditTrail(entityType: $entityType, entityId: $entityId, perPage: 200) { items { ...AuditEventFields } total }\n  }\n"): typeof import('./graphql').ConsoleAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeFields on Office {\n    id code name kind jurisdiction address phone parent { id name }\n  }\n"): typeof import('./graphql').OfficeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficerFields on Officer {\n    id username displayName role active openCases office { id name code }\n  }\n"): typeof import('./graphql').OfficerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoutingRuleFields on RoutingRule {\n    id name priority enabled applicantKind subjectCategory entrusted regionBasis regionPrefix minDaysInChina\n    targetOfficeKind targetOffice { id name } legalBasis version updatedAt\n  }\n"): typeof import('./graphql').RoutingRuleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationRowFields on Application {\n    id referenceNo status applicantKind purpose delivery submittedAt dueAt slaState workingDaysWaited version recordCheckStatus\n    subject { name category idNumberMasked } unit { name } office { id name } assignee { id displayName active }\n  }\n"): typeof import('./graphql').ApplicationRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoutingDecisionFields on RoutingDecision {\n    explanation regionBasis regionCode notAcceptedReason notAcceptedField decidingStep\n    headline { code params text field }\n    office { id name code }\n    rule { id name priority }\n    trace { matched reason code params field rule { id name priority } }\n  }\n"): typeof import('./graphql').RoutingDecisionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    name category idType idNumberMasked nationality birthDate gender domicileRegion residenceRegion daysInChina phoneMasked\n  }\n"): typeof import('./graphql').PersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordCheckFields on RecordCheck {\n    id status source requestedAt completedAt requestedBy { displayName } suggestedOutcome error\n    matches { kind recordRef offence judgmentDate sentence sealedJuvenile }\n  }\n"): typeof import('./graphql').RecordCheckFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id event channel recipientMasked text status attempts createdAt sentAt lastError nextAttemptAt\n  }\n"): typeof import('./graphql').NotificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HallEventFields on HallEvent {\n    id event status attempts createdAt sentAt lastAttemptAt nextAttemptAt lastError\n  }\n"): typeof import('./graphql').HallEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HallClientFields on HallClient {\n    clientId name scopes callbackUrl active createdAt secretIssuedAt previousValidUntil\n  }\n"): typeof import('./graphql').HallClientFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFields on Application {\n    id referenceNo status channel hallReference applicantKind purpose purposeDetail destinationCountry delivery\n    subject { ...PersonFields } agent { ...PersonFields } unit { name creditCode region contactName contactPhoneMasked }\n    mailingAddress { recipient phoneMasked region line postalCode }\n    office { id name code address phone } assignee { id displayName username } routing { ...RoutingDecisionFields } progressUrl\n    documents { id kind fileName contentType byteSize status note uploadedAt verifiedAt verifiedBy { displayName } contentUrl }\n    missingDocumentKinds submittedAt acceptedAt dueAt slaState workingDaysElapsed outcome decidedAt\n    decidedBy { id displayName } signedOffBy { displayName } returnedBy { displayName }\n    issuedDocument { kind number issuedAt verificationCode pdfUrl issuedBy { displayName } }\n    mailing { carrier trackingNumber mailedAt deliveredAt mailedBy { displayName } }\n    feeAmount feePaid feeReceiptNo statusReason supplementRequest { reason kinds requestedAt answeredAt requestedBy { displayName } }\n    recordCheckStatus recordChecks { ...RecordCheckFields } notifications { ...NotificationFields } hallEvents { ...HallEventFields }\n    availableActions updatedAt version\n  }\n"): typeof import('./graphql').ApplicationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    id at action entityType entityId detail actor { displayName username }\n  }\n"): typeof import('./graphql').AuditEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHallClients {\n    hallClients { ...HallClientFields }\n  }\n"): typeof import('./graphql').ConsoleHallClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateHallClient($input: HallClientInput!) {\n    createHallClient(input: $input) { client { ...HallClientFields } clientSecret }\n  }\n"): typeof import('./graphql').ConsoleCreateHallClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateHallClient($clientId: String!, $input: HallClientInput!) {\n    updateHallClient(clientId: $clientId, input: $input) { ...HallClientFields }\n  }\n"): typeof import('./graphql').ConsoleUpdateHallClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateHallClientSecret($clientId: String!, $graceMinutes: Int!) {\n    rotateHallClientSecret(clientId: $clientId, graceMinutes: $graceMinutes) { client { ...HallClientFields } clientSecret }\n  }\n"): typeof import('./graphql').ConsoleRotateHallClientSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOfficers($page: Int, $perPage: Int, $officeIds: [ID!], $role: Role, $q: String) {\n    officers(page: $page, perPage: $perPage, officeIds: $officeIds, role: $role, q: $q) { total items { ...OfficerFields } }\n  }\n"): typeof import('./graphql').ConsoleOfficersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOfficer($id: ID!) {\n    officer(id: $id) { ...OfficerFields }\n  }\n"): typeof import('./graphql').ConsoleOfficerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateOfficer($input: OfficerInput!) {\n    createOfficer(input: $input) { ...OfficerFields }\n  }\n"): typeof import('./graphql').ConsoleCreateOfficerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateOfficer($id: ID!, $input: OfficerUpdateInput!) {\n    updateOfficer(id: $id, input: $input) { ...OfficerFields }\n  }\n"): typeof import('./graphql').ConsoleUpdateOfficerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResetOfficerPassword($id: ID!, $password: String!) {\n    updateOfficer(id: $id, input: { password: $password }) { id }\n  }\n"): typeof import('./graphql').ConsoleResetOfficerPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOffices($page: Int, $perPage: Int, $q: String, $kind: OfficeKind) {\n    offices(page: $page, perPage: $perPage, q: $q, kind: $kind) { total items { ...OfficeFields } }\n  }\n"): typeof import('./graphql').ConsoleOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOffice($id: ID!) {\n    office(id: $id) { ...OfficeFields }\n  }\n"): typeof import('./graphql').ConsoleOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateOffice($input: OfficeInput!) {\n    createOffice(input: $input) { ...OfficeFields }\n  }\n"): typeof import('./graphql').ConsoleCreateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateOffice($id: ID!, $input: OfficeInput!) {\n    updateOffice(id: $id, input: $input) { ...OfficeFields }\n  }\n"): typeof import('./graphql').ConsoleUpdateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleReasonTemplates($kind: ReasonKind, $withRetired: Boolean) {\n    reasonTemplates(kind: $kind, withRetired: $withRetired) { id kind text active position }\n  }\n"): typeof import('./graphql').ConsoleReasonTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateReasonTemplate($input: ReasonTemplateInput!) {\n    createReasonTemplate(input: $input) { id kind text active position }\n  }\n"): typeof import('./graphql').ConsoleCreateReasonTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateReasonTemplate($id: ID!, $input: ReasonTemplateInput!) {\n    updateReasonTemplate(id: $id, input: $input) { id kind text active position }\n  }\n"): typeof import('./graphql').ConsoleUpdateReasonTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRegions($parent: String) {\n    regions(parent: $parent) {\n      code\n      name\n      fullName\n    }\n  }\n"): typeof import('./graphql').ConsoleRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRegion($code: String!) {\n    region(code: $code) {\n      code\n      name\n      fullName\n    }\n  }\n"): typeof import('./graphql').ConsoleRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWorkloadReport($input: WorkloadReportInput!) {\n    workloadReport(input: $input) {\n      from to groupBy\n      rows { key label parentKey level office received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }\n      totals { key label received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }\n    }\n  }\n"): typeof import('./graphql').ConsoleWorkloadReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTimeInStatus($input: TimeInStatusInput!) {\n    timeInStatus(input: $input) { officeId office status count averageWorkingDays p90WorkingDays }\n  }\n"): typeof import('./graphql').ConsoleTimeInStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCalendar($from: Date!, $to: Date!) {\n    calendar(from: $from, to: $to) { date workday note }\n  }\n"): typeof import('./graphql').ConsoleCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetCalendarDay($date: Date!, $workday: Boolean!, $note: String) {\n    setCalendarDay(date: $date, workday: $workday, note: $note) { date workday note }\n  }\n"): typeof import('./graphql').ConsoleSetCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRoutingRules {\n    routingRules { ...RoutingRuleFields }\n  }\n"): typeof import('./graphql').ConsoleRoutingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRoutingRule($id: ID!) {\n    routingRule(id: $id) { ...RoutingRuleFields }\n  }\n"): typeof import('./graphql').ConsoleRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) { ...RoutingRuleFields }\n  }\n"): typeof import('./graphql').ConsoleCreateRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateRoutingRule($id: ID!, $version: Int!, $input: RoutingRuleInput!) {\n    updateRoutingRule(id: $id, version: $version, input: $input) { ...RoutingRuleFields }\n  }\n"): typeof import('./graphql').ConsoleUpdateRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteRoutingRule($id: ID!, $version: Int!) {\n    deleteRoutingRule(id: $id, version: $version)\n  }\n"): typeof import('./graphql').ConsoleDeleteRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleClaim($id: ID!, $version: Int!) {\n    r: claimApplication(id: $id, version: $version) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleClaimNext {\n    r: claimNextApplication { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleClaimNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRelease($id: ID!, $version: Int!) {\n    r: releaseApplication(id: $id, version: $version) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAssign($id: ID!, $version: Int!, $officerId: ID!) {\n    r: assignApplication(id: $id, version: $version, officerId: $officerId) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAccept($id: ID!, $version: Int!) {\n    r: acceptApplication(id: $id, version: $version) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleNotAccept($id: ID!, $version: Int!, $reason: String!) {\n    r: notAcceptApplication(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleNotAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRequestSupplement($id: ID!, $version: Int!, $reason: String!, $kinds: [DocumentKind!]!) {\n    r: requestSupplement(id: $id, version: $version, reason: $reason, kinds: $kinds) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleRequestSupplementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSupplementReceived($id: ID!, $version: Int!) {\n    r: supplementReceived(id: $id, version: $version) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleSupplementReceivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleStartInvestigation($id: ID!, $version: Int!, $reason: String!) {\n    r: startInvestigation(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleStartInvestigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEndInvestigation($id: ID!, $version: Int!, $note: String) {\n    r: endInvestigation(id: $id, version: $version, note: $note) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleEndInvestigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDecide($id: ID!, $version: Int!, $outcome: Outcome!, $note: String) {\n    r: decideApplication(id: $id, version: $version, outcome: $outcome, note: $note) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSignOff($id: ID!, $version: Int!, $approve: Boolean!, $note: String) {\n    r: signOffDecision(id: $id, version: $version, approve: $approve, note: $note) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleSignOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordFeePayment($id: ID!, $version: Int!, $receiptNo: String!) {\n    r: recordFeePayment(id: $id, version: $version, receiptNo: $receiptNo) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleRecordFeePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIssue($id: ID!, $version: Int!) {\n    r: issueDocument(id: $id, version: $version) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordMailing($id: ID!, $version: Int!, $input: MailingInput!) {\n    r: recordMailing(id: $id, version: $version, input: $input) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleRecordMailingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordDelivery($id: ID!, $version: Int!, $deliveredAt: DateTime) {\n    r: recordDelivery(id: $id, version: $version, deliveredAt: $deliveredAt) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleRecordDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTransfer($id: ID!, $version: Int!, $officeId: ID!, $reason: String!) {\n    r: transferApplication(id: $id, version: $version, officeId: $officeId, reason: $reason) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWithdraw($id: ID!, $version: Int!, $reason: String!) {\n    r: withdrawApplication(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenReview($id: ID!, $version: Int!, $reason: String!) {\n    r: openReview(id: $id, version: $version, reason: $reason) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleOpenReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseReview($id: ID!, $version: Int!, $outcome: Outcome!, $note: String!) {\n    r: closeReview(id: $id, version: $version, outcome: $outcome, note: $note) { ...ApplicationFields }\n  }\n"): typeof import('./graphql').ConsoleCloseReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAssignEach($ids: [ID!]!, $officerId: ID!) {\n    assignEach(ids: $ids, officerId: $officerId) { id referenceNo assigned reason reasonCode }\n  }\n"): typeof import('./graphql').ConsoleAssignEachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExplainRoutingCoded($input: ApplicationInput!) {\n    explainRouting(input: $input) { ...RoutingDecisionFields }\n  }\n"): typeof import('./graphql').ConsoleExplainRoutingCodedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
