import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../core/context';
import { Conditions } from '../db/conditions';
import { type ListOf, rowsWhere, rowsWithLists } from '../db/rows';
import { managerOf } from '../db/transaction';
import { scopeOfficeIds } from '../offices/office.service';
import { Application } from './application.entity';

/**
 * The one way to read cases: conditions over `alias` that keep the offices the signed-in officer
 * may see (none when every office is in scope), or the cases a hall's client handed over. A case
 * outside them simply is not there.
 */
export async function scopeConditions(
  ctx: RequestContext,
  alias = 'a',
  em: EntityManager = managerOf(ctx),
): Promise<Conditions> {
  const conditions = new Conditions();
  // A hall's machine client sees the cases it handed over, and no other; a payment notice the case it names.
  if (ctx.paymentCaseId != null)
    return conditions.and(`${alias}.id = :scopePaymentCaseId`, { scopePaymentCaseId: ctx.paymentCaseId });
  if (ctx.client) return conditions.and(`${alias}.hallClientId = :scopeClientId`, { scopeClientId: ctx.client.id });
  const scope = await scopeOfficeIds(ctx, em);
  if (scope !== null)
    conditions.and(`${alias}.officeId IN (:...scopeOfficeIds)`, { scopeOfficeIds: scope.length ? scope : [-1] });
  return conditions;
}

/** A query builder over `a` in scope (scopeConditions), for the counts of the dashboard. */
export async function scopedApplications(
  ctx: RequestContext,
  em: EntityManager = managerOf(ctx),
): Promise<SelectQueryBuilder<Application>> {
  const scope = await scopeConditions(ctx, 'a', em);
  return em.getRepository(Application).createQueryBuilder('a').where(scope.sql, scope.parameters);
}

/** One case if it is in scope, else null (the case page and every action read a case this way). */
export async function findApplicationInScope(
  ctx: RequestContext,
  id: number | string,
  em: EntityManager = managerOf(ctx),
): Promise<Application | null> {
  const conditions = await caseInScope(ctx, id, em);
  if (!conditions) return null;
  const [row] = await rowsWhere(em, Application, conditions.sql, conditions.parameters);
  return row ?? null;
}

/** The same, with the rows of `lists` that belong to the case read in the same statement (see rowsWithLists). */
export async function findApplicationWithLists(
  ctx: RequestContext,
  id: number | string,
  lists: readonly ListOf<ObjectLiteral>[],
): Promise<{ application: Application | null; lists: ObjectLiteral[][] }> {
  const conditions = await caseInScope(ctx, id, managerOf(ctx));
  if (!conditions) return { application: null, lists: [] };
  const found = await rowsWithLists(managerOf(ctx), Application, conditions.sql, conditions.parameters, lists);
  return { application: found.rows[0] ?? null, lists: found.lists };
}

/** The conditions over `r` of case `id` in scope; null for an id that names no case. */
async function caseInScope(ctx: RequestContext, id: number | string, em: EntityManager): Promise<Conditions | null> {
  const numeric = Number(id);
  if (!Number.isInteger(numeric)) return null;
  return (await scopeConditions(ctx, 'r', em)).and('r.id = :id', { id: numeric });
}
