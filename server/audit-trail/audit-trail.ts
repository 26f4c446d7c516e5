import { IsNull, Not } from 'typeorm';
import { findApplicationInScope } from '../applications/application.scope';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { pageWindow } from '../core/pagination';
import { AuditEvent } from '../audit/audit-event.entity';
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
  const [items, total] = await managerOf(ctx)
    .getRepository(AuditEvent)
    .findAndCount({
      // Sealed events only: a write answers once its events are sealed, so no one waits on one that is not.
      where: { entityType, entityId, seq: Not(IsNull()) },
      order: { id: 'DESC' },
      skip,
      take,
    });
  return { items, total };
}
