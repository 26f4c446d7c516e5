import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { type IdType, Outcome, RecordCheckStatus, RecordMatchKind } from '../core/enums';
import { EnumColumn, IntColumn, JsonColumn, TextColumn, TimestampColumn } from '../db/columns';
import { DateScalar } from '../graphql/scalars';

/** A record of the registry that may be the subject's, kept on the check as the evidence it was. */
@ObjectType()
export class RecordMatch {
  @Field(() => RecordMatchKind)
  kind: RecordMatchKind;

  @Field(() => String, { description: "The registry's own reference of the record." })
  recordRef: string;

  @Field(() => String)
  offence: string;

  @Field(() => DateScalar, { nullable: true })
  judgmentDate: string | null;

  @Field(() => String, { nullable: true })
  sentence: string | null;

  @Field(() => Boolean, {
    description:
      'A record sealed under Art. 286 of the Criminal Procedure Law (offence committed under 18, sentence of five years or less).',
  })
  sealedJuvenile: boolean;
}

/** Who was looked up: the application's subject as it was when the check was asked (never shown). */
export interface CheckedSubject {
  idType: IdType;
  idNumber: string;
  name: string;
  birthDate: string | null;
}

/**
 * One lookup of a case's subject in the criminal-record registry: asked in the transaction that
 * accepts the case (or by runRecordCheck), carried out after it by the record-check worker.
 */
@ObjectType()
@Entity('record_check')
@Index('ix_record_check_application', ['applicationId', 'id'])
// The worker's queue: pending checks, oldest first.
@Index('ix_record_check_status', ['status', 'id'])
export class RecordCheck {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @IntColumn()
  applicationId: number;

  @Field(() => RecordCheckStatus)
  @EnumColumn()
  status: RecordCheckStatus;

  @Field(() => String, { description: 'Which registry answered, e.g. "demo" or the configured registry\'s name.' })
  @TextColumn(100)
  source: string;

  @Field(() => Date)
  @TimestampColumn()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  completedAt: Date | null;

  /** GraphQL field `requestedBy`; null when the system asked. */
  @IntColumn({ nullable: true })
  requestedById: number | null;

  @JsonColumn()
  subject: CheckedSubject;

  /** GraphQL field `matches`. */
  @JsonColumn({ nullable: true })
  matchList: RecordMatch[] | null;

  @Field(() => Outcome, {
    nullable: true,
    description: 'The outcome the matches point to; null while pending or failed. The officer still decides.',
  })
  @EnumColumn({ nullable: true })
  suggestedOutcome: Outcome | null;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  error: string | null;

  /** When a worker took the check; one taken longer ago than the worker's lease is taken again. */
  @TimestampColumn({ nullable: true })
  startedAt: Date | null;

  /** How many times a worker has taken it. */
  @IntColumn({ default: 0 })
  attempts: number;
}
