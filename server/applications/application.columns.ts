import { Field, Int, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { Carrier, DocumentKind, IdType, IssuedDocumentKind, SubjectCategory } from '../core/enums';
import { EnumColumn, IntColumn, JsonColumn, TextColumn, TimestampColumn } from '../db/columns';
import { DateScalar } from '../graphql/scalars';
import { maskIdNumber, maskPhone } from '../identifiers/identifiers';

// The groups of columns embedded in an application's row (subjectName, agentIdNumber,
// issuedNumber, mailingTrackingNumber, ...), each shown through GraphQL as its own type.

// ---- what the applicant gives: people, unit, address (numbers never leave the server unmasked) ----

@ObjectType('Person')
export class PersonRecord {
  @Field(() => String)
  @TextColumn(100, { nullable: true })
  name: string;

  @Field(() => SubjectCategory)
  @EnumColumn({ nullable: true })
  category: SubjectCategory;

  @Field(() => IdType)
  @EnumColumn({ nullable: true })
  idType: IdType;

  /** Full number: only `revealIdNumber` returns it, and that is audited. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  idNumber: string;

  @Field(() => String, {
    description:
      'Masked by its kind: at most its last 4 characters, e.g. *****1981; a resident ID number its region and check character, 2101*************X. The full number only through revealIdNumber.',
  })
  get idNumberMasked(): string {
    return maskIdNumber(this.idType, this.idNumber ?? '');
  }

  @Field(() => String)
  @TextColumn(64, { nullable: true })
  nationality: string;

  @Field(() => DateScalar, { nullable: true })
  @TextColumn(10, { nullable: true })
  birthDate: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(8, { nullable: true })
  gender: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(12, { nullable: true })
  domicileRegion: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(12, { nullable: true })
  residenceRegion: string | null;

  @Field(() => Int, { nullable: true, description: 'Days stayed in China (foreigners).' })
  @IntColumn({ nullable: true })
  daysInChina: number | null;

  @TextColumn(32, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  get phoneMasked(): string | null {
    return this.phone ? maskPhone(this.phone) : null;
  }
}

@ObjectType('Unit')
export class UnitRecord {
  @Field(() => String)
  @TextColumn(200, { nullable: true })
  name: string;

  @Field(() => String, { description: 'Unified social credit code.' })
  @TextColumn(18, { nullable: true })
  creditCode: string;

  @Field(() => String)
  @TextColumn(12, { nullable: true })
  region: string;

  @Field(() => String, { nullable: true })
  @TextColumn(100, { nullable: true })
  contactName: string | null;

  @TextColumn(32, { nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  get contactPhoneMasked(): string | null {
    return this.contactPhone ? maskPhone(this.contactPhone) : null;
  }
}

@ObjectType('MailingAddress')
export class MailingAddressRecord {
  @Field(() => String)
  @TextColumn(100, { nullable: true })
  recipient: string;

  @TextColumn(32, { nullable: true })
  phone: string;

  @Field(() => String)
  get phoneMasked(): string {
    return maskPhone(this.phone ?? '');
  }

  @Field(() => String)
  @TextColumn(12, { nullable: true })
  region: string;

  @Field(() => String)
  @TextColumn(300, { nullable: true })
  line: string;

  @Field(() => String, { nullable: true })
  @TextColumn(10, { nullable: true })
  postalCode: string | null;
}

// ---- what the workflow records on a case: the issued document, the mailing, the supplement request ----

@ObjectType('IssuedDocument')
export class IssuedDocumentRecord {
  @Field(() => IssuedDocumentKind)
  @EnumColumn({ nullable: true })
  kind: IssuedDocumentKind;

  @Field(() => String)
  @TextColumn(40, { nullable: true })
  number: string;

  @Field(() => Date)
  @TimestampColumn({ nullable: true })
  issuedAt: Date;

  /** GraphQL field `issuedBy`. */
  @IntColumn({ nullable: true })
  issuedById: number;

  @Field(() => String, {
    description: 'Printed on the document (and in its QR code); checked by the public verification page.',
  })
  @TextColumn(16, { nullable: true })
  verificationCode: string;

  /** The rendered PDF in content-addressed storage: the document as issued, never re-rendered. */
  @TextColumn(64, { nullable: true })
  pdfSha256: string;
}

@ObjectType('Mailing')
export class MailingRecord {
  @Field(() => Carrier)
  @EnumColumn({ nullable: true })
  carrier: Carrier;

  @Field(() => String)
  @TextColumn(40, { nullable: true })
  trackingNumber: string;

  @Field(() => Date)
  @TimestampColumn({ nullable: true })
  mailedAt: Date;

  /** GraphQL field `mailedBy`. */
  @IntColumn({ nullable: true })
  mailedById: number;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  deliveredAt: Date | null;
}

@ObjectType('SupplementRequest')
export class SupplementRecord {
  @Field(() => String)
  @TextColumn(1000, { nullable: true })
  reason: string;

  @Field(() => [DocumentKind])
  @JsonColumn({ nullable: true })
  kinds: DocumentKind[];

  @Field(() => Date)
  @TimestampColumn({ nullable: true })
  requestedAt: Date;

  /** GraphQL field `requestedBy`. */
  @IntColumn({ nullable: true })
  requestedById: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the applicant said, through the online hall, that what was asked is uploaded; an officer still confirms.',
  })
  @TimestampColumn({ nullable: true })
  answeredAt: Date | null;
}
