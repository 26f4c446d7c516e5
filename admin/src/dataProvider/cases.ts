import { graphql } from '../generated';
import type { DocumentStatus, PersonRole } from '../generated/graphql';
import { request, restError } from './graphql';

// What the queue and the case page ask besides the resource methods: the counts of the status
// tabs, the routing preview, the papers, bulk assignment, revealing an identity number, a new
// record check, a text message or a status callback to the online hall sent again, the history,
// the heartbeat that tells who else has a case open.

const VerifyDocument = graphql(`
  mutation ConsoleVerifyDocument($id: ID!, $status: DocumentStatus!, $note: String) {
    verifyDocument(id: $id, status: $status, note: $note) { id status note }
  }
`);

const AssignApplications = graphql(`
  mutation ConsoleAssignApplications($ids: [ID!]!, $officerId: ID!) {
    assignApplications(ids: $ids, officerId: $officerId) { id }
  }
`);

const RevealIdNumber = graphql(`
  mutation ConsoleRevealIdNumber($applicationId: ID!, $person: PersonRole!, $reason: String!) {
    revealIdNumber(applicationId: $applicationId, person: $person, reason: $reason)
  }
`);

const QueueCountsQuery = graphql(`
  query ConsoleQueueCounts($officeIds: [ID!]) {
    queueCounts(officeIds: $officeIds) { byStatus { status count } unassigned mine overdue dueSoon dueToday recordMatches failedNotifications }
  }
`);

const RunRecordCheck = graphql(`
  mutation ConsoleRunRecordCheck($id: ID!) {
    runRecordCheck(id: $id) { ...RecordCheckFields }
  }
`);

const ResendNotification = graphql(`
  mutation ConsoleResendNotification($id: ID!) {
    resendNotification(id: $id) { ...NotificationFields }
  }
`);

const ResendHallEvent = graphql(`
  mutation ConsoleResendHallEvent($id: ID!) {
    resendHallEvent(id: $id) { ...HallEventFields }
  }
`);

const OtherApplications = graphql(`
  query ConsoleOtherApplications($id: ID!) {
    application(id: $id) { id otherApplications { id referenceNo status submittedAt office { name } } }
  }
`);

const NoteCaseOpen = graphql(`
  mutation ConsoleNoteCaseOpen($id: ID!, $leaving: Boolean) {
    noteCaseOpen(id: $id, leaving: $leaving) { id displayName }
  }
`);

const AuditTrail = graphql(`
  query ConsoleAuditTrail($entityType: String!, $entityId: String!) {
    auditTrail(entityType: $entityType, entityId: $entityId, perPage: 200) { items { ...AuditEventFields } total }
  }
`);

export const cases = {
  verifyDocument: async (id: string, status: DocumentStatus, note?: string | null) =>
    (await request(VerifyDocument, { id, status, note: note ?? null })).verifyDocument,
  assignMany: async (ids: string[], officerId: string) =>
    (await request(AssignApplications, { ids, officerId })).assignApplications,
  revealIdNumber: async (applicationId: string, person: PersonRole, reason: string) =>
    (await request(RevealIdNumber, { applicationId, person, reason })).revealIdNumber,
  queueCounts: async (officeIds?: string[]) =>
    (await request(QueueCountsQuery, { officeIds: officeIds ?? null })).queueCounts,
  /** Asks the registry about the case's subject again; the check answers within seconds (the case page polls it). */
  runRecordCheck: async (applicationId: string) =>
    (await request(RunRecordCheck, { id: applicationId })).runRecordCheck,
  /** Sends a FAILED text message to the applicant again: it goes back to PENDING and out within seconds (the case page polls it). */
  resendNotification: async (id: string) => (await request(ResendNotification, { id })).resendNotification,
  /** Posts a FAILED status callback to the online hall again: it goes back to PENDING and out within seconds (the case page polls it). */
  resendHallEvent: async (id: string) => (await request(ResendHallEvent, { id })).resendHallEvent,
  /** The subject's other cases in the officer's scope (asked apart from the case: a step's answer does not carry them). */
  otherApplications: async (id: string) =>
    (await request(OtherApplications, { id })).application?.otherApplications ?? [],
  /** The case page's heartbeat: notes that this officer has the case open, answers who else has. */
  noteCaseOpen: async (id: string) => (await request(NoteCaseOpen, { id })).noteCaseOpen,
  /** The case page is left: the others see it at their next beat, not 50 s later. */
  noteCaseLeft: async (id: string) => (await request(NoteCaseOpen, { id, leaving: true })).noteCaseOpen,
  auditTrail: async (entityType: string, entityId: string) =>
    (await request(AuditTrail, { entityType, entityId })).auditTrail,
  /** Uploads a scan to the case (REST: GraphQL carries no files); answers the new paper's JSON ({ id, kind, status, ... }). */
  uploadDocument: async (applicationId: string, kind: string, file: File): Promise<unknown> => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    const res = await fetch(`/api/applications/${applicationId}/documents`, {
      method: 'POST',
      credentials: 'same-origin',
      body: form,
    });
    if (!res.ok) throw await restError(res, 'Upload', 'BAD_USER_INPUT');
    return res.json().catch(() => ({}));
  },
};
