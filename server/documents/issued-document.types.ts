import { Field, ObjectType } from 'type-graphql';
import { IssuedDocumentKind } from '../core/enums';
import { Officer } from '../officers/officer.entity';

@ObjectType()
export class IssuedDocument {
  @Field(() => IssuedDocumentKind) kind: IssuedDocumentKind;
  @Field(() => String) number: string;
  @Field(() => Date) issuedAt: Date;
  @Field(() => Officer) issuedBy: Officer;
  @Field(() => String, { description: 'Printed on the document (and in its QR code); checked by the public verification page.' })
  verificationCode: string;
  @Field(() => String, { description: 'Path of the PDF, e.g. /api/applications/ID/issued-document.pdf.' })
  pdfUrl: string;
}
