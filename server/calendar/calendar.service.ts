import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../core/context';
import { addDays, endOfShanghaiDay, shanghaiDate, weekday } from '../core/time';
import { CalendarDay } from './calendar-day.entity';

/**
 * The official calendar: Monday to Friday work, except the days the table marks otherwise
 * (public holidays, and weekend days moved into working days). The table holds only exceptions.
 */
export class WorkCalendar {
  constructor(private readonly exceptions: Map<string, boolean>) {}

  static async load(em: EntityManager): Promise<WorkCalendar> {
    const rows = await em.find(CalendarDay);
    return new WorkCalendar(new Map(rows.map((r) => [r.date, r.workday])));
  }

  isWorkday(date: string): boolean {
    const d = weekday(date);
    return this.exceptions.get(date) ?? (d !== 0 && d !== 6);
  }

  /** The first working day strictly after `date`. */
  nextWorkday(date: string): string {
    let d = addDays(date, 1);
    while (!this.isWorkday(d)) d = addDays(d, 1);
    return d;
  }

  /** The n-th working day strictly after `date`. */
  nthWorkdayAfter(date: string, n: number): string {
    let d = date;
    for (let i = 0; i < n; i++) d = this.nextWorkday(d);
    return d;
  }

  /** Working days d with `after` < d <= `upTo` (0 when upTo is not after `after`). */
  workdaysBetween(after: string, upTo: string): number {
    let count = 0;
    for (let d = addDays(after, 1); d <= upTo; d = addDays(d, 1)) if (this.isWorkday(d)) count++;
    return count;
  }

  /** The end of the next working day after now: cases due by then are DUE_SOON. */
  dueSoonBefore(now: Date): Date {
    return endOfShanghaiDay(this.nextWorkday(shanghaiDate(now)));
  }
}

/** The calendar of a request, loaded at most once however many fields and counts need it. */
export function requestCalendar(ctx: RequestContext): Promise<WorkCalendar> {
  ctx.calendar ??= WorkCalendar.load(ctx.ds.manager);
  return ctx.calendar;
}
