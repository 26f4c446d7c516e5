import { type EntityManager, Not } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { badInput, conflict, notFound, tooManyAttempts, unauthenticated } from '../core/errors';
import { pageWindow } from '../core/pagination';
import { likeLiteral } from '../db/conditions';
import { isMysqlFamily } from '../db/dialect';
import { bumpCacheVersion } from '../db/reference-cache';
import { managerOf, transactionOf, withTransaction } from '../db/transaction';
import { addressKey } from '../limits/rate-limits';
import { Office } from '../offices/office.entity';
import { scopeOfficeIds } from '../offices/office.service';
import { hashPassword, readCookie, sessionCookie, sessionIdOf, verifyPassword } from './auth.service';
import { auditLockouts, LoginLimits } from './login-limits';
import { Officer } from './officer.entity';
import type { OfficerInput, OfficerUpdateInput } from './officer.inputs';
import { officerLoader } from './officer.loaders';
import {
  BY_USERNAME_ORDER,
  IN_OFFICES,
  IN_SCOPE,
  NAME_LIKE,
  OF_ROLE,
  OFFICER,
  OFFICER_BY_ID,
  PASSWORD_HASH,
} from './officer.queries';
import { validatePassword } from './password-policy';
import { Session } from './session.entity';

/** Officers of the offices the signed-in officer may see. */
export async function listOfficers(
  ctx: RequestContext,
  args: {
    page?: number | null;
    perPage?: number | null;
    officeIds?: string[] | null;
    role?: Role | null;
    q?: string | null;
  },
) {
  const { skip, take } = pageWindow(args.page, args.perPage, 100);
  const scope = await scopeOfficeIds(ctx);
  const qb = managerOf(ctx)
    .getRepository(Officer)
    .createQueryBuilder(OFFICER)
    .orderBy(BY_USERNAME_ORDER, 'ASC')
    .skip(skip)
    .take(take);
  if (scope !== null) qb.andWhere(IN_SCOPE, { scope: scope.length ? scope : [-1] });
  if (args.officeIds)
    qb.andWhere(IN_OFFICES, {
      officeIds: args.officeIds.length ? args.officeIds.map(Number) : [-1],
    });
  if (args.role) qb.andWhere(OF_ROLE, { role: args.role });
  const q = args.q?.trim();
  if (q) {
    qb.andWhere(NAME_LIKE, { qLike: `%${likeLiteral(q)}%` });
  }
  const [items, total] = await qb.getManyAndCount();
  return { items, total };
}

/** One officer, or null when there is none or the signed-in officer may not see them (the scope of listOfficers). */
export async function getOfficer(ctx: RequestContext, id: string): Promise<Officer | null> {
  const officer = await ctx.loaders.of(officerLoader).load(Number(id));
  if (!officer) return null;
  const scope = await scopeOfficeIds(ctx);
  return scope === null || scope.includes(officer.officeId) ? officer : null;
}

async function validateOfficeId(em: EntityManager, officeId: string, field: string): Promise<number> {
  const id = Number(officeId);
  if (!Number.isInteger(id) || !(await em.existsBy(Office, { id })))
    throw badInput(field, `office ${officeId} does not exist`);
  return id;
}

export async function createOfficer(ctx: RequestContext, input: OfficerInput): Promise<Officer> {
  const em = transactionOf(ctx);
  const username = input.username.trim();
  if (!/^[a-z0-9._-]{3,64}$/.test(username))
    throw badInput('input.username', 'use 3 to 64 lowercase letters, digits, dots, dashes or underscores');
  if (await em.existsBy(Officer, { username })) throw badInput('input.username', `${username} is taken`);
  if (!input.displayName.trim()) throw badInput('input.displayName', 'is required');
  validatePassword(input.password, 'input.password');
  const officer = em.create(Officer, {
    username,
    displayName: input.displayName.trim(),
    role: input.role,
    officeId: await validateOfficeId(em, input.officeId, 'input.officeId'),
    active: true,
    passwordHash: await hashPassword(input.password),
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await em.save(officer);
  await bumpCacheVersion(em, 'officers');
  const { passwordHash: _secret, ...after } = officer;
  await recordAudit(ctx, em, {
    action: 'OFFICER_CREATED',
    entityType: 'Officer',
    entityId: officer.id,
    detail: { after },
  });
  return officer;
}

/**
 * What else deactivating an officer does, in the update's transaction, given by a module above
 * this one (applications: the open cases handed over, workflow.service.ts); what it answers goes
 * into the update's audit event. It may refuse, and the officer stays active.
 */
export type DeactivationStep = (
  ctx: RequestContext,
  officer: Officer,
  input: OfficerUpdateInput,
) => Promise<Record<string, unknown>>;
let onDeactivation: DeactivationStep = async () => ({});

/** Sets what deactivating an officer also does (once, as the module that does it loads). */
export function whenDeactivating(step: DeactivationStep): void {
  onDeactivation = step;
}

export async function updateOfficer(ctx: RequestContext, id: string, input: OfficerUpdateInput): Promise<Officer> {
  const em = transactionOf(ctx);
  const before = await em.findOneBy(Officer, { id: Number(id) });
  if (!before) throw notFound('Officer', id);
  const changes: Partial<Officer> = { updatedAt: new Date() };
  if (input.displayName != null) {
    if (!input.displayName.trim()) throw badInput('input.displayName', 'cannot be empty');
    changes.displayName = input.displayName.trim();
  }
  if (input.role != null) changes.role = input.role;
  if (input.officeId != null) changes.officeId = await validateOfficeId(em, input.officeId, 'input.officeId');
  if (input.active != null) changes.active = input.active;
  const leavesAdmin =
    before.role === Role.ADMIN &&
    before.active &&
    ((changes.role ?? Role.ADMIN) !== Role.ADMIN || changes.active === false);
  if (leavesAdmin) await keepAnAdministrator(em, before.id);
  if (input.password != null) {
    validatePassword(input.password, 'input.password');
    changes.passwordHash = await hashPassword(input.password);
  }
  // What deactivating also does (applications: the open cases handed over, or the deactivation refused).
  const handedOver = before.active && changes.active === false ? await onDeactivation(ctx, before, input) : {};
  await em.update(Officer, { id: before.id }, changes);
  await bumpCacheVersion(em, 'officers');
  // A deactivated officer or a reset password ends every open session of that officer.
  const ended =
    input.active === false || input.password != null ? await em.delete(Session, { officerId: before.id }) : null;
  const after = await em.findOneByOrFail(Officer, { id: before.id });
  await recordAudit(ctx, em, {
    action: 'OFFICER_UPDATED',
    entityType: 'Officer',
    entityId: before.id,
    detail: {
      before,
      after,
      passwordReset: input.password != null,
      ...(ended ? { sessionsEnded: ended.affected ?? 0 } : {}),
      ...handedOver,
    },
  });
  return after;
}

/** Refuses to let `officerId` stop being an active administrator when no other one would be left. */
async function keepAnAdministrator(em: EntityManager, officerId: number): Promise<void> {
  // Locked on MySQL, so two administrators demoting each other at once cannot both pass this check
  // (SQLite runs one transaction at a time).
  const lock = isMysqlFamily(em.connection) ? { mode: 'pessimistic_write' as const } : undefined;
  const admins = await em.find(Officer, { select: { id: true }, where: { role: Role.ADMIN, active: true }, lock });
  if (!admins.some((a) => a.id !== officerId)) {
    throw conflict(
      'This is the last active administrator: make another officer ADMIN before demoting or deactivating this one',
    );
  }
}

/**
 * The signed-in officer's new password, after a check of the current one. The check counts as a
 * sign-in of the officer (the same limits, the same keys: guesses through a stolen session lock the
 * account as failed sign-ins do) and each wrong try is audited. The hashing runs outside any
 * transaction (it takes tens of milliseconds and would hold a pooled connection); the change, its
 * sessions and its audit event are then one transaction, made only if the hash read is still the
 * officer's.
 */
export async function changePassword(
  ctx: RequestContext,
  currentPassword: string,
  newPassword: string,
): Promise<boolean> {
  const officer = ctx.officer;
  if (!officer) throw unauthenticated();
  validatePassword(newPassword, 'newPassword');
  if (newPassword === currentPassword) throw badInput('newPassword', 'must differ from the current password');
  const address = ctx.req?.ip ?? 'unknown';
  const attempt = await LoginLimits.of(ctx.ds).attempt(officer.username, addressKey(address));
  if (!attempt.allowed) {
    await withTransaction(ctx, () =>
      auditLockouts(ctx, transactionOf(ctx), officer.username, address, attempt.lockouts),
    );
    throw tooManyAttempts(attempt.retryAfterSeconds);
  }
  const { passwordHash } = await ctx.ds
    .getRepository(Officer)
    .createQueryBuilder(OFFICER)
    .addSelect(PASSWORD_HASH)
    .where(OFFICER_BY_ID, { id: officer.id })
    .getOneOrFail();
  if (!(await verifyPassword(passwordHash, currentPassword))) {
    await withTransaction(ctx, () =>
      recordAudit(ctx, transactionOf(ctx), {
        action: 'PASSWORD_CHANGE_REFUSED',
        entityType: 'Officer',
        entityId: officer.id,
        detail: { address },
      }),
    );
    throw badInput('currentPassword', 'is wrong');
  }
  const newHash = await hashPassword(newPassword);
  await withTransaction(ctx, async () => {
    const em = transactionOf(ctx);
    const changed = await em.update(
      Officer,
      { id: officer.id, passwordHash },
      { passwordHash: newHash, updatedAt: new Date() },
    );
    if (!changed.affected) throw conflict('The password was changed meanwhile; sign in again');
    await bumpCacheVersion(em, 'officers');
    // Whoever may have learned the old password is signed out everywhere else; this browser stays signed in.
    const token = readCookie(ctx.req?.headers.cookie, sessionCookie(ctx.config));
    const ended = await em.delete(Session, {
      officerId: officer.id,
      ...(token ? { id: Not(sessionIdOf(ctx.config, token)) } : {}),
    });
    await recordAudit(ctx, em, {
      action: 'PASSWORD_CHANGED',
      entityType: 'Officer',
      entityId: officer.id,
      detail: { otherSessionsEnded: ended.affected ?? 0 },
    });
  });
  await attempt.succeeded();
  return true;
}
