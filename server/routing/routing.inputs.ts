import { Field, ID, InputType, Int } from 'type-graphql';
import { ApplicantKind, OfficeKind, RegionBasis, SubjectCategory } from '../core/enums';

@InputType()
export class RoutingRuleInput {
  @Field(() => String) name: string;
  @Field(() => Int) priority: number;
  @Field(() => Boolean) enabled: boolean;
  @Field(() => ApplicantKind, { nullable: true }) applicantKind?: ApplicantKind | null;
  @Field(() => SubjectCategory, { nullable: true }) subjectCategory?: SubjectCategory | null;
  @Field(() => Boolean, { nullable: true }) entrusted?: boolean | null;
  @Field(() => RegionBasis) regionBasis: RegionBasis;
  @Field(() => String, { nullable: true }) regionPrefix?: string | null;
  @Field(() => Int, { nullable: true }) minDaysInChina?: number | null;
  @Field(() => OfficeKind, { nullable: true }) targetOfficeKind?: OfficeKind | null;
  @Field(() => ID, { nullable: true }) targetOfficeId?: string | null;
  @Field(() => String, { nullable: true }) legalBasis?: string | null;
}
