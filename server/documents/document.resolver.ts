import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { DocumentStatus } from '../core/enums';
import { notImplemented } from '../core/errors';
import { Officer } from '../officers/officer.entity';
import { Document } from './document.entity';

@Resolver(() => Document)
export class DocumentResolver {
  /** Verification comes with the workflow issue (uploads too); in the schema now so the contract holds. */
  @Authorized()
  @Mutation(() => Document)
  verifyDocument(
    @Arg('id', () => ID) _id: string,
    @Arg('status', () => DocumentStatus) _status: DocumentStatus,
    @Arg('note', () => String, { nullable: true }) _note: string | null,
  ): Document {
    throw notImplemented('verifyDocument');
  }

  @FieldResolver(() => Officer, { nullable: true })
  verifiedBy(@Root() d: Document, @Ctx() ctx: RequestContext): Promise<Officer | null> | null {
    return d.verifiedById == null ? null : ctx.loaders.officer.load(d.verifiedById);
  }
}
