import { findApplicationInScope } from '../applications/application.scope';
import { officerOf, type RequestContext } from '../core/context';
import { notFound } from '../core/errors';
import { transactionOf } from '../db/transaction';
import type { Officer } from '../officers/officer.entity';
import { officerLoader } from '../officers/officer.loaders';
import { clearStaleViewers, forgetViewer, markViewer, otherViewers } from './presence.queries';

/**
 * How long a case page counts as open after its last heartbeat: the console beats every 20 s, so
 * two missed beats and some (a page closed, a laptop shut) end it.
 */
export const VIEWING_MS = 50_000;

/** The most other officers a heartbeat answers. */
export const VIEWERS_SHOWN = 10;

/**
 * Notes that the signed-in officer has the case open, and answers who else has: the other active
 * officers whose page of the case beat within VIEWING_MS; `leaving`, that the officer has left it
 * (no one is then answered). Out of scope, the case is not found.
 */
export async function noteCaseOpen(ctx: RequestContext, id: string, leaving = false): Promise<Officer[]> {
  const em = transactionOf(ctx);
  const me = officerOf(ctx);
  const application = await findApplicationInScope(ctx, id, em);
  if (!application) throw notFound('Application', id);
  if (leaving) {
    await forgetViewer(em, application.id, me.id);
    return [];
  }
  const now = new Date();
  const since = new Date(now.getTime() - VIEWING_MS);
  await clearStaleViewers(em, me.id, since);
  await markViewer(em, { applicationId: application.id, officerId: me.id, seenAt: now });
  const viewers = await otherViewers(em, application.id, me.id, since, VIEWERS_SHOWN);
  const officers = await Promise.all(viewers.map((v) => ctx.loaders.of(officerLoader).load(v.officerId)));
  return officers.filter((o): o is Officer => !!o?.active);
}
