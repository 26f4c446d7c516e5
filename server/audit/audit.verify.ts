import { Between, type DataSource } from 'typeorm';
import { AuditChainHead, AuditEvent } from './audit-event.entity';
import { eventHash, GENESIS_HASH, headMac } from './audit.service';

export type ChainCheck = { ok: true; events: number } | { ok: false; events: number; firstBadEventId: number | null; problem: string };

/**
 * Recomputes the audit chain from the first event: each event's hash must be the HMAC of the
 * previous hash and the event itself, and the chain head must point at the last event. An edited
 * row, a removed row or a re-sealed row (without the key) shows up as the first bad event.
 */
export async function verifyAuditChain(ds: DataSource, key: string, batch = 5000): Promise<ChainCheck> {
  // The head is read first: events appended while the check runs lie beyond it and are left for next time.
  const head = await ds.getRepository(AuditChainHead).findOneBy({ id: 1 });
  if (!head || head.headMac !== headMac(key, head.lastEventId, head.lastHash)) {
    return { ok: false, events: 0, firstBadEventId: head?.lastEventId ?? null, problem: 'the chain head was changed without the audit key' };
  }
  const repo = ds.getRepository(AuditEvent);
  let previous = GENESIS_HASH;
  let lastId = 0;
  let events = 0;
  for (;;) {
    const rows = await repo.find({ where: { id: Between(lastId + 1, head.lastEventId) }, order: { id: 'ASC' }, take: batch });
    if (!rows.length) break;
    for (const e of rows) {
      if (e.prevHash !== previous) {
        return {
          ok: false,
          events,
          firstBadEventId: e.id,
          problem: `event ${e.id} does not follow the event before it (a row was removed or changed)`,
        };
      }
      if (eventHash(key, previous, e) !== e.hash) {
        return { ok: false, events, firstBadEventId: e.id, problem: `event ${e.id} was changed after it was written` };
      }
      previous = e.hash;
      lastId = e.id;
      events++;
    }
  }
  if (head.lastHash !== previous || head.lastEventId !== lastId) {
    return {
      ok: false,
      events,
      firstBadEventId: head?.lastEventId ?? null,
      problem: 'the chain ends before its recorded head (events were removed from the end)',
    };
  }
  return { ok: true, events };
}
