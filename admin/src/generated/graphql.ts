/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export const ApplicantKind = {
  INDIVIDUAL: 'INDIVIDUAL',
  UNIT: 'UNIT'
} as const;

export type ApplicantKind = typeof ApplicantKind[keyof typeof ApplicantKind];
export type ApplicationFilter = {
  applicantKind?: ApplicantKind | null | undefined;
  assigneeId?: string | number | null | undefined;
  /** Decided cases whose fee is due and not yet paid (with channel ONLINE: waiting for the payment platform). */
  awaitingPayment?: boolean | null | undefined;
  /** ONLINE: handed over by the online hall; COUNTER: taken at a counter. */
  channel?: Channel | null | undefined;
  delivery?: DeliveryMethod | null | undefined;
  /** Cases with at least one document waiting for verification. */
  documentsPending?: boolean | null | undefined;
  /** True: cases due by the end of today (Asia/Shanghai) whose time limit runs and is not past yet (as queueCounts.dueToday counts them). */
  dueToday?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  mine?: boolean | null | undefined;
  /** Cases with a text message to the applicant that failed in the last 24 hours (as queueCounts.failedNotifications counts them). */
  notificationFailed?: boolean | null | undefined;
  officeIds?: Array<string | number> | null | undefined;
  purpose?: Purpose | null | undefined;
  /** A reference number or its start (RC20261207-0017), its last five characters as read out (0017X), a full identity or passport number (found by its keyed hash, the search audited), a name with the last four digits of the phone (张伟 4252), or part of the subject's, agent's or unit's name. */
  q?: string | null | undefined;
  /** Cases whose latest record check is in one of these statuses (MATCHES_FOUND: the registry found records to look at). */
  recordCheckStatus?: Array<RecordCheckStatus> | null | undefined;
  slaState?: Array<SlaState> | null | undefined;
  status?: Array<ApplicationStatus> | null | undefined;
  subjectCategory?: SubjectCategory | null | undefined;
  submittedFrom?: string | null | undefined;
  submittedTo?: string | null | undefined;
  /** Cases awaiting a supplement that the applicant answered through the online hall, for an officer to confirm. */
  supplementAnswered?: boolean | null | undefined;
  unassigned?: boolean | null | undefined;
};

export type ApplicationInput = {
  agent?: PersonInput | null | undefined;
  applicantKind: ApplicantKind;
  channel: Channel;
  delivery: DeliveryMethod;
  destinationCountry?: string | null | undefined;
  mailingAddress?: MailingAddressInput | null | undefined;
  /** For a citizen's own application: apply where the domicile is, or where the residence is. */
  preferredBasis?: RegionBasis | null | undefined;
  purpose: Purpose;
  purposeDetail?: string | null | undefined;
  subject: PersonInput;
  unit?: UnitInput | null | undefined;
};

export type ApplicationSort = {
  field: ApplicationSortField;
  order: SortOrder;
};

export const ApplicationSortField = {
  DUE_AT: 'DUE_AT',
  REFERENCE_NO: 'REFERENCE_NO',
  STATUS: 'STATUS',
  SUBMITTED_AT: 'SUBMITTED_AT',
  UPDATED_AT: 'UPDATED_AT'
} as const;

export type ApplicationSortField = typeof ApplicationSortField[keyof typeof ApplicationSortField];
export const ApplicationStatus = {
  ACCEPTED: 'ACCEPTED',
  AWAITING_SUPPLEMENT: 'AWAITING_SUPPLEMENT',
  DECIDED: 'DECIDED',
  DELIVERED: 'DELIVERED',
  ISSUED: 'ISSUED',
  MAILED: 'MAILED',
  NOT_ACCEPTED: 'NOT_ACCEPTED',
  PENDING_SIGNOFF: 'PENDING_SIGNOFF',
  SUBMITTED: 'SUBMITTED',
  UNDER_INVESTIGATION: 'UNDER_INVESTIGATION',
  UNDER_REVIEW: 'UNDER_REVIEW',
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ApplicationStatus = typeof ApplicationStatus[keyof typeof ApplicationStatus];
export const Carrier = {
  CHINA_POST: 'CHINA_POST',
  EMS: 'EMS',
  OTHER: 'OTHER',
  SF_EXPRESS: 'SF_EXPRESS'
} as const;

export type Carrier = typeof Carrier[keyof typeof Carrier];
export const CaseAction = {
  ACCEPT: 'ACCEPT',
  ASSIGN: 'ASSIGN',
  CLAIM: 'CLAIM',
  CLOSE_REVIEW: 'CLOSE_REVIEW',
  DECIDE: 'DECIDE',
  END_INVESTIGATION: 'END_INVESTIGATION',
  ISSUE: 'ISSUE',
  NOT_ACCEPT: 'NOT_ACCEPT',
  OPEN_REVIEW: 'OPEN_REVIEW',
  RECORD_DELIVERY: 'RECORD_DELIVERY',
  RECORD_FEE_PAYMENT: 'RECORD_FEE_PAYMENT',
  RECORD_MAILING: 'RECORD_MAILING',
  RELEASE: 'RELEASE',
  REQUEST_SUPPLEMENT: 'REQUEST_SUPPLEMENT',
  REVEAL_ID: 'REVEAL_ID',
  RUN_RECORD_CHECK: 'RUN_RECORD_CHECK',
  SIGN_OFF: 'SIGN_OFF',
  START_INVESTIGATION: 'START_INVESTIGATION',
  SUPPLEMENT_ANSWERED: 'SUPPLEMENT_ANSWERED',
  SUPPLEMENT_RECEIVED: 'SUPPLEMENT_RECEIVED',
  TRANSFER: 'TRANSFER',
  UPLOAD_DOCUMENT: 'UPLOAD_DOCUMENT',
  VERIFY_DOCUMENTS: 'VERIFY_DOCUMENTS',
  WITHDRAW: 'WITHDRAW'
} as const;

export type CaseAction = typeof CaseAction[keyof typeof CaseAction];
export const Channel = {
  COUNTER: 'COUNTER',
  ONLINE: 'ONLINE'
} as const;

export type Channel = typeof Channel[keyof typeof Channel];
export const DeliveryMethod = {
  COUNTER_PICKUP: 'COUNTER_PICKUP',
  ELECTRONIC: 'ELECTRONIC',
  MAIL: 'MAIL'
} as const;

export type DeliveryMethod = typeof DeliveryMethod[keyof typeof DeliveryMethod];
export const DocumentKind = {
  AGENT_ID: 'AGENT_ID',
  APPLICATION_FORM: 'APPLICATION_FORM',
  BUSINESS_LICENSE: 'BUSINESS_LICENSE',
  HMT_TRAVEL_PERMIT: 'HMT_TRAVEL_PERMIT',
  ID_CARD_BACK: 'ID_CARD_BACK',
  ID_CARD_FRONT: 'ID_CARD_FRONT',
  OTHER: 'OTHER',
  PASSPORT: 'PASSPORT',
  PHOTO: 'PHOTO',
  POWER_OF_ATTORNEY: 'POWER_OF_ATTORNEY',
  RESIDENCE_PERMIT: 'RESIDENCE_PERMIT',
  SUBJECT_CONSENT: 'SUBJECT_CONSENT',
  UNIT_LETTER: 'UNIT_LETTER'
} as const;

export type DocumentKind = typeof DocumentKind[keyof typeof DocumentKind];
export const DocumentStatus = {
  PENDING: 'PENDING',
  REJECTED: 'REJECTED',
  VERIFIED: 'VERIFIED'
} as const;

export type DocumentStatus = typeof DocumentStatus[keyof typeof DocumentStatus];
/** A machine client of the online hall API, as an administrator registers or changes it. */
export type HallClientInput = {
  active?: boolean | null | undefined;
  callbackUrl?: string | null | undefined;
  name?: string | null | undefined;
  /** intake, payments, status. */
  scopes?: Array<string> | null | undefined;
};

export const HallEventStatus = {
  FAILED: 'FAILED',
  NO_CALLBACK: 'NO_CALLBACK',
  PENDING: 'PENDING',
  SENT: 'SENT'
} as const;

export type HallEventStatus = typeof HallEventStatus[keyof typeof HallEventStatus];
export const IdType = {
  FOREIGNER_PERMANENT_RESIDENCE_CARD: 'FOREIGNER_PERMANENT_RESIDENCE_CARD',
  HMT_TRAVEL_PERMIT: 'HMT_TRAVEL_PERMIT',
  PASSPORT: 'PASSPORT',
  RESIDENT_ID_CARD: 'RESIDENT_ID_CARD'
} as const;

export type IdType = typeof IdType[keyof typeof IdType];
export const IssuedDocumentKind = {
  NO_CRIMINAL_RECORD_CERTIFICATE: 'NO_CRIMINAL_RECORD_CERTIFICATE',
  REFUSAL_NOTICE: 'REFUSAL_NOTICE',
  UNIT_RESULT_LETTER: 'UNIT_RESULT_LETTER'
} as const;

export type IssuedDocumentKind = typeof IssuedDocumentKind[keyof typeof IssuedDocumentKind];
export type MailingAddressInput = {
  line: string;
  phone: string;
  postalCode?: string | null | undefined;
  recipient: string;
  region: string;
};

export type MailingInput = {
  carrier: Carrier;
  mailedAt?: string | null | undefined;
  trackingNumber: string;
};

export const NotificationStatus = {
  FAILED: 'FAILED',
  PENDING: 'PENDING',
  SENT: 'SENT'
} as const;

export type NotificationStatus = typeof NotificationStatus[keyof typeof NotificationStatus];
export type OfficeInput = {
  address?: string | null | undefined;
  code: string;
  jurisdiction: Array<string>;
  kind: OfficeKind;
  name: string;
  parentId?: string | number | null | undefined;
  phone?: string | null | undefined;
};

export const OfficeKind = {
  BUREAU: 'BUREAU',
  EXIT_ENTRY: 'EXIT_ENTRY',
  POLICE_STATION: 'POLICE_STATION',
  SERVICE_HALL: 'SERVICE_HALL'
} as const;

export type OfficeKind = typeof OfficeKind[keyof typeof OfficeKind];
export type OfficerInput = {
  displayName: string;
  officeId: string | number;
  /** At least 12 characters. */
  password: string;
  role: Role;
  username: string;
};

export type OfficerUpdateInput = {
  active?: boolean | null | undefined;
  displayName?: string | null | undefined;
  /** Deactivating an officer who holds open cases: the active officer who takes them over. */
  handOverTo?: string | number | null | undefined;
  officeId?: string | number | null | undefined;
  password?: string | null | undefined;
  /** Deactivating an officer who holds open cases: true sends them back to their offices' queues, unassigned. */
  releaseOpenCases?: boolean | null | undefined;
  role?: Role | null | undefined;
};

export const Outcome = {
  NO_RECORD: 'NO_RECORD',
  RECORD_FOUND: 'RECORD_FOUND',
  SEALED_JUVENILE_RECORD: 'SEALED_JUVENILE_RECORD'
} as const;

export type Outcome = typeof Outcome[keyof typeof Outcome];
export type PersonInput = {
  birthDate?: string | null | undefined;
  category: SubjectCategory;
  daysInChina?: number | null | undefined;
  domicileRegion?: string | null | undefined;
  gender?: string | null | undefined;
  idNumber: string;
  idType: IdType;
  name: string;
  nationality: string;
  phone?: string | null | undefined;
  residenceRegion?: string | null | undefined;
};

export const PersonRole = {
  AGENT: 'AGENT',
  SUBJECT: 'SUBJECT'
} as const;

export type PersonRole = typeof PersonRole[keyof typeof PersonRole];
export const Purpose = {
  EMPLOYMENT_SCREENING: 'EMPLOYMENT_SCREENING',
  ENLISTMENT: 'ENLISTMENT',
  FURTHER_STUDY: 'FURTHER_STUDY',
  GO_ABROAD: 'GO_ABROAD',
  OTHER: 'OTHER',
  QUALIFICATION: 'QUALIFICATION',
  SENSITIVE_POST: 'SENSITIVE_POST'
} as const;

export type Purpose = typeof Purpose[keyof typeof Purpose];
export const ReasonKind = {
  NOT_ACCEPTED: 'NOT_ACCEPTED',
  SUPPLEMENT: 'SUPPLEMENT'
} as const;

export type ReasonKind = typeof ReasonKind[keyof typeof ReasonKind];
export type ReasonTemplateInput = {
  /** Offered to officers (the default) or retired. */
  active?: boolean | null | undefined;
  kind: ReasonKind;
  /** Its place among the templates of its kind (default 0). */
  position?: number | null | undefined;
  text: string;
};

export const RecordCheckStatus = {
  CLEAR: 'CLEAR',
  FAILED: 'FAILED',
  MATCHES_FOUND: 'MATCHES_FOUND',
  PENDING: 'PENDING'
} as const;

export type RecordCheckStatus = typeof RecordCheckStatus[keyof typeof RecordCheckStatus];
export const RecordMatchKind = {
  EXACT_ID: 'EXACT_ID',
  NAME_AND_BIRTH_DATE: 'NAME_AND_BIRTH_DATE'
} as const;

export type RecordMatchKind = typeof RecordMatchKind[keyof typeof RecordMatchKind];
export const RegionBasis = {
  DOMICILE: 'DOMICILE',
  RESIDENCE: 'RESIDENCE',
  UNIT_LOCATION: 'UNIT_LOCATION'
} as const;

export type RegionBasis = typeof RegionBasis[keyof typeof RegionBasis];
export const ReportGrouping = {
  DAY: 'DAY',
  OFFICE: 'OFFICE',
  OFFICER: 'OFFICER'
} as const;

export type ReportGrouping = typeof ReportGrouping[keyof typeof ReportGrouping];
export const Role = {
  ADMIN: 'ADMIN',
  EXIT_ENTRY_OFFICER: 'EXIT_ENTRY_OFFICER',
  STATION_OFFICER: 'STATION_OFFICER',
  SUPERVISOR: 'SUPERVISOR'
} as const;

export type Role = typeof Role[keyof typeof Role];
export type RoutingRuleInput = {
  applicantKind?: ApplicantKind | null | undefined;
  enabled: boolean;
  entrusted?: boolean | null | undefined;
  legalBasis?: string | null | undefined;
  minDaysInChina?: number | null | undefined;
  name: string;
  priority: number;
  regionBasis: RegionBasis;
  regionPrefix?: string | null | undefined;
  subjectCategory?: SubjectCategory | null | undefined;
  targetOfficeId?: string | number | null | undefined;
  targetOfficeKind?: OfficeKind | null | undefined;
};

export const SlaState = {
  BREACHED: 'BREACHED',
  DUE_SOON: 'DUE_SOON',
  MET: 'MET',
  NOT_STARTED: 'NOT_STARTED',
  ON_TRACK: 'ON_TRACK',
  OVERDUE: 'OVERDUE',
  PAUSED: 'PAUSED'
} as const;

export type SlaState = typeof SlaState[keyof typeof SlaState];
export const SortOrder = {
  ASC: 'ASC',
  DESC: 'DESC'
} as const;

export type SortOrder = typeof SortOrder[keyof typeof SortOrder];
export const SubjectCategory = {
  CITIZEN: 'CITIZEN',
  FOREIGNER: 'FOREIGNER',
  HMT_RESIDENT: 'HMT_RESIDENT'
} as const;

export type SubjectCategory = typeof SubjectCategory[keyof typeof SubjectCategory];
export type TimeInStatusInput = {
  from: string;
  officeIds?: Array<string | number> | null | undefined;
  to: string;
};

export type UnitInput = {
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  creditCode: string;
  name: string;
  region: string;
};

export type WorkloadReportInput = {
  from: string;
  groupBy: ReportGrouping;
  officeIds?: Array<string | number> | null | undefined;
  to: string;
};

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { id: string, username: string, displayName: string, role: Role, office: { id: string, name: string } } };

export type ConsoleApplicationsQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  sort?: ApplicationSort | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ConsoleApplicationsQuery = { applications: { total: number, items: Array<{ id: string, referenceNo: string, status: ApplicationStatus, applicantKind: ApplicantKind, purpose: Purpose, delivery: DeliveryMethod, submittedAt: string, dueAt: string | null, slaState: SlaState, workingDaysWaited: number, version: number, recordCheckStatus: RecordCheckStatus | null, subject: { name: string, category: SubjectCategory, idNumberMasked: string }, unit: { name: string } | null, office: { id: string, name: string }, assignee: { id: string, displayName: string, active: boolean } | null }> } };

export type ConsoleApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleApplicationQuery = { application: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } | null };

export type ConsoleSubmitApplicationMutationVariables = Exact<{
  input: ApplicationInput;
}>;


export type ConsoleSubmitApplicationMutation = { submitApplication: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleCalendarDayImpactQueryVariables = Exact<{
  date: string;
  workday?: boolean | null | undefined;
}>;


export type ConsoleCalendarDayImpactQuery = { calendarDayImpact: number };

export type ConsoleVerifyDocumentMutationVariables = Exact<{
  id: string | number;
  status: DocumentStatus;
  note?: string | null | undefined;
}>;


export type ConsoleVerifyDocumentMutation = { verifyDocument: { id: string, status: DocumentStatus, note: string | null } };

export type ConsoleAssignApplicationsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  officerId: string | number;
}>;


export type ConsoleAssignApplicationsMutation = { assignApplications: Array<{ id: string }> };

export type ConsoleRevealIdNumberMutationVariables = Exact<{
  applicationId: string | number;
  person: PersonRole;
  reason: string;
}>;


export type ConsoleRevealIdNumberMutation = { revealIdNumber: string };

export type ConsoleQueueCountsQueryVariables = Exact<{
  officeIds?: Array<string | number> | string | number | null | undefined;
}>;


export type ConsoleQueueCountsQuery = { queueCounts: { unassigned: number, mine: number, overdue: number, dueSoon: number, dueToday: number, recordMatches: number, failedNotifications: number, byStatus: Array<{ status: ApplicationStatus, count: number }> } };

export type ConsoleRunRecordCheckMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRunRecordCheckMutation = { runRecordCheck: { id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> } };

export type ConsoleResendNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleResendNotificationMutation = { resendNotification: { id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string } };

export type ConsoleResendHallEventMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleResendHallEventMutation = { resendHallEvent: { id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null } };

export type ConsoleOtherApplicationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleOtherApplicationsQuery = { application: { id: string, otherApplications: Array<{ id: string, referenceNo: string, status: ApplicationStatus, submittedAt: string, office: { name: string } }> } | null };

export type ConsoleNoteCaseOpenMutationVariables = Exact<{
  id: string | number;
  leaving?: boolean | null | undefined;
}>;


export type ConsoleNoteCaseOpenMutation = { noteCaseOpen: Array<{ id: string, displayName: string }> };

export type ConsoleAuditTrailQueryVariables = Exact<{
  entityType: string;
  entityId: string;
}>;


export type ConsoleAuditTrailQuery = { auditTrail: { total: number, items: Array<{ id: string, at: string, action: string, entityType: string, entityId: string, detail: unknown, actor: { displayName: string, username: string } | null }> } };

export type OfficeFieldsFragment = { id: string, code: string, name: string, kind: OfficeKind, jurisdiction: Array<string>, address: string | null, phone: string | null, parent: { id: string, name: string } | null };

export type OfficerFieldsFragment = { id: string, username: string, displayName: string, role: Role, active: boolean, openCases: number, office: { id: string, name: string, code: string } };

export type RoutingRuleFieldsFragment = { id: string, name: string, priority: number, enabled: boolean, applicantKind: ApplicantKind | null, subjectCategory: SubjectCategory | null, entrusted: boolean | null, regionBasis: RegionBasis, regionPrefix: string | null, minDaysInChina: number | null, targetOfficeKind: OfficeKind | null, legalBasis: string | null, version: number, updatedAt: string, targetOffice: { id: string, name: string } | null };

export type ApplicationRowFieldsFragment = { id: string, referenceNo: string, status: ApplicationStatus, applicantKind: ApplicantKind, purpose: Purpose, delivery: DeliveryMethod, submittedAt: string, dueAt: string | null, slaState: SlaState, workingDaysWaited: number, version: number, recordCheckStatus: RecordCheckStatus | null, subject: { name: string, category: SubjectCategory, idNumberMasked: string }, unit: { name: string } | null, office: { id: string, name: string }, assignee: { id: string, displayName: string, active: boolean } | null };

export type RoutingDecisionFieldsFragment = { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> };

export type PersonFieldsFragment = { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null };

export type RecordCheckFieldsFragment = { id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> };

export type NotificationFieldsFragment = { id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string };

export type HallEventFieldsFragment = { id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null };

export type HallClientFieldsFragment = { clientId: string, name: string, scopes: Array<string>, callbackUrl: string | null, active: boolean, createdAt: string, secretIssuedAt: string, previousValidUntil: string | null };

export type ApplicationFieldsFragment = { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> };

export type AuditEventFieldsFragment = { id: string, at: string, action: string, entityType: string, entityId: string, detail: unknown, actor: { displayName: string, username: string } | null };

export type ConsoleHallClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleHallClientsQuery = { hallClients: Array<{ clientId: string, name: string, scopes: Array<string>, callbackUrl: string | null, active: boolean, createdAt: string, secretIssuedAt: string, previousValidUntil: string | null }> };

export type ConsoleCreateHallClientMutationVariables = Exact<{
  input: HallClientInput;
}>;


export type ConsoleCreateHallClientMutation = { createHallClient: { clientSecret: string, client: { clientId: string, name: string, scopes: Array<string>, callbackUrl: string | null, active: boolean, createdAt: string, secretIssuedAt: string, previousValidUntil: string | null } } };

export type ConsoleUpdateHallClientMutationVariables = Exact<{
  clientId: string;
  input: HallClientInput;
}>;


export type ConsoleUpdateHallClientMutation = { updateHallClient: { clientId: string, name: string, scopes: Array<string>, callbackUrl: string | null, active: boolean, createdAt: string, secretIssuedAt: string, previousValidUntil: string | null } };

export type ConsoleRotateHallClientSecretMutationVariables = Exact<{
  clientId: string;
  graceMinutes: number;
}>;


export type ConsoleRotateHallClientSecretMutation = { rotateHallClientSecret: { clientSecret: string, client: { clientId: string, name: string, scopes: Array<string>, callbackUrl: string | null, active: boolean, createdAt: string, secretIssuedAt: string, previousValidUntil: string | null } } };

export type ConsoleOfficersQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  officeIds?: Array<string | number> | string | number | null | undefined;
  role?: Role | null | undefined;
  q?: string | null | undefined;
}>;


export type ConsoleOfficersQuery = { officers: { total: number, items: Array<{ id: string, username: string, displayName: string, role: Role, active: boolean, openCases: number, office: { id: string, name: string, code: string } }> } };

export type ConsoleOfficerQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleOfficerQuery = { officer: { id: string, username: string, displayName: string, role: Role, active: boolean, openCases: number, office: { id: string, name: string, code: string } } | null };

export type ConsoleCreateOfficerMutationVariables = Exact<{
  input: OfficerInput;
}>;


export type ConsoleCreateOfficerMutation = { createOfficer: { id: string, username: string, displayName: string, role: Role, active: boolean, openCases: number, office: { id: string, name: string, code: string } } };

export type ConsoleUpdateOfficerMutationVariables = Exact<{
  id: string | number;
  input: OfficerUpdateInput;
}>;


export type ConsoleUpdateOfficerMutation = { updateOfficer: { id: string, username: string, displayName: string, role: Role, active: boolean, openCases: number, office: { id: string, name: string, code: string } } };

export type ConsoleResetOfficerPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type ConsoleResetOfficerPasswordMutation = { updateOfficer: { id: string } };

export type ConsoleOfficesQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  q?: string | null | undefined;
  kind?: OfficeKind | null | undefined;
}>;


export type ConsoleOfficesQuery = { offices: { total: number, items: Array<{ id: string, code: string, name: string, kind: OfficeKind, jurisdiction: Array<string>, address: string | null, phone: string | null, parent: { id: string, name: string } | null }> } };

export type ConsoleOfficeQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleOfficeQuery = { office: { id: string, code: string, name: string, kind: OfficeKind, jurisdiction: Array<string>, address: string | null, phone: string | null, parent: { id: string, name: string } | null } | null };

export type ConsoleCreateOfficeMutationVariables = Exact<{
  input: OfficeInput;
}>;


export type ConsoleCreateOfficeMutation = { createOffice: { id: string, code: string, name: string, kind: OfficeKind, jurisdiction: Array<string>, address: string | null, phone: string | null, parent: { id: string, name: string } | null } };

export type ConsoleUpdateOfficeMutationVariables = Exact<{
  id: string | number;
  input: OfficeInput;
}>;


export type ConsoleUpdateOfficeMutation = { updateOffice: { id: string, code: string, name: string, kind: OfficeKind, jurisdiction: Array<string>, address: string | null, phone: string | null, parent: { id: string, name: string } | null } };

export type ConsoleReasonTemplatesQueryVariables = Exact<{
  kind?: ReasonKind | null | undefined;
  withRetired?: boolean | null | undefined;
}>;


export type ConsoleReasonTemplatesQuery = { reasonTemplates: Array<{ id: string, kind: ReasonKind, text: string, active: boolean, position: number }> };

export type ConsoleCreateReasonTemplateMutationVariables = Exact<{
  input: ReasonTemplateInput;
}>;


export type ConsoleCreateReasonTemplateMutation = { createReasonTemplate: { id: string, kind: ReasonKind, text: string, active: boolean, position: number } };

export type ConsoleUpdateReasonTemplateMutationVariables = Exact<{
  id: string | number;
  input: ReasonTemplateInput;
}>;


export type ConsoleUpdateReasonTemplateMutation = { updateReasonTemplate: { id: string, kind: ReasonKind, text: string, active: boolean, position: number } };

export type ConsoleRegionsQueryVariables = Exact<{
  parent?: string | null | undefined;
}>;


export type ConsoleRegionsQuery = { regions: Array<{ code: string, name: string, fullName: string }> };

export type ConsoleRegionQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleRegionQuery = { region: { code: string, name: string, fullName: string } | null };

export type ConsoleWorkloadReportQueryVariables = Exact<{
  input: WorkloadReportInput;
}>;


export type ConsoleWorkloadReportQuery = { workloadReport: { from: string, to: string, groupBy: ReportGrouping, rows: Array<{ key: string, label: string, parentKey: string | null, level: number, office: string | null, received: number, accepted: number, decided: number, issued: number, mailed: number, openNow: number, overdueNow: number, slaMetRate: number | null, medianWorkingDaysToDecision: number | null }>, totals: { key: string, label: string, received: number, accepted: number, decided: number, issued: number, mailed: number, openNow: number, overdueNow: number, slaMetRate: number | null, medianWorkingDaysToDecision: number | null } } };

export type ConsoleTimeInStatusQueryVariables = Exact<{
  input: TimeInStatusInput;
}>;


export type ConsoleTimeInStatusQuery = { timeInStatus: Array<{ officeId: string, office: string, status: ApplicationStatus, count: number, averageWorkingDays: number, p90WorkingDays: number }> };

export type ConsoleCalendarQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConsoleCalendarQuery = { calendar: Array<{ date: string, workday: boolean, note: string | null }> };

export type ConsoleSetCalendarDayMutationVariables = Exact<{
  date: string;
  workday: boolean;
  note?: string | null | undefined;
}>;


export type ConsoleSetCalendarDayMutation = { setCalendarDay: { date: string, workday: boolean, note: string | null } };

export type ConsoleRoutingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleRoutingRulesQuery = { routingRules: Array<{ id: string, name: string, priority: number, enabled: boolean, applicantKind: ApplicantKind | null, subjectCategory: SubjectCategory | null, entrusted: boolean | null, regionBasis: RegionBasis, regionPrefix: string | null, minDaysInChina: number | null, targetOfficeKind: OfficeKind | null, legalBasis: string | null, version: number, updatedAt: string, targetOffice: { id: string, name: string } | null }> };

export type ConsoleRoutingRuleQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRoutingRuleQuery = { routingRule: { id: string, name: string, priority: number, enabled: boolean, applicantKind: ApplicantKind | null, subjectCategory: SubjectCategory | null, entrusted: boolean | null, regionBasis: RegionBasis, regionPrefix: string | null, minDaysInChina: number | null, targetOfficeKind: OfficeKind | null, legalBasis: string | null, version: number, updatedAt: string, targetOffice: { id: string, name: string } | null } | null };

export type ConsoleCreateRoutingRuleMutationVariables = Exact<{
  input: RoutingRuleInput;
}>;


export type ConsoleCreateRoutingRuleMutation = { createRoutingRule: { id: string, name: string, priority: number, enabled: boolean, applicantKind: ApplicantKind | null, subjectCategory: SubjectCategory | null, entrusted: boolean | null, regionBasis: RegionBasis, regionPrefix: string | null, minDaysInChina: number | null, targetOfficeKind: OfficeKind | null, legalBasis: string | null, version: number, updatedAt: string, targetOffice: { id: string, name: string } | null } };

export type ConsoleUpdateRoutingRuleMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RoutingRuleInput;
}>;


export type ConsoleUpdateRoutingRuleMutation = { updateRoutingRule: { id: string, name: string, priority: number, enabled: boolean, applicantKind: ApplicantKind | null, subjectCategory: SubjectCategory | null, entrusted: boolean | null, regionBasis: RegionBasis, regionPrefix: string | null, minDaysInChina: number | null, targetOfficeKind: OfficeKind | null, legalBasis: string | null, version: number, updatedAt: string, targetOffice: { id: string, name: string } | null } };

export type ConsoleDeleteRoutingRuleMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ConsoleDeleteRoutingRuleMutation = { deleteRoutingRule: boolean };

export type ConsoleClaimMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ConsoleClaimMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleClaimNextMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleClaimNextMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } | null };

export type ConsoleReleaseMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ConsoleReleaseMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleAssignMutationVariables = Exact<{
  id: string | number;
  version: number;
  officerId: string | number;
}>;


export type ConsoleAssignMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleAcceptMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ConsoleAcceptMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleNotAcceptMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type ConsoleNotAcceptMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleRequestSupplementMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
  kinds: Array<DocumentKind> | DocumentKind;
}>;


export type ConsoleRequestSupplementMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleSupplementReceivedMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ConsoleSupplementReceivedMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleStartInvestigationMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type ConsoleStartInvestigationMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleEndInvestigationMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type ConsoleEndInvestigationMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleDecideMutationVariables = Exact<{
  id: string | number;
  version: number;
  outcome: Outcome;
  note?: string | null | undefined;
}>;


export type ConsoleDecideMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleSignOffMutationVariables = Exact<{
  id: string | number;
  version: number;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type ConsoleSignOffMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleRecordFeePaymentMutationVariables = Exact<{
  id: string | number;
  version: number;
  receiptNo: string;
}>;


export type ConsoleRecordFeePaymentMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleIssueMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ConsoleIssueMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleRecordMailingMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: MailingInput;
}>;


export type ConsoleRecordMailingMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleRecordDeliveryMutationVariables = Exact<{
  id: string | number;
  version: number;
  deliveredAt?: string | null | undefined;
}>;


export type ConsoleRecordDeliveryMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleTransferMutationVariables = Exact<{
  id: string | number;
  version: number;
  officeId: string | number;
  reason: string;
}>;


export type ConsoleTransferMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleWithdrawMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type ConsoleWithdrawMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleOpenReviewMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type ConsoleOpenReviewMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleCloseReviewMutationVariables = Exact<{
  id: string | number;
  version: number;
  outcome: Outcome;
  note: string;
}>;


export type ConsoleCloseReviewMutation = { r: { id: string, referenceNo: string, status: ApplicationStatus, channel: Channel, hallReference: string | null, applicantKind: ApplicantKind, purpose: Purpose, purposeDetail: string | null, destinationCountry: string | null, delivery: DeliveryMethod, progressUrl: string, missingDocumentKinds: Array<DocumentKind>, submittedAt: string, acceptedAt: string | null, dueAt: string | null, slaState: SlaState, workingDaysElapsed: number, outcome: Outcome | null, decidedAt: string | null, feeAmount: number, feePaid: boolean, feeReceiptNo: string | null, statusReason: string | null, recordCheckStatus: RecordCheckStatus | null, availableActions: Array<CaseAction>, updatedAt: string, version: number, subject: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null }, agent: { name: string, category: SubjectCategory, idType: IdType, idNumberMasked: string, nationality: string, birthDate: string | null, gender: string | null, domicileRegion: string | null, residenceRegion: string | null, daysInChina: number | null, phoneMasked: string | null } | null, unit: { name: string, creditCode: string, region: string, contactName: string | null, contactPhoneMasked: string | null } | null, mailingAddress: { recipient: string, phoneMasked: string, region: string, line: string, postalCode: string | null } | null, office: { id: string, name: string, code: string, address: string | null, phone: string | null }, assignee: { id: string, displayName: string, username: string } | null, routing: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> }, documents: Array<{ id: string, kind: DocumentKind, fileName: string, contentType: string, byteSize: number, status: DocumentStatus, note: string | null, uploadedAt: string, verifiedAt: string | null, contentUrl: string, verifiedBy: { displayName: string } | null }>, decidedBy: { id: string, displayName: string } | null, signedOffBy: { displayName: string } | null, returnedBy: { displayName: string } | null, issuedDocument: { kind: IssuedDocumentKind, number: string, issuedAt: string, verificationCode: string, pdfUrl: string, issuedBy: { displayName: string } } | null, mailing: { carrier: Carrier, trackingNumber: string, mailedAt: string, deliveredAt: string | null, mailedBy: { displayName: string } } | null, supplementRequest: { reason: string, kinds: Array<DocumentKind>, requestedAt: string, answeredAt: string | null, requestedBy: { displayName: string } } | null, recordChecks: Array<{ id: string, status: RecordCheckStatus, source: string, requestedAt: string, completedAt: string | null, suggestedOutcome: Outcome | null, error: string | null, requestedBy: { displayName: string } | null, matches: Array<{ kind: RecordMatchKind, recordRef: string, offence: string, judgmentDate: string | null, sentence: string | null, sealedJuvenile: boolean }> }>, notifications: Array<{ id: string, event: string, channel: string, recipientMasked: string, text: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, lastError: string | null, nextAttemptAt: string }>, hallEvents: Array<{ id: string, event: string, status: HallEventStatus, attempts: number, createdAt: string, sentAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string, lastError: string | null }> } };

export type ConsoleAssignEachMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  officerId: string | number;
}>;


export type ConsoleAssignEachMutation = { assignEach: Array<{ id: string, referenceNo: string | null, assigned: boolean, reason: string | null, reasonCode: string | null }> };

export type ConsoleExplainRoutingCodedQueryVariables = Exact<{
  input: ApplicationInput;
}>;


export type ConsoleExplainRoutingCodedQuery = { explainRouting: { explanation: string, regionBasis: RegionBasis | null, regionCode: string | null, notAcceptedReason: string | null, notAcceptedField: string | null, decidingStep: number | null, headline: { code: string, params: unknown, text: string, field: string | null } | null, office: { id: string, name: string, code: string } | null, rule: { id: string, name: string, priority: number } | null, trace: Array<{ matched: boolean, reason: string, code: string | null, params: unknown, field: string | null, rule: { id: string, name: string, priority: number } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const OfficeFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfficeFields on Office {
  id
  code
  name
  kind
  jurisdiction
  address
  phone
  parent {
    id
    name
  }
}
    `, {"fragmentName":"OfficeFields"}) as unknown as TypedDocumentString<OfficeFieldsFragment, unknown>;
export const OfficerFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfficerFields on Officer {
  id
  username
  displayName
  role
  active
  openCases
  office {
    id
    name
    code
  }
}
    `, {"fragmentName":"OfficerFields"}) as unknown as TypedDocumentString<OfficerFieldsFragment, unknown>;
export const RoutingRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoutingRuleFields on RoutingRule {
  id
  name
  priority
  enabled
  applicantKind
  subjectCategory
  entrusted
  regionBasis
  regionPrefix
  minDaysInChina
  targetOfficeKind
  targetOffice {
    id
    name
  }
  legalBasis
  version
  updatedAt
}
    `, {"fragmentName":"RoutingRuleFields"}) as unknown as TypedDocumentString<RoutingRuleFieldsFragment, unknown>;
export const ApplicationRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApplicationRowFields on Application {
  id
  referenceNo
  status
  applicantKind
  purpose
  delivery
  submittedAt
  dueAt
  slaState
  workingDaysWaited
  version
  recordCheckStatus
  subject {
    name
    category
    idNumberMasked
  }
  unit {
    name
  }
  office {
    id
    name
  }
  assignee {
    id
    displayName
    active
  }
}
    `, {"fragmentName":"ApplicationRowFields"}) as unknown as TypedDocumentString<ApplicationRowFieldsFragment, unknown>;
export const HallClientFieldsFragmentDoc = new TypedDocumentString(`
    fragment HallClientFields on HallClient {
  clientId
  name
  scopes
  callbackUrl
  active
  createdAt
  secretIssuedAt
  previousValidUntil
}
    `, {"fragmentName":"HallClientFields"}) as unknown as TypedDocumentString<HallClientFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const RoutingDecisionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
    `, {"fragmentName":"RoutingDecisionFields"}) as unknown as TypedDocumentString<RoutingDecisionFieldsFragment, unknown>;
export const RecordCheckFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
    `, {"fragmentName":"RecordCheckFields"}) as unknown as TypedDocumentString<RecordCheckFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
    `, {"fragmentName":"NotificationFields"}) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const HallEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
    `, {"fragmentName":"HallEventFields"}) as unknown as TypedDocumentString<HallEventFieldsFragment, unknown>;
export const ApplicationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}`, {"fragmentName":"ApplicationFields"}) as unknown as TypedDocumentString<ApplicationFieldsFragment, unknown>;
export const AuditEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEventFields on AuditEvent {
  id
  at
  action
  entityType
  entityId
  detail
  actor {
    displayName
    username
  }
}
    `, {"fragmentName":"AuditEventFields"}) as unknown as TypedDocumentString<AuditEventFieldsFragment, unknown>;
export const ConsoleMeDocument = new TypedDocumentString(`
    query ConsoleMe {
  me {
    id
    username
    displayName
    role
    office {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleApplicationsDocument = new TypedDocumentString(`
    query ConsoleApplications($filter: ApplicationFilter, $sort: ApplicationSort, $page: Int, $perPage: Int) {
  applications(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    total
    items {
      ...ApplicationRowFields
    }
  }
}
    fragment ApplicationRowFields on Application {
  id
  referenceNo
  status
  applicantKind
  purpose
  delivery
  submittedAt
  dueAt
  slaState
  workingDaysWaited
  version
  recordCheckStatus
  subject {
    name
    category
    idNumberMasked
  }
  unit {
    name
  }
  office {
    id
    name
  }
  assignee {
    id
    displayName
    active
  }
}`) as unknown as TypedDocumentString<ConsoleApplicationsQuery, ConsoleApplicationsQueryVariables>;
export const ConsoleApplicationDocument = new TypedDocumentString(`
    query ConsoleApplication($id: ID!) {
  application(id: $id) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleApplicationQuery, ConsoleApplicationQueryVariables>;
export const ConsoleSubmitApplicationDocument = new TypedDocumentString(`
    mutation ConsoleSubmitApplication($input: ApplicationInput!) {
  submitApplication(input: $input) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleSubmitApplicationMutation, ConsoleSubmitApplicationMutationVariables>;
export const ConsoleCalendarDayImpactDocument = new TypedDocumentString(`
    query ConsoleCalendarDayImpact($date: Date!, $workday: Boolean) {
  calendarDayImpact(date: $date, workday: $workday)
}
    `) as unknown as TypedDocumentString<ConsoleCalendarDayImpactQuery, ConsoleCalendarDayImpactQueryVariables>;
export const ConsoleVerifyDocumentDocument = new TypedDocumentString(`
    mutation ConsoleVerifyDocument($id: ID!, $status: DocumentStatus!, $note: String) {
  verifyDocument(id: $id, status: $status, note: $note) {
    id
    status
    note
  }
}
    `) as unknown as TypedDocumentString<ConsoleVerifyDocumentMutation, ConsoleVerifyDocumentMutationVariables>;
export const ConsoleAssignApplicationsDocument = new TypedDocumentString(`
    mutation ConsoleAssignApplications($ids: [ID!]!, $officerId: ID!) {
  assignApplications(ids: $ids, officerId: $officerId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAssignApplicationsMutation, ConsoleAssignApplicationsMutationVariables>;
export const ConsoleRevealIdNumberDocument = new TypedDocumentString(`
    mutation ConsoleRevealIdNumber($applicationId: ID!, $person: PersonRole!, $reason: String!) {
  revealIdNumber(applicationId: $applicationId, person: $person, reason: $reason)
}
    `) as unknown as TypedDocumentString<ConsoleRevealIdNumberMutation, ConsoleRevealIdNumberMutationVariables>;
export const ConsoleQueueCountsDocument = new TypedDocumentString(`
    query ConsoleQueueCounts($officeIds: [ID!]) {
  queueCounts(officeIds: $officeIds) {
    byStatus {
      status
      count
    }
    unassigned
    mine
    overdue
    dueSoon
    dueToday
    recordMatches
    failedNotifications
  }
}
    `) as unknown as TypedDocumentString<ConsoleQueueCountsQuery, ConsoleQueueCountsQueryVariables>;
export const ConsoleRunRecordCheckDocument = new TypedDocumentString(`
    mutation ConsoleRunRecordCheck($id: ID!) {
  runRecordCheck(id: $id) {
    ...RecordCheckFields
  }
}
    fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}`) as unknown as TypedDocumentString<ConsoleRunRecordCheckMutation, ConsoleRunRecordCheckMutationVariables>;
export const ConsoleResendNotificationDocument = new TypedDocumentString(`
    mutation ConsoleResendNotification($id: ID!) {
  resendNotification(id: $id) {
    ...NotificationFields
  }
}
    fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}`) as unknown as TypedDocumentString<ConsoleResendNotificationMutation, ConsoleResendNotificationMutationVariables>;
export const ConsoleResendHallEventDocument = new TypedDocumentString(`
    mutation ConsoleResendHallEvent($id: ID!) {
  resendHallEvent(id: $id) {
    ...HallEventFields
  }
}
    fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}`) as unknown as TypedDocumentString<ConsoleResendHallEventMutation, ConsoleResendHallEventMutationVariables>;
export const ConsoleOtherApplicationsDocument = new TypedDocumentString(`
    query ConsoleOtherApplications($id: ID!) {
  application(id: $id) {
    id
    otherApplications {
      id
      referenceNo
      status
      submittedAt
      office {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOtherApplicationsQuery, ConsoleOtherApplicationsQueryVariables>;
export const ConsoleNoteCaseOpenDocument = new TypedDocumentString(`
    mutation ConsoleNoteCaseOpen($id: ID!, $leaving: Boolean) {
  noteCaseOpen(id: $id, leaving: $leaving) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<ConsoleNoteCaseOpenMutation, ConsoleNoteCaseOpenMutationVariables>;
export const ConsoleAuditTrailDocument = new TypedDocumentString(`
    query ConsoleAuditTrail($entityType: String!, $entityId: String!) {
  auditTrail(entityType: $entityType, entityId: $entityId, perPage: 200) {
    items {
      ...AuditEventFields
    }
    total
  }
}
    fragment AuditEventFields on AuditEvent {
  id
  at
  action
  entityType
  entityId
  detail
  actor {
    displayName
    username
  }
}`) as unknown as TypedDocumentString<ConsoleAuditTrailQuery, ConsoleAuditTrailQueryVariables>;
export const ConsoleHallClientsDocument = new TypedDocumentString(`
    query ConsoleHallClients {
  hallClients {
    ...HallClientFields
  }
}
    fragment HallClientFields on HallClient {
  clientId
  name
  scopes
  callbackUrl
  active
  createdAt
  secretIssuedAt
  previousValidUntil
}`) as unknown as TypedDocumentString<ConsoleHallClientsQuery, ConsoleHallClientsQueryVariables>;
export const ConsoleCreateHallClientDocument = new TypedDocumentString(`
    mutation ConsoleCreateHallClient($input: HallClientInput!) {
  createHallClient(input: $input) {
    client {
      ...HallClientFields
    }
    clientSecret
  }
}
    fragment HallClientFields on HallClient {
  clientId
  name
  scopes
  callbackUrl
  active
  createdAt
  secretIssuedAt
  previousValidUntil
}`) as unknown as TypedDocumentString<ConsoleCreateHallClientMutation, ConsoleCreateHallClientMutationVariables>;
export const ConsoleUpdateHallClientDocument = new TypedDocumentString(`
    mutation ConsoleUpdateHallClient($clientId: String!, $input: HallClientInput!) {
  updateHallClient(clientId: $clientId, input: $input) {
    ...HallClientFields
  }
}
    fragment HallClientFields on HallClient {
  clientId
  name
  scopes
  callbackUrl
  active
  createdAt
  secretIssuedAt
  previousValidUntil
}`) as unknown as TypedDocumentString<ConsoleUpdateHallClientMutation, ConsoleUpdateHallClientMutationVariables>;
export const ConsoleRotateHallClientSecretDocument = new TypedDocumentString(`
    mutation ConsoleRotateHallClientSecret($clientId: String!, $graceMinutes: Int!) {
  rotateHallClientSecret(clientId: $clientId, graceMinutes: $graceMinutes) {
    client {
      ...HallClientFields
    }
    clientSecret
  }
}
    fragment HallClientFields on HallClient {
  clientId
  name
  scopes
  callbackUrl
  active
  createdAt
  secretIssuedAt
  previousValidUntil
}`) as unknown as TypedDocumentString<ConsoleRotateHallClientSecretMutation, ConsoleRotateHallClientSecretMutationVariables>;
export const ConsoleOfficersDocument = new TypedDocumentString(`
    query ConsoleOfficers($page: Int, $perPage: Int, $officeIds: [ID!], $role: Role, $q: String) {
  officers(
    page: $page
    perPage: $perPage
    officeIds: $officeIds
    role: $role
    q: $q
  ) {
    total
    items {
      ...OfficerFields
    }
  }
}
    fragment OfficerFields on Officer {
  id
  username
  displayName
  role
  active
  openCases
  office {
    id
    name
    code
  }
}`) as unknown as TypedDocumentString<ConsoleOfficersQuery, ConsoleOfficersQueryVariables>;
export const ConsoleOfficerDocument = new TypedDocumentString(`
    query ConsoleOfficer($id: ID!) {
  officer(id: $id) {
    ...OfficerFields
  }
}
    fragment OfficerFields on Officer {
  id
  username
  displayName
  role
  active
  openCases
  office {
    id
    name
    code
  }
}`) as unknown as TypedDocumentString<ConsoleOfficerQuery, ConsoleOfficerQueryVariables>;
export const ConsoleCreateOfficerDocument = new TypedDocumentString(`
    mutation ConsoleCreateOfficer($input: OfficerInput!) {
  createOfficer(input: $input) {
    ...OfficerFields
  }
}
    fragment OfficerFields on Officer {
  id
  username
  displayName
  role
  active
  openCases
  office {
    id
    name
    code
  }
}`) as unknown as TypedDocumentString<ConsoleCreateOfficerMutation, ConsoleCreateOfficerMutationVariables>;
export const ConsoleUpdateOfficerDocument = new TypedDocumentString(`
    mutation ConsoleUpdateOfficer($id: ID!, $input: OfficerUpdateInput!) {
  updateOfficer(id: $id, input: $input) {
    ...OfficerFields
  }
}
    fragment OfficerFields on Officer {
  id
  username
  displayName
  role
  active
  openCases
  office {
    id
    name
    code
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateOfficerMutation, ConsoleUpdateOfficerMutationVariables>;
export const ConsoleResetOfficerPasswordDocument = new TypedDocumentString(`
    mutation ConsoleResetOfficerPassword($id: ID!, $password: String!) {
  updateOfficer(id: $id, input: {password: $password}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleResetOfficerPasswordMutation, ConsoleResetOfficerPasswordMutationVariables>;
export const ConsoleOfficesDocument = new TypedDocumentString(`
    query ConsoleOffices($page: Int, $perPage: Int, $q: String, $kind: OfficeKind) {
  offices(page: $page, perPage: $perPage, q: $q, kind: $kind) {
    total
    items {
      ...OfficeFields
    }
  }
}
    fragment OfficeFields on Office {
  id
  code
  name
  kind
  jurisdiction
  address
  phone
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConsoleOfficesQuery, ConsoleOfficesQueryVariables>;
export const ConsoleOfficeDocument = new TypedDocumentString(`
    query ConsoleOffice($id: ID!) {
  office(id: $id) {
    ...OfficeFields
  }
}
    fragment OfficeFields on Office {
  id
  code
  name
  kind
  jurisdiction
  address
  phone
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConsoleOfficeQuery, ConsoleOfficeQueryVariables>;
export const ConsoleCreateOfficeDocument = new TypedDocumentString(`
    mutation ConsoleCreateOffice($input: OfficeInput!) {
  createOffice(input: $input) {
    ...OfficeFields
  }
}
    fragment OfficeFields on Office {
  id
  code
  name
  kind
  jurisdiction
  address
  phone
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConsoleCreateOfficeMutation, ConsoleCreateOfficeMutationVariables>;
export const ConsoleUpdateOfficeDocument = new TypedDocumentString(`
    mutation ConsoleUpdateOffice($id: ID!, $input: OfficeInput!) {
  updateOffice(id: $id, input: $input) {
    ...OfficeFields
  }
}
    fragment OfficeFields on Office {
  id
  code
  name
  kind
  jurisdiction
  address
  phone
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateOfficeMutation, ConsoleUpdateOfficeMutationVariables>;
export const ConsoleReasonTemplatesDocument = new TypedDocumentString(`
    query ConsoleReasonTemplates($kind: ReasonKind, $withRetired: Boolean) {
  reasonTemplates(kind: $kind, withRetired: $withRetired) {
    id
    kind
    text
    active
    position
  }
}
    `) as unknown as TypedDocumentString<ConsoleReasonTemplatesQuery, ConsoleReasonTemplatesQueryVariables>;
export const ConsoleCreateReasonTemplateDocument = new TypedDocumentString(`
    mutation ConsoleCreateReasonTemplate($input: ReasonTemplateInput!) {
  createReasonTemplate(input: $input) {
    id
    kind
    text
    active
    position
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateReasonTemplateMutation, ConsoleCreateReasonTemplateMutationVariables>;
export const ConsoleUpdateReasonTemplateDocument = new TypedDocumentString(`
    mutation ConsoleUpdateReasonTemplate($id: ID!, $input: ReasonTemplateInput!) {
  updateReasonTemplate(id: $id, input: $input) {
    id
    kind
    text
    active
    position
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateReasonTemplateMutation, ConsoleUpdateReasonTemplateMutationVariables>;
export const ConsoleRegionsDocument = new TypedDocumentString(`
    query ConsoleRegions($parent: String) {
  regions(parent: $parent) {
    code
    name
    fullName
  }
}
    `) as unknown as TypedDocumentString<ConsoleRegionsQuery, ConsoleRegionsQueryVariables>;
export const ConsoleRegionDocument = new TypedDocumentString(`
    query ConsoleRegion($code: String!) {
  region(code: $code) {
    code
    name
    fullName
  }
}
    `) as unknown as TypedDocumentString<ConsoleRegionQuery, ConsoleRegionQueryVariables>;
export const ConsoleWorkloadReportDocument = new TypedDocumentString(`
    query ConsoleWorkloadReport($input: WorkloadReportInput!) {
  workloadReport(input: $input) {
    from
    to
    groupBy
    rows {
      key
      label
      parentKey
      level
      office
      received
      accepted
      decided
      issued
      mailed
      openNow
      overdueNow
      slaMetRate
      medianWorkingDaysToDecision
    }
    totals {
      key
      label
      received
      accepted
      decided
      issued
      mailed
      openNow
      overdueNow
      slaMetRate
      medianWorkingDaysToDecision
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleWorkloadReportQuery, ConsoleWorkloadReportQueryVariables>;
export const ConsoleTimeInStatusDocument = new TypedDocumentString(`
    query ConsoleTimeInStatus($input: TimeInStatusInput!) {
  timeInStatus(input: $input) {
    officeId
    office
    status
    count
    averageWorkingDays
    p90WorkingDays
  }
}
    `) as unknown as TypedDocumentString<ConsoleTimeInStatusQuery, ConsoleTimeInStatusQueryVariables>;
export const ConsoleCalendarDocument = new TypedDocumentString(`
    query ConsoleCalendar($from: Date!, $to: Date!) {
  calendar(from: $from, to: $to) {
    date
    workday
    note
  }
}
    `) as unknown as TypedDocumentString<ConsoleCalendarQuery, ConsoleCalendarQueryVariables>;
export const ConsoleSetCalendarDayDocument = new TypedDocumentString(`
    mutation ConsoleSetCalendarDay($date: Date!, $workday: Boolean!, $note: String) {
  setCalendarDay(date: $date, workday: $workday, note: $note) {
    date
    workday
    note
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetCalendarDayMutation, ConsoleSetCalendarDayMutationVariables>;
export const ConsoleRoutingRulesDocument = new TypedDocumentString(`
    query ConsoleRoutingRules {
  routingRules {
    ...RoutingRuleFields
  }
}
    fragment RoutingRuleFields on RoutingRule {
  id
  name
  priority
  enabled
  applicantKind
  subjectCategory
  entrusted
  regionBasis
  regionPrefix
  minDaysInChina
  targetOfficeKind
  targetOffice {
    id
    name
  }
  legalBasis
  version
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleRoutingRulesQuery, ConsoleRoutingRulesQueryVariables>;
export const ConsoleRoutingRuleDocument = new TypedDocumentString(`
    query ConsoleRoutingRule($id: ID!) {
  routingRule(id: $id) {
    ...RoutingRuleFields
  }
}
    fragment RoutingRuleFields on RoutingRule {
  id
  name
  priority
  enabled
  applicantKind
  subjectCategory
  entrusted
  regionBasis
  regionPrefix
  minDaysInChina
  targetOfficeKind
  targetOffice {
    id
    name
  }
  legalBasis
  version
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleRoutingRuleQuery, ConsoleRoutingRuleQueryVariables>;
export const ConsoleCreateRoutingRuleDocument = new TypedDocumentString(`
    mutation ConsoleCreateRoutingRule($input: RoutingRuleInput!) {
  createRoutingRule(input: $input) {
    ...RoutingRuleFields
  }
}
    fragment RoutingRuleFields on RoutingRule {
  id
  name
  priority
  enabled
  applicantKind
  subjectCategory
  entrusted
  regionBasis
  regionPrefix
  minDaysInChina
  targetOfficeKind
  targetOffice {
    id
    name
  }
  legalBasis
  version
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleCreateRoutingRuleMutation, ConsoleCreateRoutingRuleMutationVariables>;
export const ConsoleUpdateRoutingRuleDocument = new TypedDocumentString(`
    mutation ConsoleUpdateRoutingRule($id: ID!, $version: Int!, $input: RoutingRuleInput!) {
  updateRoutingRule(id: $id, version: $version, input: $input) {
    ...RoutingRuleFields
  }
}
    fragment RoutingRuleFields on RoutingRule {
  id
  name
  priority
  enabled
  applicantKind
  subjectCategory
  entrusted
  regionBasis
  regionPrefix
  minDaysInChina
  targetOfficeKind
  targetOffice {
    id
    name
  }
  legalBasis
  version
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleUpdateRoutingRuleMutation, ConsoleUpdateRoutingRuleMutationVariables>;
export const ConsoleDeleteRoutingRuleDocument = new TypedDocumentString(`
    mutation ConsoleDeleteRoutingRule($id: ID!, $version: Int!) {
  deleteRoutingRule(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteRoutingRuleMutation, ConsoleDeleteRoutingRuleMutationVariables>;
export const ConsoleClaimDocument = new TypedDocumentString(`
    mutation ConsoleClaim($id: ID!, $version: Int!) {
  r: claimApplication(id: $id, version: $version) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleClaimMutation, ConsoleClaimMutationVariables>;
export const ConsoleClaimNextDocument = new TypedDocumentString(`
    mutation ConsoleClaimNext {
  r: claimNextApplication {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleClaimNextMutation, ConsoleClaimNextMutationVariables>;
export const ConsoleReleaseDocument = new TypedDocumentString(`
    mutation ConsoleRelease($id: ID!, $version: Int!) {
  r: releaseApplication(id: $id, version: $version) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleReleaseMutation, ConsoleReleaseMutationVariables>;
export const ConsoleAssignDocument = new TypedDocumentString(`
    mutation ConsoleAssign($id: ID!, $version: Int!, $officerId: ID!) {
  r: assignApplication(id: $id, version: $version, officerId: $officerId) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleAssignMutation, ConsoleAssignMutationVariables>;
export const ConsoleAcceptDocument = new TypedDocumentString(`
    mutation ConsoleAccept($id: ID!, $version: Int!) {
  r: acceptApplication(id: $id, version: $version) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleAcceptMutation, ConsoleAcceptMutationVariables>;
export const ConsoleNotAcceptDocument = new TypedDocumentString(`
    mutation ConsoleNotAccept($id: ID!, $version: Int!, $reason: String!) {
  r: notAcceptApplication(id: $id, version: $version, reason: $reason) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleNotAcceptMutation, ConsoleNotAcceptMutationVariables>;
export const ConsoleRequestSupplementDocument = new TypedDocumentString(`
    mutation ConsoleRequestSupplement($id: ID!, $version: Int!, $reason: String!, $kinds: [DocumentKind!]!) {
  r: requestSupplement(id: $id, version: $version, reason: $reason, kinds: $kinds) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleRequestSupplementMutation, ConsoleRequestSupplementMutationVariables>;
export const ConsoleSupplementReceivedDocument = new TypedDocumentString(`
    mutation ConsoleSupplementReceived($id: ID!, $version: Int!) {
  r: supplementReceived(id: $id, version: $version) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleSupplementReceivedMutation, ConsoleSupplementReceivedMutationVariables>;
export const ConsoleStartInvestigationDocument = new TypedDocumentString(`
    mutation ConsoleStartInvestigation($id: ID!, $version: Int!, $reason: String!) {
  r: startInvestigation(id: $id, version: $version, reason: $reason) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleStartInvestigationMutation, ConsoleStartInvestigationMutationVariables>;
export const ConsoleEndInvestigationDocument = new TypedDocumentString(`
    mutation ConsoleEndInvestigation($id: ID!, $version: Int!, $note: String) {
  r: endInvestigation(id: $id, version: $version, note: $note) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleEndInvestigationMutation, ConsoleEndInvestigationMutationVariables>;
export const ConsoleDecideDocument = new TypedDocumentString(`
    mutation ConsoleDecide($id: ID!, $version: Int!, $outcome: Outcome!, $note: String) {
  r: decideApplication(id: $id, version: $version, outcome: $outcome, note: $note) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleDecideMutation, ConsoleDecideMutationVariables>;
export const ConsoleSignOffDocument = new TypedDocumentString(`
    mutation ConsoleSignOff($id: ID!, $version: Int!, $approve: Boolean!, $note: String) {
  r: signOffDecision(id: $id, version: $version, approve: $approve, note: $note) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleSignOffMutation, ConsoleSignOffMutationVariables>;
export const ConsoleRecordFeePaymentDocument = new TypedDocumentString(`
    mutation ConsoleRecordFeePayment($id: ID!, $version: Int!, $receiptNo: String!) {
  r: recordFeePayment(id: $id, version: $version, receiptNo: $receiptNo) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleRecordFeePaymentMutation, ConsoleRecordFeePaymentMutationVariables>;
export const ConsoleIssueDocument = new TypedDocumentString(`
    mutation ConsoleIssue($id: ID!, $version: Int!) {
  r: issueDocument(id: $id, version: $version) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleIssueMutation, ConsoleIssueMutationVariables>;
export const ConsoleRecordMailingDocument = new TypedDocumentString(`
    mutation ConsoleRecordMailing($id: ID!, $version: Int!, $input: MailingInput!) {
  r: recordMailing(id: $id, version: $version, input: $input) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleRecordMailingMutation, ConsoleRecordMailingMutationVariables>;
export const ConsoleRecordDeliveryDocument = new TypedDocumentString(`
    mutation ConsoleRecordDelivery($id: ID!, $version: Int!, $deliveredAt: DateTime) {
  r: recordDelivery(id: $id, version: $version, deliveredAt: $deliveredAt) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleRecordDeliveryMutation, ConsoleRecordDeliveryMutationVariables>;
export const ConsoleTransferDocument = new TypedDocumentString(`
    mutation ConsoleTransfer($id: ID!, $version: Int!, $officeId: ID!, $reason: String!) {
  r: transferApplication(
    id: $id
    version: $version
    officeId: $officeId
    reason: $reason
  ) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleTransferMutation, ConsoleTransferMutationVariables>;
export const ConsoleWithdrawDocument = new TypedDocumentString(`
    mutation ConsoleWithdraw($id: ID!, $version: Int!, $reason: String!) {
  r: withdrawApplication(id: $id, version: $version, reason: $reason) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleWithdrawMutation, ConsoleWithdrawMutationVariables>;
export const ConsoleOpenReviewDocument = new TypedDocumentString(`
    mutation ConsoleOpenReview($id: ID!, $version: Int!, $reason: String!) {
  r: openReview(id: $id, version: $version, reason: $reason) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleOpenReviewMutation, ConsoleOpenReviewMutationVariables>;
export const ConsoleCloseReviewDocument = new TypedDocumentString(`
    mutation ConsoleCloseReview($id: ID!, $version: Int!, $outcome: Outcome!, $note: String!) {
  r: closeReview(id: $id, version: $version, outcome: $outcome, note: $note) {
    ...ApplicationFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}
fragment PersonFields on Person {
  name
  category
  idType
  idNumberMasked
  nationality
  birthDate
  gender
  domicileRegion
  residenceRegion
  daysInChina
  phoneMasked
}
fragment RecordCheckFields on RecordCheck {
  id
  status
  source
  requestedAt
  completedAt
  requestedBy {
    displayName
  }
  suggestedOutcome
  error
  matches {
    kind
    recordRef
    offence
    judgmentDate
    sentence
    sealedJuvenile
  }
}
fragment NotificationFields on Notification {
  id
  event
  channel
  recipientMasked
  text
  status
  attempts
  createdAt
  sentAt
  lastError
  nextAttemptAt
}
fragment HallEventFields on HallEvent {
  id
  event
  status
  attempts
  createdAt
  sentAt
  lastAttemptAt
  nextAttemptAt
  lastError
}
fragment ApplicationFields on Application {
  id
  referenceNo
  status
  channel
  hallReference
  applicantKind
  purpose
  purposeDetail
  destinationCountry
  delivery
  subject {
    ...PersonFields
  }
  agent {
    ...PersonFields
  }
  unit {
    name
    creditCode
    region
    contactName
    contactPhoneMasked
  }
  mailingAddress {
    recipient
    phoneMasked
    region
    line
    postalCode
  }
  office {
    id
    name
    code
    address
    phone
  }
  assignee {
    id
    displayName
    username
  }
  routing {
    ...RoutingDecisionFields
  }
  progressUrl
  documents {
    id
    kind
    fileName
    contentType
    byteSize
    status
    note
    uploadedAt
    verifiedAt
    verifiedBy {
      displayName
    }
    contentUrl
  }
  missingDocumentKinds
  submittedAt
  acceptedAt
  dueAt
  slaState
  workingDaysElapsed
  outcome
  decidedAt
  decidedBy {
    id
    displayName
  }
  signedOffBy {
    displayName
  }
  returnedBy {
    displayName
  }
  issuedDocument {
    kind
    number
    issuedAt
    verificationCode
    pdfUrl
    issuedBy {
      displayName
    }
  }
  mailing {
    carrier
    trackingNumber
    mailedAt
    deliveredAt
    mailedBy {
      displayName
    }
  }
  feeAmount
  feePaid
  feeReceiptNo
  statusReason
  supplementRequest {
    reason
    kinds
    requestedAt
    answeredAt
    requestedBy {
      displayName
    }
  }
  recordCheckStatus
  recordChecks {
    ...RecordCheckFields
  }
  notifications {
    ...NotificationFields
  }
  hallEvents {
    ...HallEventFields
  }
  availableActions
  updatedAt
  version
}`) as unknown as TypedDocumentString<ConsoleCloseReviewMutation, ConsoleCloseReviewMutationVariables>;
export const ConsoleAssignEachDocument = new TypedDocumentString(`
    mutation ConsoleAssignEach($ids: [ID!]!, $officerId: ID!) {
  assignEach(ids: $ids, officerId: $officerId) {
    id
    referenceNo
    assigned
    reason
    reasonCode
  }
}
    `) as unknown as TypedDocumentString<ConsoleAssignEachMutation, ConsoleAssignEachMutationVariables>;
export const ConsoleExplainRoutingCodedDocument = new TypedDocumentString(`
    query ConsoleExplainRoutingCoded($input: ApplicationInput!) {
  explainRouting(input: $input) {
    ...RoutingDecisionFields
  }
}
    fragment RoutingDecisionFields on RoutingDecision {
  explanation
  regionBasis
  regionCode
  notAcceptedReason
  notAcceptedField
  decidingStep
  headline {
    code
    params
    text
    field
  }
  office {
    id
    name
    code
  }
  rule {
    id
    name
    priority
  }
  trace {
    matched
    reason
    code
    params
    field
    rule {
      id
      name
      priority
    }
  }
}`) as unknown as TypedDocumentString<ConsoleExplainRoutingCodedQuery, ConsoleExplainRoutingCodedQueryVariables>;