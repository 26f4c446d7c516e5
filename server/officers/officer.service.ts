import argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { badInput, notFound } from '../core/errors';
import { pageWindow } from '../core/pagination';
import { Office } from '../offices/office.entity';
import { scopeOfficeIds } from '../offices/office.service';
import { hashPassword } from './auth.service';
import { Officer } from './officer.entity';
import type { OfficerInput, OfficerUpdateInput } from './officer.inputs';
import { Session } from './session.entity';

export const MIN_PASSWORD_LENGTH = 12;

function checkPassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(field, `must be at least ${MIN_PASSWORD_LENGTH} characters`);
}

/** Officers of the offices the signed-in officer may see. */
export async function listOfficers(ctx: RequestContext, args: { page?: number | null; perPage?: number | null; officeIds?: string[] | null; role?: Role | null }) {
  const { skip, take } = pageWindow(args.page, args.perPage, 100);
  const scope = await scopeOfficeIds(ctx);
  const qb = ctx.ds.getRepository(Officer).createQueryBuilder('o').orderBy('o.username', 'ASC').skip(skip).take(take);
  if (scope !== null) qb.andWhere('o.officeId IN (:...scope)', { scope: scope.length ? scope : [-1] });
  if (args.officeIds) qb.andWhere('o.officeId IN (:...officeIds)', { officeIds: args.officeIds.length ? args.officeIds.map(Number) : [-1] });
  if (args.role) qb.andWhere('o.role = :role', { role: args.role });
  const [items, total] = await qb.getManyAndCount();
  return { items, total };
}

async function checkOffice(em: EntityManager, officeId: string, field: string): Promise<number> {
  const id = Number(officeId);
  if (!Number.isInteger(id) || !(await em.existsBy(Office, { id }))) throw badInput(field, `office ${officeId} does not exist`);
  return id;
}

export async function createOfficer(ctx: RequestContext, em: EntityManager, input: OfficerInput): Promise<Officer> {
  const username = input.username.trim();
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) throw badInput('input.username', 'use 3 to 64 lowercase letters, digits, dots, dashes or underscores');
  if (await em.existsBy(Officer, { username })) throw badInput('input.username', `${username} is taken`);
  if (!input.displayName.trim()) throw badInput('input.displayName', 'is required');
  checkPassword(input.password, 'input.password');
  const officer = em.create(Officer, {
    username, displayName: input.displayName.trim(), role: input.role,
    officeId: await checkOffice(em, input.officeId, 'input.officeId'), active: true,
    passwordHash: await hashPassword(input.password), createdAt: new Date(), updatedAt: new Date(),
  });
  await em.save(officer);
  const { passwordHash: _secret, ...after } = officer;
  await recordAudit(ctx, em, { action: 'OFFICER_CREATED', entityType: 'Officer', entityId: officer.id, detail: { after } });
  return officer;
}

export async function updateOfficer(ctx: RequestContext, em: EntityManager, id: string, input: OfficerUpdateInput): Promise<Officer> {
  const before = await em.findOneBy(Officer, { id: Number(id) });
  if (!before) throw notFound('Officer', id);
  const changes: Partial<Officer> = { updatedAt: new Date() };
  if (input.displayName != null) {
    if (!input.displayName.trim()) throw badInput('input.displayName', 'cannot be empty');
    changes.displayName = input.displayName.trim();
  }
  if (input.role != null) changes.role = input.role;
  if (input.officeId != null) changes.officeId = await checkOffice(em, input.officeId, 'input.officeId');
  if (input.active != null) changes.active = input.active;
  if (input.password != null) {
    checkPassword(input.password, 'input.password');
    changes.passwordHash = await hashPassword(input.password);
  }
  await em.update(Officer, { id: before.id }, changes);
  // A deactivated officer or a reset password ends every open session of that officer.
  if (input.active === false || input.password != null) await em.delete(Session, { officerId: before.id });
  const after = (await em.findOneBy(Officer, { id: before.id }))!;
  await recordAudit(ctx, em, {
    action: 'OFFICER_UPDATED', entityType: 'Officer', entityId: before.id,
    detail: { before, after, passwordReset: input.password != null },
  });
  return after;
}

export async function changePassword(ctx: RequestContext, em: EntityManager, currentPassword: string, newPassword: string): Promise<boolean> {
  const me = await em.getRepository(Officer).createQueryBuilder('o').addSelect('o.passwordHash')
    .where('o.id = :id', { id: ctx.officer!.id }).getOneOrFail();
  if (!(await argon2.verify(me.passwordHash, currentPassword))) throw badInput('currentPassword', 'is wrong');
  checkPassword(newPassword, 'newPassword');
  if (newPassword === currentPassword) throw badInput('newPassword', 'must differ from the current password');
  await em.update(Officer, { id: me.id }, { passwordHash: await hashPassword(newPassword), updatedAt: new Date() });
  await recordAudit(ctx, em, { action: 'PASSWORD_CHANGED', entityType: 'Officer', entityId: me.id });
  return true;
}
