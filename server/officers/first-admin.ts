import { IsNull } from 'typeorm';
import type { RequestContext } from '../core/context';
import { OfficeKind, Role } from '../core/enums';
import { badInput } from '../core/errors';
import { transactionOf } from '../db/transaction';
import { Office } from '../offices/office.entity';
import { saveOffice } from '../offices/office.service';
import type { Officer } from './officer.entity';
import { createOfficer } from './officer.service';

/**
 * The top-level office made for the administrator of an empty database when none is named. The
 * administrator then gives it its real code, name and jurisdiction in the console; with no
 * jurisdiction it routes no case meanwhile.
 */
export const DEFAULT_TOP_OFFICE = { code: 'HQ', name: '公安局' };

export interface AdministratorRequest {
  username: string;
  displayName: string;
  password: string;
  /** The administrator's office; on an empty database the top-level bureau to create. */
  officeCode?: string | null;
  /** The name of that bureau when it is created. */
  officeName?: string | null;
}

/**
 * An ADMIN account made outside the API (npm run admin:create), by the same rules and audit
 * events as createOfficer; on a database without offices it first creates the top-level bureau.
 * `ctx` has no officer: the audit trail records the system as the actor.
 */
export async function createAdministrator(
  ctx: RequestContext,
  request: AdministratorRequest,
): Promise<{ officer: Officer; office: Office; officeCreated: boolean }> {
  const { office, created } = await administratorOffice(ctx, request);
  const officer = await createOfficer(ctx, {
    username: request.username,
    displayName: request.displayName,
    role: Role.ADMIN,
    officeId: String(office.id),
    password: request.password,
  });
  return { officer, office, officeCreated: created };
}

async function administratorOffice(
  ctx: RequestContext,
  request: AdministratorRequest,
): Promise<{ office: Office; created: boolean }> {
  const em = transactionOf(ctx);
  if ((await em.count(Office)) === 0) {
    const office = await saveOffice(ctx, {
      code: request.officeCode ?? DEFAULT_TOP_OFFICE.code,
      name: request.officeName ?? DEFAULT_TOP_OFFICE.name,
      kind: OfficeKind.BUREAU,
      jurisdiction: [],
      parentId: null,
    });
    return { office, created: true };
  }
  if (request.officeName != null)
    throw badInput('input.officeName', 'names only a bureau created on a database without offices');
  if (request.officeCode != null) {
    const office = await em.findOneBy(Office, { code: request.officeCode });
    if (!office) throw badInput('input.officeCode', `office ${request.officeCode} does not exist`);
    return { office, created: false };
  }
  // An existing directory with one top office (the city bureau): that is where administrators sit.
  const tops = await em.findBy(Office, { parentId: IsNull() });
  if (tops.length !== 1)
    throw badInput('input.officeCode', `name the office: there are ${tops.length} top-level offices`);
  return { office: tops[0], created: false };
}
