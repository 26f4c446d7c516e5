import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { IntColumn, JsonColumn, TextColumn, TimestampColumn } from '../db/columns';

/**
 * A request of the hall under an Idempotency-Key, and the answer it got: the same key with the same
 * body answers this again, with another body it is refused. The unique key makes two requests that
 * arrive at once (in any processes) take turns: the second waits for the first's commit, then reads it.
 */
@Entity('hall_request')
@Index('ux_hall_request_key', ['clientId', 'idempotencyKey'], { unique: true })
@Index('ix_hall_request_created', ['createdAt'])
export class HallRequest {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  /** hall_client.id */
  @IntColumn()
  clientId: number;

  @TextColumn(100)
  idempotencyKey: string;

  /** Which operation it was (a key names one request of one operation). */
  @TextColumn(40)
  operation: string;

  /** SHA-256 of the operation's input as read: another body under the same key is refused. */
  @TextColumn(64)
  requestHash: string;

  @IntColumn()
  status: number;

  /** The answer's JSON body (an object). */
  @JsonColumn()
  answer: object;

  @TimestampColumn()
  createdAt: Date;
}
