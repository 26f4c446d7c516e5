import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slaStateOf } from '../server/applications/sla';
import { StatusChange } from '../server/applications/status-change.entity';
import { WorkCalendar } from '../server/calendar/calendar.service';
import {
  DECISION_LIMIT_WORKDAYS,
  dueAt,
  REVIEW_LIMIT_WORKDAYS,
  workdaysSpanned,
  workingDaysElapsed,
} from '../server/calendar/clock';
import { ApplicationStatus } from '../server/core/enums';
import { type Client, startTestApp, type TestApp } from './support/harness';
import { present } from './support/narrow';
import { acceptedCase, step } from './support/workflow';

let app: TestApp;
let admin: Client;
let calendar: WorkCalendar;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.as('admin');
  calendar = await WorkCalendar.load(app.ds.manager);
});
afterAll(() => app?.close());

/** An instant in the working day of a Shanghai date. */
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);
const iso = (d: Date) => d.toISOString();

describe('the working-day clock on the official calendar', () => {
  it('runs across the National Day holiday and its moved working Saturday', () => {
    expect(iso(dueAt(calendar, at('2026-09-30'), DECISION_LIMIT_WORKDAYS, 0))).toBe('2026-10-10T15:59:59.000Z');
  });

  it('runs across the Spring Festival, counting the working Saturday before it', () => {
    expect(iso(dueAt(calendar, at('2026-02-13'), DECISION_LIMIT_WORKDAYS, 0))).toBe('2026-02-25T15:59:59.000Z');
  });

  it('moves the due date by the working days of a pause', () => {
    const paused = workdaysSpanned(calendar, at('2026-10-13'), at('2026-10-14'));
    expect(paused).toBe(1);
    expect(iso(dueAt(calendar, at('2026-10-12'), DECISION_LIMIT_WORKDAYS, 0))).toBe('2026-10-15T15:59:59.000Z');
    expect(iso(dueAt(calendar, at('2026-10-12'), DECISION_LIMIT_WORKDAYS, paused))).toBe('2026-10-16T15:59:59.000Z');
    // A pause over a weekend costs only its working days.
    expect(workdaysSpanned(calendar, at('2026-10-16'), at('2026-10-19'))).toBe(1);
  });

  it('uses Asia/Shanghai days: 23:30 UTC is already the next day there', () => {
    const lateUtc = new Date('2026-09-29T23:30:00Z'); // 07:30 on 30 September in Shanghai
    expect(iso(dueAt(calendar, lateUtc, DECISION_LIMIT_WORKDAYS, 0))).toBe('2026-10-10T15:59:59.000Z');
  });

  it('counts working days elapsed without the paused ones, up to the decision', () => {
    const facts = { clockStartedAt: at('2026-10-12'), decidedAt: null, pausedSince: null, pausedWorkingDays: 1 };
    expect(workingDaysElapsed(calendar, facts, at('2026-10-16'))).toBe(3); // 13, 14, 15, 16 less one paused
    expect(workingDaysElapsed(calendar, { ...facts, decidedAt: at('2026-10-14') }, at('2026-10-30'))).toBe(1);
    expect(
      workingDaysElapsed(calendar, { ...facts, pausedWorkingDays: 0, pausedSince: at('2026-10-14') }, at('2026-10-16')),
    ).toBe(2);
    // Reviews run 15 working days.
    expect(iso(dueAt(calendar, at('2026-09-30'), REVIEW_LIMIT_WORKDAYS, 0))).toBe('2026-10-27T15:59:59.000Z');
  });

  it('reports the SLA state from the due date: due soon within the next working day, overdue after, met or breached once decided', () => {
    const facts = {
      status: ApplicationStatus.ACCEPTED,
      acceptedAt: at('2026-10-12'),
      dueAt: dueAt(calendar, at('2026-10-12'), 3, 0),
      decidedAt: null,
    };
    const state = (now: Date, f = facts) => slaStateOf(f, now, calendar.dueSoonBefore(now));
    expect(state(at('2026-10-13'))).toBe('ON_TRACK');
    expect(state(at('2026-10-14'))).toBe('DUE_SOON');
    expect(state(at('2026-10-16'))).toBe('OVERDUE');
    expect(state(at('2026-10-16'), { ...facts, status: ApplicationStatus.UNDER_INVESTIGATION })).toBe('PAUSED');
    expect(
      state(at('2026-10-20'), { ...facts, status: ApplicationStatus.DECIDED, decidedAt: at('2026-10-15', '23:00') }),
    ).toBe('MET');
    expect(
      state(at('2026-10-20'), { ...facts, status: ApplicationStatus.DECIDED, decidedAt: at('2026-10-16', '09:00') }),
    ).toBe('BREACHED');
  });
});

/** The details of calendar corrections, as their audit events keep them. */
type Details = { auditTrail: { items: { detail: Record<string, unknown> | null }[] } };

describe('calendar administration', () => {
  const CALENDAR = 'query($from: Date!, $to: Date!) { calendar(from: $from, to: $to) { date workday note } }';
  type Calendar = { calendar: { date: string; workday: boolean; note: string | null }[] };

  it('reads the official days with their names', async () => {
    const days = (await admin.data<Calendar>(CALENDAR, { from: '2026-10-01', to: '2026-10-11' })).calendar;
    expect(days).toHaveLength(11);
    expect(days[0]).toEqual({ date: '2026-10-01', workday: false, note: '国庆节' });
    expect(days.find((d) => d.date === '2026-10-10')).toMatchObject({ workday: true });
    expect(days.find((d) => d.date === '2026-10-09')).toEqual({ date: '2026-10-09', workday: true, note: null });
    const bad = await admin.gql(CALENDAR, { from: '2026-02-30', to: '2026-03-01' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets ADMIN correct a day, which the clock then follows; others may not', async () => {
    const officer = await app.as('heping.officer');
    const denied = await officer.gql(
      'mutation { setCalendarDay(date: "2026-12-31", workday: false, note: "x") { date } }',
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const today = new Date();
    const c = await acceptedCase(officer);
    const expected = dueAt(await WorkCalendar.load(app.ds.manager), today, 3, 0);
    expect(c.dueAt).toBe(expected.toISOString());
    // Make the first working day after today a holiday: a case accepted now is due a working day later.
    const firstDay = (await WorkCalendar.load(app.ds.manager)).nextWorkday(
      new Date(today.getTime() + 8 * 3600_000).toISOString().slice(0, 10),
    );
    const set = await admin.data<{ setCalendarDay: unknown }>(
      'mutation($d: Date!) { setCalendarDay(date: $d, workday: false, note: "临时调整") { date workday note } }',
      {
        d: firstDay,
      },
    );
    expect(set.setCalendarDay).toEqual({ date: firstDay, workday: false, note: '临时调整' });
    const later = await acceptedCase(officer);
    expect(new Date(present(later.dueAt, 'the due date')).getTime()).toBeGreaterThan(expected.getTime());
    // The case accepted before the correction runs on the corrected calendar too.
    const moved = present(
      (
        await officer.data<{
          application: { dueAt: string | null; version: number; history: { action: string }[] } | null;
        }>('query($id: ID!) { application(id: $id) { dueAt version history { action } } }', { id: c.id })
      ).application,
      `case ${c.id}`,
    );
    expect(moved.dueAt).toBe(later.dueAt);
    expect(moved.history[0].action).toBe('DUE_DATE_MOVED');
    const trail = await admin.data<{ auditTrail: { items: { action: string }[] } }>(
      'query($d: String!) { auditTrail(entityType: "CalendarDay", entityId: $d) { items { action } } }',
      {
        d: firstDay,
      },
    );
    expect(trail.auditTrail.items[0].action).toBe('CALENDAR_DAY_SET');
  });

  it('counts again the ended stays a corrected past day falls within', async () => {
    const officer = await app.as('heping.officer');
    const c = await acceptedCase(officer);
    // Move the case's submission back to Monday 2 March 2026 and its acceptance to Wednesday the 4th.
    const [submitted, accepted] = await app.ds
      .getRepository(StatusChange)
      .find({ where: { applicationId: Number(c.id) }, order: { at: 'ASC', id: 'ASC' } });
    await app.ds
      .getRepository(StatusChange)
      .update(submitted.id, { at: at('2026-03-02', '09:00'), endedAt: at('2026-03-04', '09:00'), workingDays: 2 });
    await app.ds.getRepository(StatusChange).update(accepted.id, { at: at('2026-03-04', '09:00') });
    const length = async () =>
      (await app.ds.getRepository(StatusChange).findOneByOrFail({ id: submitted.id })).workingDays;
    await admin.data('mutation { setCalendarDay(date: "2026-03-03", workday: false, note: "临时停工") { date } }');
    expect(await length()).toBe(1);
    const trail = await admin.data<Details>(
      'query { auditTrail(entityType: "CalendarDay", entityId: "2026-03-03") { items { detail } } }',
    );
    expect(present(trail.auditTrail.items[0].detail, 'the detail of the correction').staysRecounted).toBe(1);
    await admin.data('mutation { setCalendarDay(date: "2026-03-03", workday: true, note: null) { date } }');
    expect(await length()).toBe(2);
  });
});

describe('the impact of a calendar correction', () => {
  const IMPACT = 'query($d: Date!, $w: Boolean) { calendarDayImpact(date: $d, workday: $w) }';
  const SET =
    'mutation($d: Date!, $w: Boolean!, $n: String) { setCalendarDay(date: $d, workday: $w, note: $n) { date workday } }';
  const impact = async (d: string, w?: boolean) =>
    (await admin.data<{ calendarDayImpact: number }>(IMPACT, { d, w })).calendarDayImpact;
  /** The number of cases the last correction of `d` moved, as its audit event says. */
  const lastMoved = async (d: string) =>
    present(
      (
        await admin.data<Details>(
          'query($d: String!) { auditTrail(entityType: "CalendarDay", entityId: $d) { items { detail } } }',
          { d },
        )
      ).auditTrail.items[0].detail,
      `the detail of the correction of ${d}`,
    ).casesMoved;
  const dueOf = async (client: Client, id: string) =>
    present(
      (
        await client.data<{ application: { dueAt: string | null } | null }>(
          'query($id: ID!) { application(id: $id) { dueAt } }',
          { id },
        )
      ).application,
      `case ${id}`,
    ).dueAt;

  it('counts exactly the running and paused cases setCalendarDay then moves, and again when the day is set back', async () => {
    const officer = await app.as('heping.officer');
    const running = await acceptedCase(officer);
    const paused = await step(officer, 'requestSupplement', (await acceptedCase(officer)).id, {
      reason: '请补充',
      kinds: ['OTHER'],
    });
    expect(paused.status).toBe('AWAITING_SUPPLEMENT');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const day = (await WorkCalendar.load(app.ds.manager)).nthWorkdayAfter(today, 2);
    const before = { running: await dueOf(officer, running.id), paused: await dueOf(officer, paused.id) };

    // Setting the day to what it is moves nothing; switching it (the default) moves both cases.
    expect(await impact(day, true)).toBe(0);
    const count = await impact(day);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(await impact(day, false)).toBe(count);
    await admin.data(SET, { d: day, w: false, n: '临时调整' });
    expect(await lastMoved(day)).toBe(count);
    expect(await dueOf(officer, running.id)).not.toBe(before.running);
    expect(await dueOf(officer, paused.id)).not.toBe(before.paused);

    // Undo: the count of setting it back is what setting it back moves, and the due dates return.
    expect(await impact(day, false)).toBe(0);
    const back = await impact(day);
    expect(back).toBe(count);
    await admin.data(SET, { d: day, w: true, n: null });
    expect(await lastMoved(day)).toBe(back);
    expect({ running: await dueOf(officer, running.id), paused: await dueOf(officer, paused.id) }).toEqual(before);
  });

  it('counts no decided case and no day outside every window; only ADMIN may ask', async () => {
    const officer = await app.as('heping.officer');
    const c = await acceptedCase(officer);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const calendar = await WorkCalendar.load(app.ds.manager);
    const day = calendar.nthWorkdayAfter(today, 1);
    const withCase = await impact(day);
    await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    expect(await impact(day)).toBe(withCase - 1);
    expect(await impact(calendar.nthWorkdayAfter(today, 40))).toBe(0);
    const denied = await officer.gql(IMPACT, { d: day });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await admin.gql(IMPACT, { d: '2026-02-30' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
