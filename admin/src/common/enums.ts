import type {
  ApplicantKind,
  ApplicationStatus,
  Carrier,
  Channel,
  DeliveryMethod,
  DocumentKind,
  IdType,
  OfficeKind,
  Outcome,
  Purpose,
  ReasonKind,
  RecordCheckStatus,
  RegionBasis,
  Role,
  SlaState,
  SubjectCategory,
} from '../generated/graphql';

// The values of the contract's enums that the console offers in its forms and filters, in the
// order it shows them. The enums are generated from schema.graphql (npm run codegen): a list
// that misses a value of its enum, or names one the schema does not have, does not compile.

/** The values of enum T in the console's order: every one of them, or a type error naming those missing. */
const allOf =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): T[] => [...list];

export const STATUSES = allOf<ApplicationStatus>()([
  'SUBMITTED',
  'AWAITING_SUPPLEMENT',
  'ACCEPTED',
  'UNDER_INVESTIGATION',
  'PENDING_SIGNOFF',
  'DECIDED',
  'ISSUED',
  'MAILED',
  'DELIVERED',
  'NOT_ACCEPTED',
  'WITHDRAWN',
  'UNDER_REVIEW',
]);
/** The statuses that close a case: the server frees the case on reaching one (workflow.ts CLOSING_STATUSES). */
export const CLOSED_STATUSES: readonly ApplicationStatus[] = ['DELIVERED', 'NOT_ACCEPTED', 'WITHDRAWN'];
/** The statuses of a case still open: every status but those that close it (workflow.ts OPEN_STATUSES). */
export const OPEN_STATUSES = STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));
export const CATEGORIES = allOf<SubjectCategory>()(['CITIZEN', 'HMT_RESIDENT', 'FOREIGNER']);
export const PURPOSES = allOf<Purpose>()([
  'GO_ABROAD',
  'QUALIFICATION',
  'FURTHER_STUDY',
  'ENLISTMENT',
  'SENSITIVE_POST',
  'EMPLOYMENT_SCREENING',
  'OTHER',
]);
export const CHANNELS = allOf<Channel>()(['ONLINE', 'COUNTER']);
export const DELIVERIES = allOf<DeliveryMethod>()(['MAIL', 'COUNTER_PICKUP', 'ELECTRONIC']);
export const SLA_STATES = allOf<SlaState>()([
  'NOT_STARTED',
  'ON_TRACK',
  'DUE_SOON',
  'OVERDUE',
  'PAUSED',
  'MET',
  'BREACHED',
]);
export const OUTCOMES = allOf<Outcome>()(['NO_RECORD', 'RECORD_FOUND', 'SEALED_JUVENILE_RECORD']);
export const DOCUMENT_KINDS = allOf<DocumentKind>()([
  'APPLICATION_FORM',
  'ID_CARD_FRONT',
  'ID_CARD_BACK',
  'PHOTO',
  'PASSPORT',
  'RESIDENCE_PERMIT',
  'HMT_TRAVEL_PERMIT',
  'POWER_OF_ATTORNEY',
  'AGENT_ID',
  'UNIT_LETTER',
  'BUSINESS_LICENSE',
  'SUBJECT_CONSENT',
  'OTHER',
]);
export const ROLES = allOf<Role>()(['STATION_OFFICER', 'EXIT_ENTRY_OFFICER', 'SUPERVISOR', 'ADMIN']);
export const OFFICE_KINDS = allOf<OfficeKind>()(['POLICE_STATION', 'EXIT_ENTRY', 'SERVICE_HALL', 'BUREAU']);
export const APPLICANT_KINDS = allOf<ApplicantKind>()(['INDIVIDUAL', 'UNIT']);
export const ID_TYPES = allOf<IdType>()([
  'RESIDENT_ID_CARD',
  'HMT_TRAVEL_PERMIT',
  'PASSPORT',
  'FOREIGNER_PERMANENT_RESIDENCE_CARD',
]);
export const REGION_BASES = allOf<RegionBasis>()(['DOMICILE', 'RESIDENCE', 'UNIT_LOCATION']);
/** The queue's record-check filter: what needs a look first. */
export const RECORD_CHECK_STATUSES = allOf<RecordCheckStatus>()(['MATCHES_FOUND', 'PENDING', 'FAILED', 'CLEAR']);
export const REASON_KINDS = allOf<ReasonKind>()(['SUPPLEMENT', 'NOT_ACCEPTED']);
export const CARRIERS = allOf<Carrier>()(['EMS', 'CHINA_POST', 'SF_EXPRESS', 'OTHER']);
