import type { HallEventName } from '../applications/case/hallEvents';
import type { NotificationEvent } from '../applications/case/notifications';
import type { HallScope } from '../dataProvider/hallClients';
import type * as Schema from '../generated/graphql';

/**
 * The labels of the schema's enums the console shows, generated types as keys: a value the schema
 * adds does not compile until each language names it. (CaseAction's labels also name the audit
 * trail's own actions, such as APPLICATION_SUBMITTED.)
 */
export interface EnumLabels {
  ApplicationStatus: Record<Schema.ApplicationStatus, string>;
  SubjectCategory: Record<Schema.SubjectCategory, string>;
  ApplicantKind: Record<Schema.ApplicantKind, string>;
  Purpose: Record<Schema.Purpose, string>;
  DeliveryMethod: Record<Schema.DeliveryMethod, string>;
  SlaState: Record<Schema.SlaState, string>;
  Outcome: Record<Schema.Outcome, string>;
  DocumentKind: Record<Schema.DocumentKind, string>;
  DocumentStatus: Record<Schema.DocumentStatus, string>;
  Role: Record<Schema.Role, string>;
  OfficeKind: Record<Schema.OfficeKind, string>;
  IdType: Record<Schema.IdType, string>;
  RegionBasis: Record<Schema.RegionBasis, string>;
  Carrier: Record<Schema.Carrier, string>;
  Channel: Record<Schema.Channel, string>;
  IssuedDocumentKind: Record<Schema.IssuedDocumentKind, string>;
  CaseAction: Record<Schema.CaseAction, string>;
  RecordCheckStatus: Record<Schema.RecordCheckStatus, string>;
  RecordMatchKind: Record<Schema.RecordMatchKind, string>;
  NotificationStatus: Record<Schema.NotificationStatus, string>;
  /** A String in the schema: the events the console knows (applications/notifications.ts). */
  NotificationEvent: Record<NotificationEvent, string>;
  HallEventStatus: Record<Schema.HallEventStatus, string>;
  /** A String in the schema: the steps the online hall hears of (applications/hallEvents.ts). */
  HallEvent: Record<HallEventName, string>;
  /** Strings in the schema: what a client of the hall's API may do (dataProvider/hallClients.ts). */
  HallScope: Record<HallScope, string>;
}

/** A language's enum labels, checked against EnumLabels (extra keys allowed). */
export const enumLabels = <T extends EnumLabels>(labels: T): T => labels;
