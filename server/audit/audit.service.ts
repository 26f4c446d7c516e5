import { auditAppend, auditLockWait } from '../core/metrics';
import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isMysqlFamily } from '../core/dialect';
import type { RequestContext } from '../core/context';
import { AuditChainHead, AuditEvent } from './audit-event.entity';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  detail?: Record<string, unknown> | null;
  /** Defaults to the signed-in officer; null for the system. */
  actorId?: number | null;
}

/** JSON with object keys sorted at every depth: the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The seal of the chain's head; the head the migration writes (no event yet) has none. */
export function headMac(key: string, lastEventId: number, lastHash: string): string {
  return lastEventId === 0 ? '' : createHmac('sha256', key).update(`${lastEventId}:${lastHash}`).digest('hex');
}

export function eventHash(
  key: string,
  prevHash: string,
  e: Pick<AuditEvent, 'at' | 'actorId' | 'action' | 'entityType' | 'entityId' | 'detail'>,
): string {
  const canonical = canonicalJson([e.at.toISOString(), e.actorId, e.action, e.entityType, e.entityId, e.detail]);
  return createHmac('sha256', key).update(prevHash).update(canonical).digest('hex');
}

/**
 * Appends one event to the audit chain inside the caller's transaction, so the event commits or
 * rolls back with the change it records. The chain head row is locked first: appends take turns
 * and the chain cannot fork.
 */
export async function recordAudit(ctx: Pick<RequestContext, 'config' | 'officer'>, em: EntityManager, entry: AuditEntry): Promise<AuditEvent> {
  const started = process.hrtime.bigint();
  const lock = isMysqlFamily(em.connection) ? { mode: 'pessimistic_write' as const } : undefined;
  const head = await em.findOne(AuditChainHead, { where: { id: 1 }, lock });
  auditLockWait.observe(Number(process.hrtime.bigint() - started) / 1e9);
  if (!head) throw new Error('audit_chain_head row is missing: run the migrations');
  const event = em.create(AuditEvent, {
    at: new Date(),
    actorId: entry.actorId !== undefined ? entry.actorId : (ctx.officer?.id ?? null),
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    // Stored as it will read back, so verification recomputes the same hash.
    detail: entry.detail == null ? null : JSON.parse(JSON.stringify(entry.detail)),
    prevHash: head.lastHash,
  });
  event.hash = eventHash(ctx.config.auditKey, head.lastHash, event);
  await em.save(event);
  await em.update(
    AuditChainHead,
    { id: 1 },
    { lastHash: event.hash, lastEventId: event.id, headMac: headMac(ctx.config.auditKey, event.id, event.hash) },
  );
  auditAppend.observe(Number(process.hrtime.bigint() - started) / 1e9);
  return event;
}
