import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Application } from '../applications/application.entity';
import { Document } from '../applications/document.entity';
import type { RequestContext } from '../core/context';
import { DocumentStatus } from '../core/enums';
import { Officer } from '../officers/officer.entity';
import { officerLoader } from '../officers/officer.loaders';
import { verifyDocument } from './document.service';
import { issueDocument } from './issuance.service';

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

  /** The ISSUE case action (its rules are in the lifecycle table of applications/workflow.ts, like every case action's). */
  @Authorized()
  @Mutation(() => Application)
  issueDocument(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ): Promise<Application> {
    return issueDocument(ctx, id, version);
  }

  @FieldResolver(() => Officer, { nullable: true })
  verifiedBy(@Root() d: Document, @Ctx() ctx: RequestContext): Promise<Officer | null> | null {
    return d.verifiedById == null ? null : ctx.loaders.of(officerLoader).load(d.verifiedById);
  }
}
