import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { type NotificationEvent, NotificationStatus } from '../core/enums';
import { EnumColumn, IntColumn, TextColumn, TimestampColumn } from '../db/columns';
import { maskPhone } from '../identifiers/identifiers';

/**
 * A text message to the applicant about a step of their case: written in the transaction of the
 * change it tells of (an outbox row), sent after the commit by the notification worker.
 */
@ObjectType()
@Entity('notification')
@Index('ix_notification_application', ['applicationId', 'id'])
// The worker's queue: messages due, oldest first.
@Index('ix_notification_due', ['status', 'nextAttemptAt'])
// The dashboard and the queue: messages failed lately.
@Index('ix_notification_status_attempted', ['status', 'lastAttemptAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @IntColumn()
  applicationId: number;

  @Field(() => String, {
    description:
      'The case event that caused it: ACCEPTED, NOT_ACCEPTED, SUPPLEMENT_REQUESTED, DECIDED, ISSUED, MAILED, DELIVERED, WITHDRAWN.',
  })
  @EnumColumn()
  event: NotificationEvent;

  @Field(() => String, { description: 'The channel that carries it, e.g. "sms" or "log".' })
  @TextColumn(16)
  channel: string;

  /** The full number it goes to; shown masked. */
  @TextColumn(32)
  recipient: string;

  @Field(() => String)
  get recipientMasked(): string {
    return maskPhone(this.recipient);
  }

  @Field(() => String, { description: 'The message as sent, in Chinese.' })
  @TextColumn(500)
  text: string;

  @Field(() => NotificationStatus)
  @EnumColumn()
  status: NotificationStatus;

  @Field(() => Int)
  @IntColumn({ default: 0 })
  attempts: number;

  @Field(() => Date)
  @TimestampColumn()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  lastError: string | null;

  @Field(() => Date, {
    description: 'When it is (or was) due: its writing, or after a failed attempt the end of its backoff.',
  })
  @TimestampColumn()
  nextAttemptAt: Date;

  /** When it was last tried: for a FAILED one, when it failed. */
  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  lastAttemptAt: Date | null;

  /** When it was last handed to the channel (or about to be): the case's cap counts the messages handed over in the last hour. */
  @TimestampColumn({ nullable: true })
  handedOverAt: Date | null;

  /** When a worker took it; one taken longer ago than the worker's lease is taken again. */
  @TimestampColumn({ nullable: true })
  startedAt: Date | null;
}
