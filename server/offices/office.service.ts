import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../core/context';
import { type OfficeKind, Role } from '../core/enums';
import { badInput, notFound } from '../core/errors';
import { pageWindow } from '../core/pagination';
import { bumpCacheVersion, keptTable } from '../db/reference-cache';
import { managerOf, transactionOf } from '../db/transaction';
import { regionPrefixProblem } from '../identifiers/regions';
import { refuseLink } from '../notifications/message-text';
import { Office } from './office.entity';
import type { OfficeInput } from './office.inputs';
import { BY_CODE_ORDER, NAME_OR_CODE_LIKE, OF_KIND, OFFICE } from './office.queries';

/** Every office below `rootId` (and itself), walking the parent links. */
export function officeSubtree(offices: Pick<Office, 'id' | 'parentId'>[], rootId: number): number[] {
  const children = new Map<number, number[]>();
  for (const o of offices) {
    if (o.parentId != null) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o.id]);
  }
  const out: number[] = [];
  const stack = [rootId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (out.includes(id)) continue; // a cycle in bad data must not hang the request
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * The offices whose cases the signed-in officer may see: null for all of them (ADMIN, or a supervisor
 * over every office), a supervisor's office and everything below it, otherwise the officer's own
 * office. Computed once per request.
 */
export function scopeOfficeIds(ctx: RequestContext, em: EntityManager = managerOf(ctx)): Promise<number[] | null> {
  const officer = ctx.officer;
  if (!officer) return Promise.resolve([]);
  if (officer.role === Role.ADMIN) return Promise.resolve(null);
  if (officer.role !== Role.SUPERVISOR) return Promise.resolve([officer.officeId]);
  // A supervisor over every office (the city bureau) gets null like an administrator: no office
  // filter, so the queries can use their plain indexes.
  // Read through the caller's transaction when there is one: a second connection taken from
  // inside a transaction can wait forever once every pooled connection holds a transaction.
  ctx.scope ??= keptTable(em, Office, 'offices', ctx.versions?.offices).then((kept) => {
    const all = [...kept.values()];
    const subtree = officeSubtree(all, officer.officeId);
    return subtree.length === all.length ? null : subtree;
  });
  return ctx.scope;
}

export async function listOffices(
  ctx: RequestContext,
  args: { page?: number | null; perPage?: number | null; q?: string | null; kind?: OfficeKind | null },
) {
  const { skip, take } = pageWindow(args.page, args.perPage, 100);
  const qb = managerOf(ctx)
    .getRepository(Office)
    .createQueryBuilder(OFFICE)
    .orderBy(BY_CODE_ORDER, 'ASC')
    .skip(skip)
    .take(take);
  if (args.kind) qb.andWhere(OF_KIND, { kind: args.kind });
  if (args.q) qb.andWhere(NAME_OR_CODE_LIKE, { q: `%${args.q}%` });
  const [items, total] = await qb.getManyAndCount();
  return { items, total };
}

async function validateOffice(em: EntityManager, input: OfficeInput, selfId?: number): Promise<void> {
  if (!/^[0-9A-Za-z-]{2,32}$/.test(input.code)) throw badInput('input.code', 'use 2 to 32 letters, digits or dashes');
  if (!input.name.trim()) throw badInput('input.name', 'is required');
  refuseLink(input.name, 'input.name', 'it signs text messages to applicants');
  input.jurisdiction.forEach((prefix, i) => {
    const problem = regionPrefixProblem(prefix);
    if (problem) throw badInput(`input.jurisdiction[${i}]`, problem);
  });
  if (input.parentId != null) {
    const parentId = Number(input.parentId);
    const all = await em.find(Office, { select: { id: true, parentId: true } });
    if (!all.some((o) => o.id === parentId))
      throw badInput('input.parentId', `office ${input.parentId} does not exist`);
    if (selfId != null && officeSubtree(all, selfId).includes(parentId)) {
      throw badInput('input.parentId', 'an office cannot sit below itself');
    }
  }
}

export async function saveOffice(ctx: RequestContext, input: OfficeInput, id?: number): Promise<Office> {
  const em = transactionOf(ctx);
  const before = id != null ? await em.findOneBy(Office, { id }) : null;
  if (id != null && !before) throw notFound('Office', id);
  await validateOffice(em, input, id);
  const clash = await em.findOneBy(Office, { code: input.code });
  if (clash && clash.id !== id) throw badInput('input.code', `office code ${input.code} is taken`);
  const office = em.create(Office, {
    ...(before ?? {}),
    code: input.code,
    name: input.name.trim(),
    kind: input.kind,
    jurisdiction: input.jurisdiction,
    parentId: input.parentId != null ? Number(input.parentId) : null,
    address: input.address ?? null,
    phone: input.phone ?? null,
    createdAt: before?.createdAt ?? new Date(),
    updatedAt: new Date(),
  });
  await em.save(office);
  await bumpCacheVersion(em, 'offices');
  await recordAudit(ctx, em, {
    action: before ? 'OFFICE_UPDATED' : 'OFFICE_CREATED',
    entityType: 'Office',
    entityId: office.id,
    detail: { before, after: office },
  });
  return office;
}
