import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../core/context';
import { Conditions } from '../core/conditions';
import { scopeOfficeIds } from '../offices/office.service';
import { Application } from './application.entity';
import { managerOf } from '../core/transaction';
import { rowsWhere } from '../core/rows-by-ids';

/**
 * The one way to read cases: conditions over `alias` that keep the offices the signed-in officer
 * may see (none when every office is in scope). A case outside them simply is not there.
 */
export async function scopeConditions(ctx: RequestContext, alias = 'a', em: EntityManager = managerOf(ctx)): Promise<Conditions> {
  const scope = await scopeOfficeIds(ctx, em);
  const conditions = new Conditions();
  if (scope !== null) conditions.and(`${alias}.officeId IN (:...scopeOfficeIds)`, { scopeOfficeIds: scope.length ? scope : [-1] });
  return conditions;
}

/** A query builder over `a` in scope (scopeConditions), for the counts of the dashboard. */
export async function scopedApplications(ctx: RequestContext, em: EntityManager = managerOf(ctx)): Promise<SelectQueryBuilder<Application>> {
  const scope = await scopeConditions(ctx, 'a', em);
  return em.getRepository(Application).createQueryBuilder('a').where(scope.sql, scope.parameters);
}

/** One case if it is in scope, else null (the case page and every action read a case this way). */
export async function findApplicationInScope(
  ctx: RequestContext,
  id: number | string,
  em: EntityManager = managerOf(ctx),
): Promise<Application | null> {
  const numeric = Number(id);
  if (!Number.isInteger(numeric)) return null;
  const conditions = (await scopeConditions(ctx, 'r', em)).and('r.id = :id', { id: numeric });
  const [row] = await rowsWhere(em, Application, conditions.sql, conditions.parameters);
  return row ?? null;
}
