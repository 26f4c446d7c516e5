import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { Config } from '../config';
import type { RequestContext } from '../core/context';
import { badInput, notFound } from '../core/errors';
import { transactionOf } from '../db/transaction';
import { HallClient, SCOPES, type Scope } from './client.entity';
import { accessToken, deriveSecret, hashSecret, newNonce, secretMatches, tokenClientId } from './client.secrets';

/** The longest grace a rotated secret may keep working: a week. */
export const MAX_GRACE_MINUTES = 7 * 24 * 60;

export interface ClientSettings {
  name?: string | null;
  scopes?: string[] | null;
  callbackUrl?: string | null;
  active?: boolean | null;
}

function validateName(name: string | null | undefined): string {
  const text = name?.trim();
  if (!text) throw badInput('name', 'is required');
  if (text.length > 100) throw badInput('name', 'must be at most 100 characters');
  return text;
}

function validateScopes(scopes: string[]): Scope[] {
  const unknown = scopes.filter((s) => !SCOPES.includes(s as Scope));
  if (unknown.length || !scopes.length)
    throw badInput('scopes', `give one or more of ${SCOPES.join(', ')}`, {
      reason: 'SCOPE_UNKNOWN',
      params: { unknown },
    });
  return [...new Set(scopes as Scope[])];
}

function validateCallbackUrl(url: string | null | undefined): string | null {
  const text = url?.trim();
  if (!text) return null;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw badInput('callbackUrl', 'is not an address');
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || text.length > 500)
    throw badInput('callbackUrl', 'must be an http(s) address of at most 500 characters');
  return text;
}

/** A client and its secret, which is shown this once. */
export interface IssuedSecret {
  client: HallClient;
  clientSecret: string;
}

/** Registers a client in `em`'s transaction; audited as `ctx`'s actor (the system for the command line). */
export async function createClient(
  ctx: Pick<RequestContext, 'config' | 'officer'>,
  em: EntityManager,
  settings: ClientSettings,
): Promise<IssuedSecret> {
  const now = new Date();
  const clientId = `hc_${randomBytes(8).toString('hex')}`;
  const nonce = newNonce();
  const clientSecret = deriveSecret(ctx.config, clientId, nonce);
  const client = await em.save(
    em.create(HallClient, {
      clientId,
      name: validateName(settings.name),
      scopes: validateScopes(settings.scopes ?? []),
      callbackUrl: validateCallbackUrl(settings.callbackUrl),
      active: true,
      secretNonce: nonce,
      secretHash: hashSecret(clientSecret),
      previousNonce: null,
      previousHash: null,
      previousValidUntil: null,
      createdAt: now,
      secretIssuedAt: now,
    }),
  );
  await recordAudit(ctx, em, {
    action: 'HALL_CLIENT_CREATED',
    entityType: 'HallClient',
    entityId: clientId,
    detail: { name: client.name, scopes: client.scopes, callbackUrl: client.callbackUrl },
  });
  return { client, clientSecret };
}

export const listClients = (em: EntityManager) => em.find(HallClient, { order: { id: 'ASC' } });

async function clientById(em: EntityManager, clientId: string): Promise<HallClient> {
  const client = await em.findOneBy(HallClient, { clientId: String(clientId).slice(0, 40) });
  if (!client) throw notFound('HallClient', clientId);
  return client;
}

/** Renames, re-scopes, re-addresses, disables or enables a client; audited with what changed. */
export async function updateClient(
  ctx: RequestContext,
  clientId: string,
  settings: ClientSettings,
): Promise<HallClient> {
  const em = transactionOf(ctx);
  const client = await clientById(em, clientId);
  const set: Partial<HallClient> = {};
  if (settings.name != null) set.name = validateName(settings.name);
  if (settings.scopes != null) set.scopes = validateScopes(settings.scopes);
  if (settings.callbackUrl !== undefined) set.callbackUrl = validateCallbackUrl(settings.callbackUrl);
  if (settings.active != null) set.active = settings.active;
  await em.update(HallClient, { id: client.id }, set);
  await recordAudit(ctx, em, {
    action: 'HALL_CLIENT_UPDATED',
    entityType: 'HallClient',
    entityId: client.clientId,
    detail: {
      before: { name: client.name, scopes: client.scopes, callbackUrl: client.callbackUrl, active: client.active },
      after: set,
    },
  });
  return Object.assign(client, set);
}

/**
 * A new secret for the client, shown once; the one before keeps working for `graceMinutes` (0: it
 * stops at once), so the client can change its configuration without a gap.
 */
export async function rotateSecret(ctx: RequestContext, clientId: string, graceMinutes: number): Promise<IssuedSecret> {
  if (!Number.isInteger(graceMinutes) || graceMinutes < 0 || graceMinutes > MAX_GRACE_MINUTES) {
    throw badInput('graceMinutes', `must be a whole number from 0 to ${MAX_GRACE_MINUTES}`);
  }
  const em = transactionOf(ctx);
  const client = await clientById(em, clientId);
  const now = new Date();
  const nonce = newNonce();
  const clientSecret = deriveSecret(ctx.config, client.clientId, nonce);
  const set: Partial<HallClient> = {
    secretNonce: nonce,
    secretHash: hashSecret(clientSecret),
    previousNonce: graceMinutes ? client.secretNonce : null,
    previousHash: graceMinutes ? client.secretHash : null,
    previousValidUntil: graceMinutes ? new Date(now.getTime() + graceMinutes * 60_000) : null,
    secretIssuedAt: now,
  };
  await em.update(HallClient, { id: client.id }, set);
  await recordAudit(ctx, em, {
    action: 'HALL_CLIENT_SECRET_ROTATED',
    entityType: 'HallClient',
    entityId: client.clientId,
    detail: { graceMinutes, previousValidUntil: set.previousValidUntil?.toISOString() ?? null },
  });
  return { client: Object.assign(client, set), clientSecret };
}

/** The active client whose id and secret these are, else null. */
export async function authenticate(em: EntityManager, clientId: string, secret: string): Promise<HallClient | null> {
  if (!clientId || clientId.length > 40 || !secret || secret.length > 200) return null;
  const client = await em.findOneBy(HallClient, { clientId });
  return client?.active && secretMatches(client, secret) ? client : null;
}

/** A token for `client`, and how many seconds it lives. */
export function issueToken(config: Config, client: HallClient): { token: string; expiresIn: number } {
  const expiresAt = Math.floor(Date.now() / 1000) + config.hallTokenSeconds;
  return { token: accessToken(config, client.clientId, expiresAt), expiresIn: config.hallTokenSeconds };
}

/** The active client a bearer token stands for, else null (not ours, expired, or its client disabled since). */
export async function clientOfToken(em: EntityManager, config: Config, token: string): Promise<HallClient | null> {
  const clientId = tokenClientId(config, token);
  if (!clientId) return null;
  const client = await em.findOneBy(HallClient, { clientId });
  return client?.active ? client : null;
}
