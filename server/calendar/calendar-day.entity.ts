import { Field, ObjectType } from 'type-graphql';
import { Entity, PrimaryColumn } from 'typeorm';
import { BoolColumn, TextColumn } from '../db/columns';
import { DateScalar } from '../graphql/scalars';

/** One day of the official calendar: the holidays and the weekend days moved into working days. */
@ObjectType()
@Entity('calendar_day')
export class CalendarDay {
  @Field(() => DateScalar)
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Field(() => Boolean)
  @BoolColumn()
  workday: boolean;

  @Field(() => String, { nullable: true })
  @TextColumn(100, { nullable: true })
  note: string | null;
}
