import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import {
  ApplicantKind,
  ApplicationStatus,
  Channel,
  DeliveryMethod,
  Outcome,
  Purpose,
  RecordCheckStatus,
} from '../core/enums';
import { BoolColumn, EnumColumn, IntColumn, JsonColumn, MoneyColumn, TextColumn, TimestampColumn } from '../db/columns';
import type { RoutingDecision } from '../routing/routing-decision';
import {
  IssuedDocumentRecord,
  MailingAddressRecord,
  MailingRecord,
  PersonRecord,
  SupplementRecord,
  UnitRecord,
} from './application.columns';

/** A case: one application for a record check, from intake to delivery. */
@ObjectType()
@Entity('application')
// The queue: an office's cases by status, ordered by due or submission date.
@Index('ix_application_office_status_due', ['officeId', 'status', 'dueAt'])
@Index('ix_application_office_status_submitted', ['officeId', 'status', 'submittedAt'])
@Index('ix_application_office_submitted', ['officeId', 'submittedAt'])
@Index('ix_application_assignee_status', ['assigneeId', 'status'])
@Index('ix_application_issued_number', ['issued.number'], { unique: true })
// Reports: decisions of a period per office.
@Index('ix_application_office_decided', ['officeId', 'decidedAt'])
@Index('ix_application_decided', ['decidedAt'])
// Queues over every office (administrators, the city bureau), newest first or by due date.
@Index('ix_application_submitted', ['submittedAt'])
@Index('ix_application_status_due', ['status', 'dueAt'])
// Cases whose latest record check found matches: few, counted on the dashboard and filtered in the queue.
@Index('ix_application_record_check_status', ['recordCheckStatus', 'status', 'officeId'])
// A hall hands an application over once: its own id names one case of that hall.
@Index('ux_application_hall_reference', ['hallClientId', 'hallReference'], { unique: true })
// A search by a full identity or passport number finds the cases of its keyed hash.
@Index('ix_application_subject_id_hash', ['subjectIdHash'])
@Index('ix_application_agent_id_hash', ['agentIdHash'])
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String)
  @Index({ unique: true })
  @TextColumn(24)
  referenceNo: string;

  @Field(() => ApplicationStatus)
  @EnumColumn()
  status: ApplicationStatus;

  @Field(() => Channel)
  @EnumColumn()
  channel: Channel;

  /** The online hall's machine client that handed the case over (hall_client.id); null for a counter's case. Its cases are the client's scope. */
  @IntColumn({ nullable: true })
  hallClientId: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The online hall's own id of the application; null for a case taken at a counter.",
  })
  @TextColumn(64, { nullable: true })
  hallReference: string | null;

  @Field(() => ApplicantKind)
  @EnumColumn()
  applicantKind: ApplicantKind;

  /** An agent applies on the subject's behalf. */
  @BoolColumn({ default: false })
  entrusted: boolean;

  @Field(() => PersonRecord)
  @Column(() => PersonRecord, { prefix: 'subject' })
  subject: PersonRecord;

  /** The keyed hash of the subject's identity number (id-number-hash.ts), by which a search finds the case. */
  @TextColumn(32, { nullable: true })
  subjectIdHash: string | null;

  /** The same of the agent's; null unless entrusted. */
  @TextColumn(32, { nullable: true })
  agentIdHash: string | null;

  /** Empty columns unless entrusted; the GraphQL field `agent` is then null. */
  @Column(() => PersonRecord, { prefix: 'agent' })
  agent: PersonRecord;

  /** Empty columns unless a unit inquiry; the GraphQL field `unit` is then null. */
  @Column(() => UnitRecord, { prefix: 'unit' })
  unit: UnitRecord;

  @Field(() => Purpose)
  @EnumColumn()
  purpose: Purpose;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  purposeDetail: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(64, { nullable: true })
  destinationCountry: string | null;

  @Field(() => DeliveryMethod)
  @EnumColumn()
  delivery: DeliveryMethod;

  /** Empty columns unless given; the GraphQL field `mailingAddress` is then null. */
  @Column(() => MailingAddressRecord, { prefix: 'mail' })
  mailingAddress: MailingAddressRecord;

  @IntColumn()
  officeId: number;

  @IntColumn({ nullable: true })
  assigneeId: number | null;

  /** The routing decision as it was made at intake (rules copied in), never recomputed. */
  @JsonColumn()
  routingDecision: RoutingDecision;

  @Field(() => Date)
  @TimestampColumn()
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  dueAt: Date | null;

  @Field(() => Outcome, { nullable: true })
  @EnumColumn({ nullable: true })
  outcome: Outcome | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  decidedAt: Date | null;

  @IntColumn({ nullable: true })
  decidedById: number | null;

  @IntColumn({ nullable: true })
  signedOffById: number | null;

  /** The supervisor who sent the decision back at sign-off; cleared when the case is decided again. */
  @IntColumn({ nullable: true })
  returnedById: number | null;

  /** When the running clock started: acceptance, or the opening of a review. */
  @TimestampColumn({ nullable: true })
  clockStartedAt: Date | null;

  /** Start of the current pause (supplement or investigation) while the clock runs; null otherwise. */
  @TimestampColumn({ nullable: true })
  pausedSince: Date | null;

  /** Working days the clock has been paused so far; dueAt is pushed later by them. */
  @IntColumn({ default: 0 })
  pausedWorkingDays: number;

  /** Where a case waiting for a supplement goes back to. */
  @EnumColumn({ nullable: true })
  resumeStatus: ApplicationStatus | null;

  @TextColumn(1000, { nullable: true })
  decisionNote: string | null;

  /** Working days the clock ran until the decision (paused days excluded), kept for exact reports. */
  @IntColumn({ nullable: true })
  decisionWorkingDays: number | null;

  /** GraphQL field `issuedDocument`; empty until issued. */
  @Column(() => IssuedDocumentRecord, { prefix: 'issued' })
  issued: IssuedDocumentRecord;

  /** GraphQL field `mailing`; empty until mailed (deliveredAt is also set for counter pickup). */
  @Column(() => MailingRecord, { prefix: 'mailing' })
  mailing: MailingRecord;

  /** GraphQL field `supplementRequest`; kept after the supplement arrives. */
  @Column(() => SupplementRecord, { prefix: 'supplement' })
  supplement: SupplementRecord;

  @Field(() => String, { nullable: true, description: "The payment's receipt number, once the fee is paid." })
  @TextColumn(64, { nullable: true })
  feeReceiptNo: string | null;

  @Field(() => Float, {
    description:
      "Fee due for this case from the fee rule of its office's region at intake (0 where the service is free).",
  })
  @MoneyColumn()
  feeAmount: number;

  @Field(() => Boolean)
  @BoolColumn({ default: false })
  feePaid: boolean;

  @Field(() => String, { nullable: true })
  @TextColumn(1000, { nullable: true })
  statusReason: string | null;

  @Field(() => RecordCheckStatus, {
    nullable: true,
    description: "The status of the case's latest record check; null before its first.",
  })
  @EnumColumn({ nullable: true })
  recordCheckStatus: RecordCheckStatus | null;

  @Field(() => Date)
  @TimestampColumn()
  updatedAt: Date;

  /** Optimistic lock: every change is `UPDATE ... WHERE id = ? AND version = ?`. */
  @Field(() => Int)
  @IntColumn({ default: 1 })
  version: number;
}
