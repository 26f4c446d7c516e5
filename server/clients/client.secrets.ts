import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config';
import type { HallClient } from './client.entity';

// A client's secret is HMAC(key, clientId:nonce), with a key derived from the session secret: the
// server can recompute it to check signatures (of payment notices, and its own callbacks), while
// the database keeps only the nonce and the secret's hash. Whoever reads the database alone can
// neither sign in as a client nor forge a notice.

const keyOf = (config: Pick<Config, 'sessionSecret'>, purpose: string) =>
  createHmac('sha256', config.sessionSecret).update(`hall:${purpose}`).digest();

export const newNonce = () => randomBytes(16).toString('hex');

export function deriveSecret(config: Pick<Config, 'sessionSecret'>, clientId: string, nonce: string): string {
  return createHmac('sha256', keyOf(config, 'client-secret')).update(`${clientId}:${nonce}`).digest('base64url');
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The secrets of `client` that work at `now`: the current one, and the one before while its grace lasts. */
export function validSecrets(config: Pick<Config, 'sessionSecret'>, client: HallClient, now = new Date()): string[] {
  const secrets = [deriveSecret(config, client.clientId, client.secretNonce)];
  if (client.previousNonce && client.previousValidUntil && client.previousValidUntil > now) {
    secrets.push(deriveSecret(config, client.clientId, client.previousNonce));
  }
  return secrets;
}

/** Whether `presented` is a secret of `client` now (compared by hash, in constant time). */
export function secretMatches(client: HallClient, presented: string, now = new Date()): boolean {
  const hash = hashSecret(presented);
  if (same(hash, client.secretHash)) return true;
  return (
    !!client.previousHash &&
    !!client.previousValidUntil &&
    client.previousValidUntil > now &&
    same(hash, client.previousHash)
  );
}

/** A signature header's value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signature(secret: string, body: string, at = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** How old a signed message may be, in seconds (either way: a clock a little ahead is no replay). */
export const SIGNATURE_WINDOW_SECONDS = 300;

export type SignatureProblem = 'SIGNATURE_MISSING' | 'SIGNATURE_STALE' | 'SIGNATURE_INVALID';

/** Null when `header` signs `body` with one of `secrets` within the window, else why not. */
export function signatureProblem(
  header: string | undefined,
  body: string,
  secrets: string[],
  now = new Date(),
): SignatureProblem | null {
  if (!header) return 'SIGNATURE_MISSING';
  const parts = new Map(
    header
      .slice(0, 300)
      .split(',')
      .map((part) => part.trim().split('=', 2) as [string, string]),
  );
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return 'SIGNATURE_INVALID';
  if (Math.abs(now.getTime() / 1000 - t) > SIGNATURE_WINDOW_SECONDS) return 'SIGNATURE_STALE';
  const ok = secrets.some((secret) => same(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'), v1));
  return ok ? null : 'SIGNATURE_INVALID';
}

/**
 * An access token: `<clientId>.<expiry in unix seconds>.<MAC>`. Nothing is stored: the MAC proves
 * the server issued it, and each request reads the client, so a disabled client is refused at once.
 */
export function accessToken(config: Pick<Config, 'sessionSecret'>, clientId: string, expiresAt: number): string {
  const body = `${clientId}.${expiresAt}`;
  return `${body}.${createHmac('sha256', keyOf(config, 'token')).update(body).digest('base64url')}`;
}

/** The client id of a token that the server issued and that has not expired, else null. */
export function tokenClientId(config: Pick<Config, 'sessionSecret'>, token: string, now = new Date()): string | null {
  const match = /^([\w-]{1,40})\.(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const [, clientId, expiresAt] = match;
  if (!same(accessToken(config, clientId, Number(expiresAt)), token)) return null;
  return Number(expiresAt) * 1000 > now.getTime() ? clientId : null;
}
