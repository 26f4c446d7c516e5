import type { EntityManager } from 'typeorm';
import { Between } from 'typeorm';
import type { RequestContext } from '../core/context';
import { badInput } from '../core/errors';
import { addDays } from '../core/time';
import { bumpCacheVersion } from '../db/reference-cache';
import { managerOf } from '../db/transaction';
import { requestCalendar } from './calendar.service';
import { CalendarDay } from './calendar-day.entity';

export const MAX_RANGE_DAYS = 400;

/** Every day from `from` to `to`, with whether it is a working day and the note of an exception. */
export async function calendarRange(ctx: RequestContext, from: string, to: string): Promise<CalendarDay[]> {
  if (to < from) throw badInput('to', 'must not be before from');
  const rows = await managerOf(ctx)
    .getRepository(CalendarDay)
    .findBy({ date: Between(from, to) });
  const notes = new Map(rows.map((r) => [r.date, r.note]));
  const calendar = await requestCalendar(ctx);
  const days: CalendarDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (days.length >= MAX_RANGE_DAYS) throw badInput('to', `ask for at most ${MAX_RANGE_DAYS} days at a time`);
    days.push(
      Object.assign(new CalendarDay(), { date: d, workday: calendar.isWorkday(d), note: notes.get(d) ?? null }),
    );
  }
  return days;
}

/**
 * Stores a day as working day or holiday and returns it with the row it replaced. The row is kept
 * even where it matches the weekday rule, so that the official calendar loaded at start never
 * overrides an administrator's correction. What the correction changes for cases (due dates,
 * stay lengths) is applications/calendar-correction.ts, which calls this.
 */
export async function saveCalendarDay(
  em: EntityManager,
  date: string,
  workday: boolean,
  note: string | null,
): Promise<{ before: CalendarDay | null; day: CalendarDay }> {
  const before = await em.findOneBy(CalendarDay, { date });
  const day = Object.assign(new CalendarDay(), { date, workday, note: note?.trim() || null });
  await em.save(day);
  await bumpCacheVersion(em, 'calendar');
  return { before, day };
}
