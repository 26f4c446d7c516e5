import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicantKind, OfficeKind, RegionBasis, SubjectCategory } from '../core/enums';
import { BoolColumn, EnumColumn, IntColumn, TextColumn, TimestampColumn } from '../db/columns';

/** One routing rule: which cases it takes and which office they go to. Rules are data, not code. */
@ObjectType()
@Entity('routing_rule')
export class RoutingRule {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String)
  @TextColumn(120)
  name: string;

  @Field(() => Int, {
    description: 'Rules are tried in ascending priority; the first that matches and finds an office wins.',
  })
  @IntColumn()
  priority: number;

  @Field(() => Boolean)
  @BoolColumn()
  enabled: boolean;

  @Field(() => ApplicantKind, { nullable: true })
  @EnumColumn({ nullable: true })
  applicantKind: ApplicantKind | null;

  @Field(() => SubjectCategory, { nullable: true })
  @EnumColumn({ nullable: true })
  subjectCategory: SubjectCategory | null;

  @Field(() => Boolean, { nullable: true })
  @BoolColumn({ nullable: true })
  entrusted: boolean | null;

  @Field(() => RegionBasis)
  @EnumColumn()
  regionBasis: RegionBasis;

  @Field(() => String, {
    nullable: true,
    description: 'Only cases whose region code starts with this prefix match; null matches all.',
  })
  @TextColumn(12, { nullable: true })
  regionPrefix: string | null;

  @Field(() => Int, { nullable: true })
  @IntColumn({ nullable: true })
  minDaysInChina: number | null;

  @Field(() => OfficeKind, {
    nullable: true,
    description: 'The office kind to find by longest jurisdiction prefix of the region code...',
  })
  @EnumColumn({ nullable: true })
  targetOfficeKind: OfficeKind | null;

  /** ...or a fixed office (GraphQL field `targetOffice`). */
  @IntColumn({ nullable: true })
  targetOfficeId: number | null;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  legalBasis: string | null;

  @Field(() => Int)
  @IntColumn({ default: 1 })
  version: number;

  @Field(() => Date)
  @TimestampColumn()
  updatedAt: Date;
}
