import type { EntityManager } from 'typeorm';
import { loader, type RequestContext } from '../core/context';
import { addDays, endOfShanghaiDay, shanghaiDate, weekday } from '../core/time';
import { cached } from '../db/reference-cache';
import { managerOf } from '../db/transaction';
import { CalendarDay } from './calendar-day.entity';

/**
 * The official calendar: Monday to Friday work, except the days the table marks otherwise
 * (public holidays, and weekend days moved into working days). The table holds only exceptions.
 */
export class WorkCalendar {
  // The calendar does not change once loaded, so answers are kept: a report or a bulk load asks
  // the same few hundred dates again and again.
  private readonly nextWorkdays = new Map<string, string>();
  private readonly workdayCounts = new Map<string, number>();

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
    let next = this.nextWorkdays.get(date);
    if (next === undefined) {
      next = addDays(date, 1);
      while (!this.isWorkday(next)) next = addDays(next, 1);
      this.nextWorkdays.set(date, next);
    }
    return next;
  }

  /** The n-th working day strictly after `date`. */
  nthWorkdayAfter(date: string, n: number): string {
    let d = date;
    for (let i = 0; i < n; i++) d = this.nextWorkday(d);
    return d;
  }

  /** Working days d with `after` < d <= `upTo` (0 when upTo is not after `after`). */
  workdaysBetween(after: string, upTo: string): number {
    const key = `${after}|${upTo}`;
    let count = this.workdayCounts.get(key);
    if (count === undefined) {
      count = 0;
      for (let d = addDays(after, 1); d <= upTo; d = addDays(d, 1)) if (this.isWorkday(d)) count++;
      this.workdayCounts.set(key, count);
    }
    return count;
  }

  /** The end of the next working day after now: cases due by then are DUE_SOON. */
  dueSoonBefore(now: Date): Date {
    return endOfShanghaiDay(this.nextWorkday(shanghaiDate(now)));
  }
}

const perTransaction = new WeakMap<EntityManager, Promise<WorkCalendar>>();

/** The calendar kept by this process if still current, else loaded through `em` (see core/reference-cache.ts). */
const currentCalendar = (em: EntityManager, requestVersion?: number) =>
  cached(em, 'calendar', requestVersion, () => WorkCalendar.load(em));

/**
 * The calendar inside a transaction, as it sees it (its own corrections included), asked at most
 * once however many steps of a case action need it. Outside a transaction, the current one.
 */
export function transactionCalendar(em: EntityManager): Promise<WorkCalendar> {
  if (!em.queryRunner?.isTransactionActive) return currentCalendar(em);
  let calendar = perTransaction.get(em);
  if (!calendar) {
    calendar = currentCalendar(em);
    perTransaction.set(em, calendar);
  }
  return calendar;
}

/** The calendar a request has asked for (once), and the same once it has come. */
class RequestCalendar {
  asked?: Promise<WorkCalendar>;
  loaded?: WorkCalendar;
}

const requestCalendarLoader = loader('calendar', () => new RequestCalendar());

/** The calendar of a request, at the version its session statement read, asked at most once however many fields need it. */
export function requestCalendar(ctx: RequestContext): Promise<WorkCalendar> {
  const kept = ctx.loaders.of(requestCalendarLoader);
  const em = managerOf(ctx);
  kept.asked ??= (
    em.queryRunner?.isTransactionActive ? transactionCalendar(em) : currentCalendar(em, ctx.versions.calendar)
  ).then((calendar) => (kept.loaded = calendar));
  return kept.asked;
}

/** The request's calendar if it has come already: what the resolvers of a page's rows read at once. */
export const loadedCalendar = (ctx: RequestContext): WorkCalendar | undefined =>
  ctx.loaders.of(requestCalendarLoader).loaded;
