import { Field, Int, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { EnumColumn, IntColumn, TextColumn } from '../core/columns';
import { IdType, SubjectCategory } from '../core/enums';
import { DateScalar } from '../core/scalars';
import { maskIdNumber, maskPhone } from '../core/identifiers';

// Parts of an application kept as embedded columns of its row (subjectName, agentIdNumber, ...),
// so names can be searched and numbers never leave the server unmasked.

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

  @Field(() => String, { description: 'Masked, e.g. 2101**********123X; the full number only through revealIdNumber.' })
  get idNumberMasked(): string {
    return maskIdNumber(this.idNumber ?? '');
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
