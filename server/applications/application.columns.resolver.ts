import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { Officer } from '../officers/officer.entity';
import { officerLoader } from '../officers/officer.loaders';
import { IssuedDocumentRecord, MailingRecord, SupplementRecord } from './application.columns';

/** The officer a record names: officers are deactivated, never deleted, so every one named is there. */
async function officer(ctx: RequestContext, id: number): Promise<Officer> {
  const found = await ctx.loaders.of(officerLoader).load(id);
  if (!found) throw new Error(`Officer ${id} not found`);
  return found;
}

/** The issued document as shown: with the path of its PDF, which needs the case id. */
export type IssuedDocumentView = IssuedDocumentRecord & { applicationId: number };

@Resolver(() => IssuedDocumentRecord)
export class IssuedDocumentResolver {
  @FieldResolver(() => Officer)
  issuedBy(@Root() r: IssuedDocumentRecord, @Ctx() ctx: RequestContext) {
    return officer(ctx, r.issuedById);
  }

  @FieldResolver(() => String, { description: 'Path of the PDF, e.g. /api/applications/ID/issued-document.pdf.' })
  pdfUrl(@Root() r: IssuedDocumentView): string {
    return `/api/applications/${r.applicationId}/issued-document.pdf`;
  }
}

@Resolver(() => MailingRecord)
export class MailingResolver {
  @FieldResolver(() => Officer)
  mailedBy(@Root() r: MailingRecord, @Ctx() ctx: RequestContext) {
    return officer(ctx, r.mailedById);
  }
}

@Resolver(() => SupplementRecord)
export class SupplementResolver {
  @FieldResolver(() => Officer)
  requestedBy(@Root() r: SupplementRecord, @Ctx() ctx: RequestContext) {
    return officer(ctx, r.requestedById);
  }
}
