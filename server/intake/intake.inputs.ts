import { Field, InputType, Int } from 'type-graphql';
import { ApplicantKind, Channel, DeliveryMethod, IdType, Purpose, RegionBasis, SubjectCategory } from '../core/enums';
import { DateScalar } from '../graphql/scalars';

// A would-be application as intake receives it (submitApplication) and routing explains it (explainRouting).

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
