import type { EntityManager } from 'typeorm';
import type { HallClient } from '../clients/client.entity';
import { queryNamed } from '../db/conditions';
import { rowsWhere } from '../db/rows';
import { afterCommit } from '../db/transaction';
import { workerOf } from '../operations/job-worker';
import { HallEvent, HallEventStatus } from './hall-event.entity';
import { eventsAfterStatement, OLDEST_FIRST, ofCases } from './hall-event.queries';

/** The job worker's name for status callbacks. */
export const HALL_EVENTS = 'hall-events';

const wakeSender = (em: EntityManager) =>
  afterCommit(em, 'send hall events', async () => workerOf(em.connection, HALL_EVENTS)?.wake());

/**
 * Writes what the hall is to hear in the transaction of the change it tells of (`auditEventId`
 * is that change's audit event): a change that rolls back tells nothing; one that commits is
 * posted after the commit, or read from GET /events by a client without a callback address.
 */
export async function queueHallEvent(
  em: EntityManager,
  client: Pick<HallClient, 'id' | 'callbackUrl'>,
  event: { applicationId: number; auditEventId: number; event: string; body: (id: number) => Record<string, unknown> },
): Promise<HallEvent> {
  const now = new Date();
  const row = await em.save(
    em.create(HallEvent, {
      clientId: client.id,
      applicationId: event.applicationId,
      auditEventId: event.auditEventId,
      event: event.event,
      body: {},
      status: client.callbackUrl ? HallEventStatus.PENDING : HallEventStatus.NO_CALLBACK,
      attempts: 0,
      createdAt: now,
      sentAt: null,
      nextAttemptAt: now,
      lastAttemptAt: null,
      lastError: null,
      startedAt: null,
    }),
  );
  // The body carries the event's own id (the hall's idempotency key), which the insert gives.
  row.body = event.body(row.id);
  await em.update(HallEvent, { id: row.id }, { body: row.body });
  if (client.callbackUrl) wakeSender(em);
  return row;
}

/** A FAILED callback back to PENDING, its attempts counted afresh; posted after the commit. */
export async function requeueHallEvent(em: EntityManager, event: HallEvent): Promise<HallEvent> {
  const set = { status: HallEventStatus.PENDING, attempts: 0, nextAttemptAt: new Date(), startedAt: null };
  await em.update(HallEvent, { id: event.id }, set);
  wakeSender(em);
  return Object.assign(event, set);
}

/** The callbacks of each case, oldest first. */
export async function hallEventsOf(em: EntityManager, applicationIds: readonly number[]): Promise<HallEvent[][]> {
  const rows = await rowsWhere(em, HallEvent, ofCases(applicationIds), applicationIds, {
    orderBy: OLDEST_FIRST,
  });
  return applicationIds.map((id) => rows.filter((e) => e.applicationId === id));
}

/** The most events one page of GET /events holds. */
export const MAX_EVENTS_PAGE = 500;

/**
 * A client's events after `cursor`, in the order of the sealed audit chain, and the cursor of the
 * last. The chain's places are given after each commit, in turn: a page never passes over an event
 * that commits later (it gets a later place), so paging from cursor to cursor misses none. An event
 * whose change's seal is still under way waits for the next page.
 */
export async function eventsAfter(
  em: EntityManager,
  clientId: number,
  cursor: number,
  limit: number,
): Promise<{ events: { cursor: number; body: object }[]; next: number }> {
  const rows = await queryNamed<{ seq: number | string; body: string }>(
    em,
    eventsAfterStatement(em.connection, Math.min(Math.max(1, limit), MAX_EVENTS_PAGE)),
    { clientId, cursor },
  );
  const events = rows.map((r) => ({
    cursor: Number(r.seq),
    body: typeof r.body === 'string' ? JSON.parse(r.body) : r.body,
  }));
  return { events, next: events.length ? events[events.length - 1].cursor : cursor };
}
