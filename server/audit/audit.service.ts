import { createHmac } from 'node:crypto';
import { type DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import type { RequestContext } from '../core/context';
import { isMysqlFamily } from '../db/dialect';
import { afterCommit, inTransaction } from '../db/transaction';
import { log } from '../operations/log';
import {
  auditAppend,
  auditLockWait,
  auditRefused,
  auditSealed,
  auditSeals,
  auditSealWait,
} from '../operations/metrics';
import { EVENT, LAST_SEQ, sealEvents } from './audit.queries';
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

type Hashed = Pick<AuditEvent, 'at' | 'actorId' | 'actorClientId' | 'action' | 'entityType' | 'entityId' | 'detail'>;

/** What the hash and the MAC cover; a hall client's id only where there is one, so events before it hash as they did. */
const canonicalEvent = (e: Hashed) =>
  canonicalJson([
    e.at.toISOString(),
    e.actorId,
    e.action,
    e.entityType,
    e.entityId,
    e.detail,
    ...(e.actorClientId ? [e.actorClientId] : []),
  ]);

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

export function eventHash(key: string, prevHash: string, e: Hashed): string {
  return createHmac('sha256', key).update(prevHash).update(canonicalEvent(e)).digest('hex');
}

/**
 * The MAC of an event alone, written with it: the sealer chains only events written with the key.
 * It binds the event's id, so a copy of an event (a replay, which gets an id of its own) is not one.
 */
export function eventMac(key: string, e: Hashed & Pick<AuditEvent, 'id'>): string {
  return createHmac('sha256', key).update(`event:${e.id}:`).update(canonicalEvent(e)).digest('hex');
}

/**
 * Appends one event to the audit trail inside the caller's transaction, so the event commits or
 * rolls back with the change it records. It is written unsealed (no lock: writes do not take turns
 * on the chain head); once the transaction has committed, the sealer chains it, before the caller
 * answers (afterCommit). Outside a transaction of inTransaction it is sealed at once.
 */
export async function recordAudit(
  ctx: Pick<RequestContext, 'config' | 'officer' | 'client'>,
  em: EntityManager,
  entry: AuditEntry,
): Promise<AuditEvent> {
  const started = process.hrtime.bigint();
  const event = em.create(AuditEvent, {
    at: new Date(),
    actorId: entry.actorId !== undefined ? entry.actorId : (ctx.officer?.id ?? null),
    actorClientId: ctx.client?.clientId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    // Stored as it will read back, so the sealer and verification recompute the same MAC and hash.
    detail: entry.detail == null ? null : JSON.parse(JSON.stringify(entry.detail)),
    seq: null,
    prevHash: '',
    hash: '',
  });
  // The MAC binds the id, which the insert gives: written in the same transaction, before anyone sees the row.
  await em.save(event);
  event.mac = eventMac(ctx.config.auditKey, event);
  await em.update(AuditEvent, { id: event.id }, { mac: event.mac });
  auditAppend.observe(Number(process.hrtime.bigint() - started) / 1e9);
  const sealer = sealerOf(em.connection, ctx.config.auditKey);
  if (!afterCommit(em, 'seal the audit chain', () => sealer.sealCommitted())) await sealer.sealCommitted();
  return event;
}

/**
 * Records a read that must leave a trace (a view of criminal data): in the request's transaction
 * while one is open, else in a transaction of its own (a query's; on SQLite it takes its turn).
 */
export function recordRead(
  ctx: Pick<RequestContext, 'config' | 'officer' | 'client' | 'ds' | 'em'>,
  entry: AuditEntry,
): Promise<AuditEvent> {
  return ctx.em ? recordAudit(ctx, ctx.em, entry) : inTransaction(ctx.ds, (em) => recordAudit(ctx, em, entry));
}

/**
 * Seals the events waiting, oldest first, in batches of `batch`: each gets the next place after the
 * chain head and the hash chaining it to the event before; the head moves to the last. The head's
 * row lock makes the sealers of every process take turns. An event whose MAC is not of the key
 * is left unsealed, logged and counted once (audit:verify names it), and passed over from then on.
 */
export async function sealAuditChain(
  ds: DataSource,
  key: string,
  refused = new Set<number>(),
  batch = 500,
): Promise<number> {
  let sealed = 0;
  for (;;) {
    const done = await inTransaction(ds, (em) => sealBatch(em, key, batch, refused));
    sealed += done.sealed;
    // A batch that sealed nothing refused all it read, and the next one reads past those.
    if (done.read < batch) return sealed;
  }
}

async function sealBatch(
  em: EntityManager,
  key: string,
  batch: number,
  refused: Set<number>,
): Promise<{ read: number; sealed: number }> {
  const started = process.hrtime.bigint();
  const lock = isMysqlFamily(em.connection) ? { mode: 'pessimistic_write' as const } : undefined;
  const head = await em.findOne(AuditChainHead, { where: { id: 1 }, lock });
  auditLockWait.observe(Number(process.hrtime.bigint() - started) / 1e9);
  if (!head) throw new Error('audit_chain_head row is missing: run the migrations');
  // Read after the head's lock: every seal before this one has committed, and every event it sees
  // committed (a consistent read begins its snapshot here, not at the locking read).
  const waiting = await em.find(AuditEvent, {
    where: { seq: IsNull(), id: Not(In([0, ...refused])) },
    order: { id: 'ASC' },
    take: batch,
  });
  if (!waiting.length) return { read: 0, sealed: 0 };
  const { last } =
    (await em.createQueryBuilder(AuditEvent, EVENT).select(LAST_SEQ, 'last').getRawOne<{ last: number | null }>()) ??
    {};
  let seq = Number(last ?? 0);
  let previous = head.lastHash;
  let lastEventId = head.lastEventId;
  const chained: AuditEvent[] = [];
  for (const e of waiting) {
    if (e.mac !== eventMac(key, e)) {
      refused.add(e.id);
      auditRefused.inc();
      log.error(
        { eventId: e.id },
        'audit event not sealed: its MAC is not of the audit key (written around the server)',
      );
      continue;
    }
    e.seq = ++seq;
    e.prevHash = previous;
    e.hash = eventHash(key, previous, e);
    previous = e.hash;
    lastEventId = e.id;
    chained.push(e);
  }
  if (chained.length) {
    // One statement for the batch: the head's lock is held for as short a time as can be.
    const seal = sealEvents(em.connection, chained);
    await em.query(seal.sql, seal.parameters);
    await em.update(
      AuditChainHead,
      { id: 1 },
      { lastHash: previous, lastEventId, headMac: headMac(key, lastEventId, previous) },
    );
    auditSealed.inc(chained.length);
  }
  return { read: waiting.length, sealed: chained.length };
}

/**
 * One sealer per database and process. Writes that commit while a seal runs wait for the next one,
 * which seals them all at once: under load a seal takes many events, and the head's lock is taken
 * once per seal rather than once per write.
 */
class Sealer {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  /** Events this process refused to seal: named once, then passed over. */
  private readonly refused = new Set<number>();

  constructor(
    private readonly ds: DataSource,
    private readonly key: string,
  ) {}

  /** Resolves once a seal begun after this call has ended: every event committed before it is sealed then. Never rejects. */
  sealCommitted(): Promise<void> {
    const started = process.hrtime.bigint();
    let sealed: Promise<void>;
    if (!this.running) sealed = this.start();
    else {
      // The seal under way may have read before this write committed: the next one, shared.
      if (!this.next) this.next = this.running.then(() => this.start());
      sealed = this.next;
    }
    return sealed.then(() => auditSealWait.observe(Number(process.hrtime.bigint() - started) / 1e9));
  }

  private start(): Promise<void> {
    this.next = null;
    const run: Promise<void> = sealAuditChain(this.ds, this.key, this.refused)
      .then(
        () => {
          auditSeals.inc();
        },
        (error: unknown) => {
          // The writes have committed: their events wait for the next seal (the next write, or the next start).
          log.error({ err: error }, 'sealing the audit chain failed');
        },
      )
      .then(() => {
        if (this.running === run) this.running = null;
      });
    this.running = run;
    return run;
  }
}

const sealers = new WeakMap<DataSource, Sealer>();

export function sealerOf(ds: DataSource, key: string): Sealer {
  let sealer = sealers.get(ds);
  if (!sealer) {
    sealer = new Sealer(ds, key);
    sealers.set(ds, sealer);
  }
  return sealer;
}
