import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { IntColumn, JsonColumn, TextColumn, TimestampColumn } from '../core/columns';
import { JSONScalar } from '../core/scalars';

/**
 * One entry of the append-only audit trail. Each event's hash chains it to the one before
 * (HMAC over the previous hash and the event), so an edited or deleted row breaks the chain.
 */
@ObjectType()
@Entity('audit_event')
@Index('ix_audit_entity', ['entityType', 'entityId', 'id'])
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

  @TextColumn(64)
  prevHash: string;

  @Field(() => String)
  @TextColumn(64)
  hash: string;
}

/** The single row that holds the end of the chain; locking it serializes appends. */
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
