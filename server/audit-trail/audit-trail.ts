import type { Application } from '../applications/application.entity';
import { findApplicationInScope } from '../applications/application.scope';
import { AuditEvent } from '../audit/audit-event.entity';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { pageWindow } from '../core/pagination';
import { managerOf } from '../db/transaction';
import { eventTellsRecord, readOfRecord } from '../records/record-reads';
import { OF_ENTITY, sealedUpToHead, TRAIL_EVENT, TRAIL_ORDER } from './audit-trail.queries';

/**
 * The trail of one entity, newest first. A case's trail follows the case's scope, and a page of it
 * that tells whether the subject has a record (what the registry answered, what was decided) is a
 * read of criminal data, audited as the fields that tell it are; the trails of configuration
 * (offices, officers, rules) are for administrators.
 */
export async function auditTrail(
  ctx: RequestContext,
  entityType: string,
  entityId: string,
  page?: number | null,
  perPage?: number | null,
): Promise<{ items: AuditEvent[]; total: number }> {
  const empty = { items: [], total: 0 };
  let application: Application | null = null;
  if (entityType === 'Application') {
    application = await findApplicationInScope(ctx, entityId);
    if (!application) return empty;
  } else if (ctx.officer?.role !== Role.ADMIN) {
    return empty;
  }
  const { skip, take } = pageWindow(page, perPage, 50);
  const em = managerOf(ctx);
  const quote = (name: string) => em.connection.driver.escape(name);
  const [items, total] = await em
    .getRepository(AuditEvent)
    .createQueryBuilder(TRAIL_EVENT)
    .where(OF_ENTITY, { entityType, entityId })
    // Sealed events up to the chain's head only: a write answers once its events are sealed, so no
    // one waits on one that is not, and a row placed beyond the head was written around the server.
    .andWhere(sealedUpToHead(quote))
    .orderBy(TRAIL_ORDER, 'DESC')
    .skip(skip)
    .take(take)
    .getManyAndCount();
  return application && items.some(eventTellsRecord)
    ? readOfRecord(ctx, application.id, { items, total })
    : { items, total };
}
