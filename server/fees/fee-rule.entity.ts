import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn, TextColumn, TimestampColumn } from '../db/columns';

@ObjectType({
  description:
    'A fee for cases accepted by offices whose jurisdiction starts with regionPrefix; the longest prefix wins; none means free.',
})
@Entity('fee_rule')
export class FeeRule {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String)
  @Index({ unique: true })
  @TextColumn(12)
  regionPrefix: string;

  @Field(() => Float)
  @MoneyColumn()
  amount: number;

  @Field(() => String, { nullable: true })
  @TextColumn(200, { nullable: true })
  note: string | null;

  @TimestampColumn()
  updatedAt: Date;
}
