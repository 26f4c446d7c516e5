import { describe, expect, it } from 'vitest';
import { caseRefreshInterval } from '../../admin/src/applications/case/caseRefresh';
import { pendingHallEventInterval } from '../../admin/src/applications/case/hallEvents';
import { quickFilterActive, toggleQuickFilter } from '../../admin/src/applications/queue/quickFilterState';

// What the queue's quick filters and the case page's refresh decide, without a server.

describe('a quick filter of several keys', () => {
  const online = { channel: 'ONLINE', awaitingPayment: true };

  it('is on only while every key is set, and sets or takes off all of them, leaving the others', () => {
    expect(quickFilterActive({ status: 'DECIDED' }, online)).toBe(false);
    expect(quickFilterActive({ channel: 'ONLINE' }, online)).toBe(false);
    const on = toggleQuickFilter({ status: 'DECIDED' }, online);
    expect(on).toEqual({ status: 'DECIDED', channel: 'ONLINE', awaitingPayment: true });
    expect(quickFilterActive(on, online)).toBe(true);
    expect(toggleQuickFilter(on, online)).toEqual({ status: 'DECIDED' });
    // Half set (the channel from the sidebar, say): a click sets the rest.
    expect(toggleQuickFilter({ channel: 'COUNTER' }, online)).toEqual(online);
  });

  it('of one key works as before', () => {
    expect(toggleQuickFilter({}, { mine: true })).toEqual({ mine: true });
    expect(toggleQuickFilter({ mine: true, q: 'x' }, { mine: true })).toEqual({ q: 'x' });
  });
});

describe("the case page's refresh", () => {
  const now = Date.parse('2026-12-07T08:00:00Z');
  const at = (seconds: number) => new Date(now + seconds * 1000).toISOString();
  const callback = (status: string, attempts: number, nextAttemptAt: string) => ({
    id: '1',
    event: 'ACCEPTED',
    status,
    attempts,
    createdAt: at(-60),
    sentAt: null,
    lastAttemptAt: null,
    nextAttemptAt,
    lastError: null,
  });

  it('asks again while a callback to the hall is pending, never for one sent, failed or read by the hall itself', () => {
    expect(pendingHallEventInterval({ hallEvents: [callback('PENDING', 0, at(0))] }, now)).toBe(2_000);
    expect(pendingHallEventInterval({ hallEvents: [callback('PENDING', 2, at(10))] }, now)).toBe(11_000);
    expect(pendingHallEventInterval({ hallEvents: [callback('PENDING', 5, at(600))] }, now)).toBe(30_000);
    for (const status of ['SENT', 'FAILED', 'NO_CALLBACK'])
      expect(pendingHallEventInterval({ hallEvents: [callback(status, 1, at(0))] }, now), status).toBe(false);
    expect(caseRefreshInterval({ hallEvents: [], notifications: [], recordChecks: [] })).toBe(false);
    expect(caseRefreshInterval({ hallEvents: [callback('PENDING', 0, new Date().toISOString())] })).toBe(2_000);
  });
});
