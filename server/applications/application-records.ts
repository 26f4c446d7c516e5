import { Field, ObjectType } from 'type-graphql';
import { EnumColumn, IntColumn, JsonColumn, TextColumn, TimestampColumn } from '../core/columns';
import { Carrier, DocumentKind, IssuedDocumentKind } from '../core/enums';

// What the workflow records on a case, kept as embedded columns of its row (issuedNumber,
// mailingTrackingNumber, supplementReason, ...) and shown through GraphQL as these types.

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

  @Field(() => String, { description: 'Printed on the document (and in its QR code); checked by the public verification page.' })
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
}
