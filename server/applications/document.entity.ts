import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DocumentKind, DocumentStatus } from '../core/enums';
import { EnumColumn, IntColumn, TextColumn, TimestampColumn } from '../db/columns';

/** An uploaded paper of a case (its bytes live in content-addressed storage, named by sha256). */
/** The longest file name kept: a longer one is cut to it, in the row and its audit event. */
export const FILE_NAME_LENGTH = 255;

@ObjectType()
@Entity('document')
@Index('ix_document_application_status', ['applicationId', 'status'])
export class Document {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @IntColumn()
  applicationId: number;

  @Field(() => DocumentKind)
  @EnumColumn()
  kind: DocumentKind;

  @Field(() => String)
  @TextColumn(FILE_NAME_LENGTH)
  fileName: string;

  @Field(() => String)
  @TextColumn(100)
  contentType: string;

  @Field(() => Int)
  @IntColumn()
  byteSize: number;

  @Field(() => String)
  @TextColumn(64)
  sha256: string;

  @Field(() => DocumentStatus)
  @EnumColumn({ default: DocumentStatus.PENDING })
  status: DocumentStatus;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  note: string | null;

  @Field(() => Date)
  @TimestampColumn()
  uploadedAt: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  verifiedAt: Date | null;

  @IntColumn({ nullable: true })
  verifiedById: number | null;

  @Field(() => String, { description: 'Path of the authorized, audited download, e.g. /api/documents/ID/content.' })
  get contentUrl(): string {
    return `/api/documents/${this.id}/content`;
  }
}
