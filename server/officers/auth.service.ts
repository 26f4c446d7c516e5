import { createHmac, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { LessThan, type DataSource } from 'typeorm';
import type { Config } from '../config';
import { Gate } from '../core/gate';
import { inTransaction } from '../core/transaction';
import { Officer } from './officer.entity';
import { Session } from './session.entity';

declare module '../core/context' {
  interface RequestContext {
    /** The signed-in officer; null for an anonymous request. */
    officer: Officer | null;
  }
}

export const SESSION_COOKIE = 'rcc_session';

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

/** Checks the credentials; returns the officer and a new session token, or null (one answer for every failure). */
export async function login(
  ds: DataSource,
  config: Config,
  username: string,
  password: string,
): Promise<{ officer: Officer; token: string; expiresAt: Date } | null> {
  const officer = await ds
    .getRepository(Officer)
    .createQueryBuilder('o')
    .addSelect('o.passwordHash')
    .where('o.username = :username', { username })
    .getOne();
  if (!officer) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(await dummyHash, password);
    return null;
  }
  const ok = await verifyPassword(officer.passwordHash, password);
  if (!ok || !officer.active) return null;
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + config.sessionHours * 3600_000);
  await inTransaction(ds, async (em) => {
    await em.insert(Session, { id: sessionIdOf(config, token), officerId: officer.id, createdAt: now, expiresAt });
    // Expired sessions are swept at each login rather than by a timer, so no instance needs a scheduler.
    await em.delete(Session, { expiresAt: LessThan(now) });
  });
  return { officer, token, expiresAt };
}

export async function logout(ds: DataSource, config: Config, token: string): Promise<void> {
  await inTransaction(ds, (em) => em.delete(Session, { id: sessionIdOf(config, token) }));
}

/** The active officer behind a session token, or null. */
export async function officerForToken(ds: DataSource, config: Config, token: string | undefined): Promise<Officer | null> {
  if (!token) return null;
  const session = await ds.getRepository(Session).findOneBy({ id: sessionIdOf(config, token) });
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  const officer = await ds.getRepository(Officer).findOneBy({ id: session.officerId });
  return officer?.active ? officer : null;
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
