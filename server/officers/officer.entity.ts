import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../core/enums';
import { BoolColumn, EnumColumn, IntColumn, TextColumn, TimestampColumn } from '../db/columns';

@ObjectType()
@Entity('officer')
export class Officer {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String)
  @Index({ unique: true })
  @TextColumn(64)
  username: string;

  @Field(() => String)
  @TextColumn(64)
  displayName: string;

  @Field(() => Role)
  @EnumColumn()
  role: Role;

  /** The GraphQL field `office` resolves it. */
  @Index()
  @IntColumn()
  officeId: number;

  @Field(() => Boolean)
  @BoolColumn({ default: true })
  active: boolean;

  /** argon2id; never leaves the server. */
  @TextColumn(255, { select: false })
  passwordHash: string;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
