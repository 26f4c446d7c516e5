import { findApplicationInScope } from '../applications/application.scope';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { pageWindow } from '../core/pagination';
import { AuditEvent } from '../audit/audit-event.entity';
import { headSeqSql } from '../audit/audit.queries';
import { managerOf } from '../core/transaction';

/**
 * The trail of one entity, newest first. A case's trail follows the case's scope; the trails of
 * configuration (offices, officers, rules) are for administrators.
 */
export async function auditTrail(ctx: RequestContext, entityType: string, entityId: string, page?: number | null, perPage?: number | null) {
  const empty = { items: [], total: 0 };
  if (entityType === 'Application') {
    if (!(await findApplicationInScope(ctx, entityId))) return empty;
  } else if (ctx.officer?.role !== Role.ADMIN) {
    return empty;
  }
  const { skip, take } = pageWindow(page, perPage, 50);
  const em = managerOf(ctx);
  const quote = (name: string) => em.connection.driver.escape(name);
  const [items, total] = await em
    .getRepository(AuditEvent)
    .createQueryBuilder('e')
    .where('e.entityType = :entityType AND e.entityId = :entityId', { entityType, entityId })
    // Sealed events up to the chain's head only: a write answers once its events are sealed, so no
    // one waits on one that is not, and a row placed beyond the head was written around the server.
    .andWhere(`e.seq IS NOT NULL AND e.seq <= ${headSeqSql(quote)}`)
    .orderBy('e.id', 'DESC')
    .skip(skip)
    .take(take)
    .getManyAndCount();
  return { items, total };
}
