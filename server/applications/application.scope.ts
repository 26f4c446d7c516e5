import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../core/context';
import { scopeOfficeIds } from '../offices/office.service';
import { Application } from './application.entity';
import { managerOf } from '../core/transaction';
import { inList, rowsWhere } from '../core/rows-by-ids';

/**
 * The one way to read cases: a query builder over `a` limited to the offices the signed-in
 * officer may see. A case outside that scope simply is not there.
 */
export async function scopedApplications(ctx: RequestContext, em: EntityManager = managerOf(ctx)): Promise<SelectQueryBuilder<Application>> {
  const scope = await scopeOfficeIds(ctx, em);
  const qb = em.getRepository(Application).createQueryBuilder('a');
  if (scope !== null) qb.where('a.officeId IN (:...scopeOfficeIds)', { scopeOfficeIds: scope.length ? scope : [-1] });
  return qb;
}

/**
 * One case if it is in scope, else null: the same scope as scopedApplications, in one
 * statement built once (the case page and every action read a case this way; building it with the query
 * builder cost more than the database's answer).
 */
export async function findApplicationInScope(
  ctx: RequestContext,
  id: number | string,
  em: EntityManager = managerOf(ctx),
): Promise<Application | null> {
  const numeric = Number(id);
  if (!Number.isInteger(numeric)) return null;
  const scope = await scopeOfficeIds(ctx, em);
  const condition = scope === null ? 'r.id = ?' : `r.id = ? AND ${inList('r.officeId', scope)}`;
  const [row] = await rowsWhere(em, Application, condition, [numeric, ...(scope ?? [])]);
  return row ?? null;
}
