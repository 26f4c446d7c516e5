import type { EntityManager, ObjectLiteral } from 'typeorm';
import { officerOf, type RequestContext } from '../core/context';
import { ApplicationStatus, Channel } from '../core/enums';
import { shanghaiDate, startOfShanghaiDay } from '../core/time';
import { Conditions } from '../db/conditions';
import { type ListOf, ROW, rowsWhere, rowsWithLists } from '../db/rows';
import { managerOf } from '../db/transaction';
import { scopeOfficeIds } from '../offices/office.service';
import { Application } from './application.entity';
import { CASE, CASE_BY_ID, registeredAtCounter, scopeOf } from './application.queries';

/**
 * The one way to read cases: conditions over `alias` that keep the offices the signed-in officer
 * may see (none when every office is in scope), or the cases a hall's client handed over. A case
 * outside them simply is not there.
 */
export async function scopeConditions(
  ctx: RequestContext,
  alias: string = CASE,
  em: EntityManager = managerOf(ctx),
): Promise<Conditions> {
  const conditions = new Conditions();
  const scope = scopeOf(alias);
  // A hall's machine client sees the cases it handed over, and no other; a payment notice the case it names.
  if (ctx.paymentApplicationId != null)
    return conditions.and(scope.paymentCase, { scopePaymentApplicationId: ctx.paymentApplicationId });
  if (ctx.client) return conditions.and(scope.client, { scopeClientId: ctx.client.id });
  const offices = await scopeOfficeIds(ctx, em);
  if (offices !== null) conditions.and(scope.offices, { scopeOfficeIds: offices.length ? offices : [-1] });
  return conditions;
}

/** One case if it is in scope, else null (the case page and every action read a case this way). */
export async function findApplicationInScope(
  ctx: RequestContext,
  id: number | string,
  em: EntityManager = managerOf(ctx),
): Promise<Application | null> {
  const conditions = await applicationInScope(ctx, id, em);
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
  const conditions = await applicationInScope(ctx, id, managerOf(ctx));
  if (!conditions) return { application: null, lists: [] };
  const found = await rowsWithLists(managerOf(ctx), Application, conditions.sql, conditions.parameters, lists);
  return { application: found.rows[0] ?? null, lists: found.lists };
}

/**
 * Case `id` if the signed-in officer registered it at the counter today and it waits for acceptance,
 * in the officer's scope or not: the papers the applicant brought to the counter go in through the
 * officer who took them (as the applicant's, and nothing more: see runCaseAction), even when the
 * case was routed to an office the officer does not work.
 */
export async function findRegisteredAtCounter(
  ctx: RequestContext,
  id: number | string,
  em: EntityManager = managerOf(ctx),
): Promise<Application | null> {
  const numeric = Number(id);
  if (!Number.isInteger(numeric)) return null;
  const [row] = await rowsWhere(em, Application, registeredAtCounter(em.connection), {
    id: numeric,
    counter: Channel.COUNTER,
    waiting: ApplicationStatus.SUBMITTED,
    since: startOfShanghaiDay(shanghaiDate(new Date())),
    submit: 'SUBMIT',
    registrar: officerOf(ctx).id,
  });
  return row ?? null;
}

/** The conditions over `r` of case `id` in scope; null for an id that names no case. */
async function applicationInScope(
  ctx: RequestContext,
  id: number | string,
  em: EntityManager,
): Promise<Conditions | null> {
  const numeric = Number(id);
  if (!Number.isInteger(numeric)) return null;
  return (await scopeConditions(ctx, ROW, em)).and(CASE_BY_ID, { id: numeric });
}
