import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EnumColumn, IntColumn, JsonColumn, TextColumn, TimestampColumn } from '../db/columns';

export enum HallEventStatus {
  /** Waiting to be posted to the client's callback address (or posted again after a failure). */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Given up after MAX_ATTEMPTS; an officer may send it again. */
  FAILED = 'FAILED',
  /** The client has no callback address: it reads the event from GET /events. */
  NO_CALLBACK = 'NO_CALLBACK',
}
registerEnumType(HallEventStatus, { name: 'HallEventStatus' });

/**
 * What the online hall hears of a case it handed over (a status change, a supplement request, a
 * payment, an issuance, a mailing): written in the transaction of the change (an outbox row),
 * posted signed to the client's callback address by the worker after the commit, and listed by
 * GET /events in the order of the audit chain (the change's sealed event, `auditEventId`).
 */
@ObjectType({ description: 'A status callback to the online hall that handed the case over.' })
@Entity('hall_event')
@Index('ix_hall_event_application', ['applicationId', 'id'])
@Index('ix_hall_event_due', ['status', 'nextAttemptAt'])
@Index('ux_hall_event_audit', ['auditEventId'], { unique: true })
@Index('ix_hall_event_client', ['clientId', 'auditEventId'])
export class HallEvent {
  @Field(() => ID, { description: 'Also the idempotency key the hall receives with it.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  /** hall_client.id */
  @IntColumn()
  clientId: number;

  @IntColumn()
  applicationId: number;

  /** The audit event of the change it tells of: its place in the sealed chain orders GET /events. */
  @IntColumn()
  auditEventId: number;

  @Field(() => String, {
    description:
      'SUBMITTED, ACCEPTED, NOT_ACCEPTED, SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, DECIDED, FEE_PAID, ISSUED, MAILED, DELIVERED, WITHDRAWN, TRANSFERRED.',
  })
  @EnumColumn()
  event: string;

  /** The JSON body posted, as it is posted every time (an object). */
  @JsonColumn()
  body: object;

  @Field(() => HallEventStatus)
  @EnumColumn()
  status: HallEventStatus;

  @Field(() => Int)
  @IntColumn({ default: 0 })
  attempts: number;

  @Field(() => Date)
  @TimestampColumn()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  sentAt: Date | null;

  @Field(() => Date)
  @TimestampColumn()
  nextAttemptAt: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  lastError: string | null;

  /** When a worker took it; one taken longer ago than the worker's lease is taken again. */
  @TimestampColumn({ nullable: true })
  startedAt: Date | null;
}
