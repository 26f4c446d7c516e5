import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { IntColumn, JsonColumn, TextColumn, TimestampColumn } from '../db/columns';
import { JSONScalar } from '../graphql/scalars';

/**
 * One entry of the append-only audit trail. A write appends its event unsealed, with a MAC of the
 * event alone; shortly after its commit the sealer gives it the next place in the chain (`seq`)
 * and a hash that chains it to the event before (HMAC over the previous hash and the event), so an
 * edited, removed or inserted row breaks the chain. Only sealed events are shown.
 */
@ObjectType()
@Entity('audit_event')
@Index('ix_audit_entity', ['entityType', 'entityId', 'id'])
@Index('ux_audit_seq', ['seq'], { unique: true })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => Date)
  @TimestampColumn()
  at: Date;

  /** Null for the system (seed, migrations); the GraphQL field `actor` resolves it. */
  @Index()
  @IntColumn({ nullable: true })
  actorId: number | null;

  /** The online hall's machine client (its public client id) that acted for the applicant; null otherwise. */
  @Field(() => String, {
    nullable: true,
    description: "The online hall's machine client that acted for the applicant (its client id); null otherwise.",
  })
  @TextColumn(40, { nullable: true })
  actorClientId: string | null;

  @Field(() => String)
  @TextColumn(64)
  action: string;

  @Field(() => String)
  @TextColumn(32)
  entityType: string;

  @Field(() => String)
  @TextColumn(64)
  entityId: string;

  @Field(() => JSONScalar, { nullable: true })
  @JsonColumn({ nullable: true })
  detail: Record<string, unknown> | null;

  /** The event's place in the chain, given when sealed; null until then. */
  @IntColumn({ nullable: true })
  seq: number | null;

  /** HMAC of the event alone, written with it: the sealer seals only what was written with the key. */
  @TextColumn(64, { nullable: true })
  mac: string | null;

  /** Empty until sealed. */
  @TextColumn(64)
  prevHash: string;

  /** Empty until sealed. */
  @Field(() => String)
  @TextColumn(64)
  hash: string;
}

/** The single row that holds the end of the chain; locking it serializes the sealers. */
@Entity('audit_chain_head')
export class AuditChainHead {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @TextColumn(64)
  lastHash: string;

  @IntColumn({ default: 0 })
  lastEventId: number;

  /** HMAC of the head under the audit key: the head cannot be moved back to hide removed events. */
  @TextColumn(64, { default: '' })
  headMac: string;
}
