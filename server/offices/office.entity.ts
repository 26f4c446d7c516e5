import { Extensions, Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OfficeKind } from '../core/enums';
import { EnumColumn, IntColumn, JsonColumn, TextColumn, TimestampColumn } from '../db/columns';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';

@ObjectType()
@Entity('office')
export class Office {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String)
  @Index({ unique: true })
  @TextColumn(32)
  code: string;

  @Field(() => String)
  @TextColumn(120)
  name: string;

  @Field(() => OfficeKind)
  @EnumColumn()
  kind: OfficeKind;

  @Field(() => [String], {
    description: 'Region-code prefixes (GB/T 2260 six digits, optionally township digits) the office accepts for.',
  })
  @Extensions(listCost({ rows: ASSUMED_MOST.jurisdictionPrefixes }))
  @JsonColumn()
  jurisdiction: string[];

  /** The supervising office; the GraphQL field `parent` resolves it. */
  @Index()
  @IntColumn({ nullable: true })
  parentId: number | null;

  @Field(() => String, { nullable: true })
  @TextColumn(200, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(40, { nullable: true })
  phone: string | null;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
