import { Between, type DataSource, IsNull } from 'typeorm';
import type { Checkpoint } from './audit.checkpoints';
import { eventBeyondTheHead } from './audit.queries';
import { eventHash, eventMac, GENESIS_HASH, headMac } from './audit.service';
import { AuditChainHead, AuditEvent } from './audit-event.entity';

export type ChainCheck =
  | { ok: true; events: number; unsealed: number; checkpoints: number }
  | { ok: false; events: number; firstBadEventId: number | null; problem: string };

/**
 * Recomputes the audit chain from its first event, in the order it was sealed: each event's hash
 * must be the HMAC of the previous hash and the event itself, and the chain head must point at the
 * last event. An edited row, a removed row or a re-sealed row (without the key) shows up as the
 * first bad event; so does a row placed beyond the head. Events not sealed yet (written in the
 * last moments) must carry their own MAC, bound to their id: one written around the server, or a
 * copy of a genuine one, shows up too. Against `checkpoints` (heads signed and kept outside the
 * database), the chain must hold each one's event at its place: a chain cut short and an older
 * head put back (from a backup) shows up as well.
 */
export async function verifyAuditChain(
  ds: DataSource,
  key: string,
  checkpoints: Checkpoint[] = [],
  batch = 5000,
): Promise<ChainCheck> {
  // The head is read first: events sealed while the check runs lie beyond it and are left for next time.
  const head = await ds.getRepository(AuditChainHead).findOneBy({ id: 1 });
  if (!head || head.headMac !== headMac(key, head.lastEventId, head.lastHash)) {
    return {
      ok: false,
      events: 0,
      firstBadEventId: head?.lastEventId ?? null,
      problem: 'the chain head was changed without the audit key',
    };
  }
  const repo = ds.getRepository(AuditEvent);
  const headEvent = head.lastEventId ? await repo.findOneBy({ id: head.lastEventId }) : null;
  const removedFromTheEnd = (events: number): ChainCheck => ({
    ok: false,
    events,
    firstBadEventId: head.lastEventId,
    problem: 'the chain ends before its recorded head (events were removed from the end)',
  });
  if (head.lastEventId && headEvent?.seq == null) return removedFromTheEnd(0);
  const lastSeq = headEvent?.seq ?? 0;
  const signedAt = new Map<number, Checkpoint[]>();
  for (const c of checkpoints) signedAt.set(c.seq, [...(signedAt.get(c.seq) ?? []), c]);
  let previous = GENESIS_HASH;
  let lastId = 0;
  let seq = 0;
  let events = 0;
  for (;;) {
    const rows = await repo.find({ where: { seq: Between(seq + 1, lastSeq) }, order: { seq: 'ASC' }, take: batch });
    if (!rows.length) break;
    for (const e of rows) {
      if (e.prevHash !== previous) {
        return {
          ok: false,
          events,
          firstBadEventId: e.id,
          problem: `event ${e.id} does not follow the event before it (a row was removed, changed or inserted)`,
        };
      }
      if (eventHash(key, previous, e) !== e.hash) {
        return { ok: false, events, firstBadEventId: e.id, problem: `event ${e.id} was changed after it was written` };
      }
      const differing = signedAt.get(e.seq ?? 0)?.find((c) => c.eventId !== e.id || c.hash !== e.hash);
      if (differing) {
        return {
          ok: false,
          events,
          firstBadEventId: e.id,
          problem: `event ${e.id} at place ${e.seq} is not the event ${differing.eventId} that the checkpoint of ${differing.at} signed there (the chain was rewritten after it)`,
        };
      }
      previous = e.hash;
      lastId = e.id;
      seq = e.seq ?? seq;
      events++;
    }
  }
  if (head.lastHash !== previous || head.lastEventId !== lastId) return removedFromTheEnd(events);
  const latest = checkpoints.reduce<Checkpoint | null>((a, c) => (!a || c.seq > a.seq ? c : a), null);
  if (latest && latest.seq > lastSeq) {
    return {
      ok: false,
      events,
      firstBadEventId: latest.eventId,
      problem: `the chain ends at place ${lastSeq}, before the checkpoint of ${latest.at} at place ${latest.seq}: ${latest.seq - lastSeq} event(s) up to event ${latest.eventId} were removed and an older head put back`,
    };
  }
  const beyond = await eventBeyondTheHead(ds);
  if (beyond) {
    return {
      ok: false,
      events,
      firstBadEventId: beyond.id,
      problem: `event ${beyond.id} claims place ${beyond.seq}, beyond the chain's head (it was written around the server)`,
    };
  }
  const unsealed = await repo.find({ where: { seq: IsNull() }, order: { id: 'ASC' } });
  const forged = unsealed.find((e) => e.mac !== eventMac(key, e));
  if (forged) {
    return {
      ok: false,
      events,
      firstBadEventId: forged.id,
      problem: `event ${forged.id} was written without the audit key, or copied from another event (not sealed)`,
    };
  }
  return { ok: true, events, unsealed: unsealed.length, checkpoints: checkpoints.length };
}
