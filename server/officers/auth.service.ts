import { createHmac, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { type DataSource, LessThan } from 'typeorm';
import type { Config } from '../config';
import type { CacheVersions, RequestContext } from '../core/context';
import { readQuery } from '../db/read-query';
import { cacheVersionSelects, cacheVersionsOf } from '../db/reference-cache';
import { hydrate, selectList } from '../db/rows';
import { transactionOf } from '../db/transaction';
import { Gate } from '../limits/gate';
import { Officer } from './officer.entity';
import { OFFICER, OFFICER_BY_USERNAME, PASSWORD_HASH, SESSION_EXPIRES_AT, sessionStatement } from './officer.queries';
import { Session } from './session.entity';

/**
 * The session cookie's name: in production with the __Host- prefix, which a browser keeps only from
 * a secure origin, for the whole site and for this host alone (no subdomain can set or shadow it).
 */
export const sessionCookie = (config: Pick<Config, 'production'>) =>
  config.production ? '__Host-rcc_session' : 'rcc_session';

// argon2 takes tens of milliseconds of a core: two at a time on this 2-core class of machine, a
// short queue behind them, and a flood of logins is refused rather than starving every request.
const hashing = new Gate(2, 32);

export function hashPassword(password: string): Promise<string> {
  return hashing.run(() => argon2.hash(password, { type: argon2.argon2id }));
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return hashing.run(() => argon2.verify(hash, password));
}

// Verified against when the username is unknown, so a wrong name costs as long as a wrong password.
let dummyHash: Promise<string> | null = null;

export function sessionIdOf(config: Config, token: string): string {
  return createHmac('sha256', config.sessionSecret).update(token).digest('hex');
}

/** The active officer these credentials sign in, or null: one answer for every failure, in the same time. */
export async function verifyCredentials(ds: DataSource, username: string, password: string): Promise<Officer | null> {
  const officer = await ds
    .getRepository(Officer)
    .createQueryBuilder(OFFICER)
    .addSelect(PASSWORD_HASH)
    .where(OFFICER_BY_USERNAME, { username })
    .getOne();
  if (!officer) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(await dummyHash, password);
    return null;
  }
  const ok = await verifyPassword(officer.passwordHash, password);
  return ok && officer.active ? officer : null;
}

/** A new session of `officer`, in the request's transaction: its token (kept only as an HMAC) and end. */
export async function startSession(ctx: RequestContext, officer: Officer): Promise<{ token: string; expiresAt: Date }> {
  const em = transactionOf(ctx);
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionHours * 3600_000);
  await em.insert(Session, { id: sessionIdOf(ctx.config, token), officerId: officer.id, createdAt: now, expiresAt });
  // Expired sessions are swept at each login rather than by a timer, so no instance needs a scheduler.
  await em.delete(Session, { expiresAt: LessThan(now) });
  return { token, expiresAt };
}

export async function endSession(ctx: RequestContext, token: string): Promise<void> {
  await transactionOf(ctx).delete(Session, { id: sessionIdOf(ctx.config, token) });
}

/**
 * Who a session cookie belongs to, and the versions of the data the process keeps in memory (see
 * core/reference-cache.ts), in one statement: every request asks it first.
 */
export async function sessionOfToken(
  ds: DataSource,
  config: Config,
  token: string | undefined,
): Promise<{ officer: Officer | null; versions: CacheVersions }> {
  if (!token) return { officer: null, versions: {} };
  const columns = selectList(ds, Officer, OFFICER);
  const [row]: Record<string, unknown>[] = await readQuery(
    ds.manager,
    sessionStatement(ds, columns.select, cacheVersionSelects()),
    [sessionIdOf(config, token)],
  );
  if (!row) return { officer: null, versions: {} };
  const expiresColumn = ds.getMetadata(Session).findColumnWithPropertyName('expiresAt');
  if (!expiresColumn) throw new Error('The Session entity declares no expiresAt column');
  const expiresAt = ds.driver.prepareHydratedValue(row[SESSION_EXPIRES_AT], expiresColumn) as Date;
  if (expiresAt.getTime() <= Date.now()) return { officer: null, versions: {} };
  const officer = hydrate<Officer>(columns, row);
  return { officer: officer.active ? officer : null, versions: cacheVersionsOf(row) };
}

/** A cookie's value; a malformed one (bad %-escapes) counts as absent, as any unknown session does. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
