import { registerEnumType } from 'type-graphql';

// The enums of the shared contract (../shared/contract.graphql), registered under the same names.

export enum Role {
  STATION_OFFICER = 'STATION_OFFICER',
  EXIT_ENTRY_OFFICER = 'EXIT_ENTRY_OFFICER',
  SUPERVISOR = 'SUPERVISOR',
  ADMIN = 'ADMIN',
}
export enum OfficeKind {
  POLICE_STATION = 'POLICE_STATION',
  EXIT_ENTRY = 'EXIT_ENTRY',
  SERVICE_HALL = 'SERVICE_HALL',
  BUREAU = 'BUREAU',
}
export enum ApplicantKind {
  INDIVIDUAL = 'INDIVIDUAL',
  UNIT = 'UNIT',
}
export enum SubjectCategory {
  CITIZEN = 'CITIZEN',
  HMT_RESIDENT = 'HMT_RESIDENT',
  FOREIGNER = 'FOREIGNER',
}
export enum IdType {
  RESIDENT_ID_CARD = 'RESIDENT_ID_CARD',
  HMT_TRAVEL_PERMIT = 'HMT_TRAVEL_PERMIT',
  PASSPORT = 'PASSPORT',
  FOREIGNER_PERMANENT_RESIDENCE_CARD = 'FOREIGNER_PERMANENT_RESIDENCE_CARD',
}
export enum Purpose {
  GO_ABROAD = 'GO_ABROAD',
  QUALIFICATION = 'QUALIFICATION',
  FURTHER_STUDY = 'FURTHER_STUDY',
  ENLISTMENT = 'ENLISTMENT',
  SENSITIVE_POST = 'SENSITIVE_POST',
  EMPLOYMENT_SCREENING = 'EMPLOYMENT_SCREENING',
  OTHER = 'OTHER',
}
export enum RegionBasis {
  DOMICILE = 'DOMICILE',
  RESIDENCE = 'RESIDENCE',
  UNIT_LOCATION = 'UNIT_LOCATION',
}
export enum DeliveryMethod {
  MAIL = 'MAIL',
  COUNTER_PICKUP = 'COUNTER_PICKUP',
  ELECTRONIC = 'ELECTRONIC',
}
export enum Channel {
  ONLINE = 'ONLINE',
  COUNTER = 'COUNTER',
}
export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  AWAITING_SUPPLEMENT = 'AWAITING_SUPPLEMENT',
  ACCEPTED = 'ACCEPTED',
  UNDER_INVESTIGATION = 'UNDER_INVESTIGATION',
  PENDING_SIGNOFF = 'PENDING_SIGNOFF',
  DECIDED = 'DECIDED',
  ISSUED = 'ISSUED',
  MAILED = 'MAILED',
  DELIVERED = 'DELIVERED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  WITHDRAWN = 'WITHDRAWN',
  UNDER_REVIEW = 'UNDER_REVIEW',
}
export enum Outcome {
  NO_RECORD = 'NO_RECORD',
  RECORD_FOUND = 'RECORD_FOUND',
  SEALED_JUVENILE_RECORD = 'SEALED_JUVENILE_RECORD',
}
export enum IssuedDocumentKind {
  NO_CRIMINAL_RECORD_CERTIFICATE = 'NO_CRIMINAL_RECORD_CERTIFICATE',
  REFUSAL_NOTICE = 'REFUSAL_NOTICE',
  UNIT_RESULT_LETTER = 'UNIT_RESULT_LETTER',
}
export enum DocumentKind {
  APPLICATION_FORM = 'APPLICATION_FORM',
  ID_CARD_FRONT = 'ID_CARD_FRONT',
  ID_CARD_BACK = 'ID_CARD_BACK',
  PHOTO = 'PHOTO',
  PASSPORT = 'PASSPORT',
  RESIDENCE_PERMIT = 'RESIDENCE_PERMIT',
  HMT_TRAVEL_PERMIT = 'HMT_TRAVEL_PERMIT',
  POWER_OF_ATTORNEY = 'POWER_OF_ATTORNEY',
  AGENT_ID = 'AGENT_ID',
  UNIT_LETTER = 'UNIT_LETTER',
  BUSINESS_LICENSE = 'BUSINESS_LICENSE',
  SUBJECT_CONSENT = 'SUBJECT_CONSENT',
  OTHER = 'OTHER',
}
export enum DocumentStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}
export enum SlaState {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  PAUSED = 'PAUSED',
  MET = 'MET',
  BREACHED = 'BREACHED',
}
export enum Carrier {
  EMS = 'EMS',
  CHINA_POST = 'CHINA_POST',
  SF_EXPRESS = 'SF_EXPRESS',
  OTHER = 'OTHER',
}
export enum CaseAction {
  CLAIM = 'CLAIM',
  RELEASE = 'RELEASE',
  ASSIGN = 'ASSIGN',
  ACCEPT = 'ACCEPT',
  NOT_ACCEPT = 'NOT_ACCEPT',
  REQUEST_SUPPLEMENT = 'REQUEST_SUPPLEMENT',
  SUPPLEMENT_RECEIVED = 'SUPPLEMENT_RECEIVED',
  /** The applicant, through the online hall: what was asked is uploaded (the officer still confirms with SUPPLEMENT_RECEIVED). */
  SUPPLEMENT_ANSWERED = 'SUPPLEMENT_ANSWERED',
  VERIFY_DOCUMENTS = 'VERIFY_DOCUMENTS',
  START_INVESTIGATION = 'START_INVESTIGATION',
  END_INVESTIGATION = 'END_INVESTIGATION',
  DECIDE = 'DECIDE',
  SIGN_OFF = 'SIGN_OFF',
  RECORD_FEE_PAYMENT = 'RECORD_FEE_PAYMENT',
  ISSUE = 'ISSUE',
  RECORD_MAILING = 'RECORD_MAILING',
  RECORD_DELIVERY = 'RECORD_DELIVERY',
  TRANSFER = 'TRANSFER',
  WITHDRAW = 'WITHDRAW',
  OPEN_REVIEW = 'OPEN_REVIEW',
  CLOSE_REVIEW = 'CLOSE_REVIEW',
  REVEAL_ID = 'REVEAL_ID',
  /** Attach a scanned paper to the case (counter intake, a supplement). */
  UPLOAD_DOCUMENT = 'UPLOAD_DOCUMENT',
  /** Look the subject up in the criminal-record registry again (one is asked at acceptance). */
  RUN_RECORD_CHECK = 'RUN_RECORD_CHECK',
}
export enum RecordCheckStatus {
  PENDING = 'PENDING',
  CLEAR = 'CLEAR',
  MATCHES_FOUND = 'MATCHES_FOUND',
  FAILED = 'FAILED',
}
export enum RecordMatchKind {
  EXACT_ID = 'EXACT_ID',
  NAME_AND_BIRTH_DATE = 'NAME_AND_BIRTH_DATE',
}
export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
/** The case events an applicant hears of. */
export enum NotificationEvent {
  ACCEPTED = 'ACCEPTED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  DECIDED = 'DECIDED',
  ISSUED = 'ISSUED',
  MAILED = 'MAILED',
  DELIVERED = 'DELIVERED',
  WITHDRAWN = 'WITHDRAWN',
}
export enum PersonRole {
  SUBJECT = 'SUBJECT',
  AGENT = 'AGENT',
}
export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
export enum ApplicationSortField {
  SUBMITTED_AT = 'SUBMITTED_AT',
  DUE_AT = 'DUE_AT',
  UPDATED_AT = 'UPDATED_AT',
  REFERENCE_NO = 'REFERENCE_NO',
  STATUS = 'STATUS',
}
export enum ReportGrouping {
  OFFICE = 'OFFICE',
  OFFICER = 'OFFICER',
  DAY = 'DAY',
}
/** The steps whose reason an officer may take from an administrator's templates. */
export enum ReasonKind {
  SUPPLEMENT = 'SUPPLEMENT',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
}

const enums: [object, string][] = [
  [Role, 'Role'],
  [OfficeKind, 'OfficeKind'],
  [ApplicantKind, 'ApplicantKind'],
  [SubjectCategory, 'SubjectCategory'],
  [IdType, 'IdType'],
  [Purpose, 'Purpose'],
  [RegionBasis, 'RegionBasis'],
  [DeliveryMethod, 'DeliveryMethod'],
  [Channel, 'Channel'],
  [ApplicationStatus, 'ApplicationStatus'],
  [Outcome, 'Outcome'],
  [IssuedDocumentKind, 'IssuedDocumentKind'],
  [DocumentKind, 'DocumentKind'],
  [DocumentStatus, 'DocumentStatus'],
  [SlaState, 'SlaState'],
  [Carrier, 'Carrier'],
  [CaseAction, 'CaseAction'],
  [RecordCheckStatus, 'RecordCheckStatus'],
  [RecordMatchKind, 'RecordMatchKind'],
  [NotificationStatus, 'NotificationStatus'],
  [PersonRole, 'PersonRole'],
  [SortOrder, 'SortOrder'],
  [ApplicationSortField, 'ApplicationSortField'],
  [ReportGrouping, 'ReportGrouping'],
  [ReasonKind, 'ReasonKind'],
];
for (const [e, name] of enums) registerEnumType(e, { name });
