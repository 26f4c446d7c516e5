import { Extensions, Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BoolColumn, JsonColumn, TextColumn, TimestampColumn } from '../db/columns';
import { listCost } from '../graphql/query-cost';

/** What a machine client may do: hand over applications and papers, tell of payments, read status. */
export const SCOPES = ['intake', 'payments', 'status'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * A machine client of the online hall's API (the hall, the payment platform): it signs in with its
 * id and secret for 15-minute tokens, sees only the cases it handed over, and hears of them at its
 * callback address. Its secret is never stored: it is derived from the server's key and the nonce
 * of the secret's issue (client.secrets.ts); only its hash is kept, to check a presented one.
 */
@ObjectType('HallClient', { description: 'A machine client of the online hall API (/api/hall/v1).' })
@Entity('hall_client')
@Index('ux_hall_client_id', ['clientId'], { unique: true })
export class HallClient {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => ID, { description: 'The public client id it signs in with.' })
  @TextColumn(40)
  clientId: string;

  @Field(() => String)
  @TextColumn(100)
  name: string;

  @Field(() => [String], { description: 'intake, payments, status.' })
  @Extensions(listCost({ rows: SCOPES.length }))
  @JsonColumn()
  scopes: Scope[];

  @Field(() => String, {
    nullable: true,
    description: 'Where signed status callbacks are posted; none: the client reads GET /events.',
  })
  @TextColumn(500, { nullable: true })
  callbackUrl: string | null;

  @Field(() => Boolean, { description: 'A disabled client gets no token, and its tokens stop working at once.' })
  @BoolColumn({ default: true })
  active: boolean;

  /** The nonce the current secret was derived with. */
  @TextColumn(64)
  secretNonce: string;

  /** SHA-256 of the current secret. */
  @TextColumn(64)
  secretHash: string;

  /** The secret before the last rotation, valid until previousValidUntil (the grace period). */
  @TextColumn(64, { nullable: true })
  previousNonce: string | null;

  @TextColumn(64, { nullable: true })
  previousHash: string | null;

  @Field(() => Date, { nullable: true, description: 'Until when the secret before the last rotation still works.' })
  @TimestampColumn({ nullable: true })
  previousValidUntil: Date | null;

  @Field(() => Date)
  @TimestampColumn()
  createdAt: Date;

  @Field(() => Date)
  @TimestampColumn()
  secretIssuedAt: Date;
}
