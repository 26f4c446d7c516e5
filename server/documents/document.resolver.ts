import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { DocumentStatus } from '../core/enums';
import { Officer } from '../officers/officer.entity';
import { Document } from './document.entity';
import { verifyDocument } from './document.service';

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized()
  @Mutation(() => Document)
  verifyDocument(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => DocumentStatus) status: DocumentStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<Document> {
    return verifyDocument(ctx, id, status, note);
  }

  @FieldResolver(() => Officer, { nullable: true })
  verifiedBy(@Root() d: Document, @Ctx() ctx: RequestContext): Promise<Officer | null> | null {
    return d.verifiedById == null ? null : ctx.loaders.officer.load(d.verifiedById);
  }
}
