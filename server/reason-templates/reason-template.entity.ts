import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ReasonKind } from '../core/enums';
import { BoolColumn, EnumColumn, IntColumn, TextColumn, TimestampColumn } from '../db/columns';

/** The longest template: a reason as a step takes it (1000) leaves room for the officer's own words. */
export const TEMPLATE_LENGTH = 500;

/**
 * A reason an administrator words once for officers to pick (要求补正, 不予受理), still theirs to
 * change before they send it. Retired, not deleted: a template once used stays as it was.
 */
@ObjectType({ description: 'A reason worded by an administrator for officers to pick and change.' })
@Entity('reason_template')
@Index('ix_reason_template_kind', ['kind', 'active', 'position'])
export class ReasonTemplate {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => ReasonKind)
  @EnumColumn()
  kind: ReasonKind;

  @Field(() => String)
  @TextColumn(TEMPLATE_LENGTH)
  text: string;

  @Field(() => Boolean, { description: 'Offered to officers; a retired template is kept for the record.' })
  @BoolColumn()
  active: boolean;

  @Field(() => Int, { description: 'Where it stands among the templates of its kind, smallest first.' })
  @IntColumn()
  position: number;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
