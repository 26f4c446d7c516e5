import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ApplicantKind,
  ApplicationSortField,
  ApplicationStatus,
  Channel,
  DeliveryMethod,
  IdType,
  Purpose,
  RegionBasis,
  SlaState,
  SortOrder,
  SubjectCategory,
} from '../core/enums';
import { DateScalar } from '../core/scalars';

@InputType()
export class PersonInput {
  @Field(() => String) name: string;
  @Field(() => SubjectCategory) category: SubjectCategory;
  @Field(() => IdType) idType: IdType;
  @Field(() => String) idNumber: string;
  @Field(() => String) nationality: string;
  @Field(() => DateScalar, { nullable: true }) birthDate?: string | null;
  @Field(() => String, { nullable: true }) gender?: string | null;
  @Field(() => String, { nullable: true }) domicileRegion?: string | null;
  @Field(() => String, { nullable: true }) residenceRegion?: string | null;
  @Field(() => Int, { nullable: true }) daysInChina?: number | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
export class UnitInput {
  @Field(() => String) name: string;
  @Field(() => String) creditCode: string;
  @Field(() => String) region: string;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
}

@InputType()
export class MailingAddressInput {
  @Field(() => String) recipient: string;
  @Field(() => String) phone: string;
  @Field(() => String) region: string;
  @Field(() => String) line: string;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
}

@InputType()
export class ApplicationInput {
  @Field(() => Channel) channel: Channel;
  @Field(() => ApplicantKind) applicantKind: ApplicantKind;
  @Field(() => PersonInput) subject: PersonInput;
  @Field(() => PersonInput, { nullable: true }) agent?: PersonInput | null;
  @Field(() => UnitInput, { nullable: true }) unit?: UnitInput | null;
  @Field(() => RegionBasis, {
    nullable: true,
    description: "For a citizen's own application: apply where the domicile is, or where the residence is.",
  })
  preferredBasis?: RegionBasis | null;
  @Field(() => Purpose) purpose: Purpose;
  @Field(() => String, { nullable: true }) purposeDetail?: string | null;
  @Field(() => String, { nullable: true }) destinationCountry?: string | null;
  @Field(() => DeliveryMethod) delivery: DeliveryMethod;
  @Field(() => MailingAddressInput, { nullable: true }) mailingAddress?: MailingAddressInput | null;
}

@InputType()
export class ApplicationFilter {
  @Field(() => String, { nullable: true, description: "Reference number, or part of the subject's, agent's or unit's name." })
  q?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => [ApplicationStatus], { nullable: true }) status?: ApplicationStatus[] | null;
  @Field(() => [ID], { nullable: true }) officeIds?: string[] | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true }) unassigned?: boolean | null;
  @Field(() => Boolean, { nullable: true }) mine?: boolean | null;
  @Field(() => ApplicantKind, { nullable: true }) applicantKind?: ApplicantKind | null;
  @Field(() => SubjectCategory, { nullable: true }) subjectCategory?: SubjectCategory | null;
  @Field(() => Purpose, { nullable: true }) purpose?: Purpose | null;
  @Field(() => DeliveryMethod, { nullable: true }) delivery?: DeliveryMethod | null;
  @Field(() => [SlaState], { nullable: true }) slaState?: SlaState[] | null;
  @Field(() => Date, { nullable: true }) submittedFrom?: Date | null;
  @Field(() => Date, { nullable: true }) submittedTo?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Cases with at least one document waiting for verification.' })
  documentsPending?: boolean | null;
}

@InputType()
export class ApplicationSort {
  @Field(() => ApplicationSortField) field: ApplicationSortField;
  @Field(() => SortOrder) order: SortOrder;
}
