import type { EntityManager } from 'typeorm';
import { Between } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../core/context';
import { badInput } from '../core/errors';
import { addDays, endOfShanghaiDay, startOfShanghaiDay } from '../core/time';
import { Application } from '../applications/application.entity';
import { recountStaysOver } from '../applications/status-change.service';
import { ApplicationStatus } from '../core/enums';
import { DECISION_LIMIT_WORKDAYS, dueAt, REVIEW_LIMIT_WORKDAYS } from './clock';
import { CalendarDay } from './calendar-day.entity';
import { requestCalendar, WorkCalendar } from './calendar.service';

const MAX_RANGE_DAYS = 400;

/** Every day from `from` to `to`, with whether it is a working day and the note of an exception. */
export async function calendarRange(ctx: RequestContext, from: string, to: string): Promise<CalendarDay[]> {
  if (to < from) throw badInput('to', 'must not be before from');
  const rows = await ctx.ds.getRepository(CalendarDay).findBy({ date: Between(from, to) });
  const notes = new Map(rows.map((r) => [r.date, r.note]));
  const calendar = await requestCalendar(ctx);
  const days: CalendarDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (days.length >= MAX_RANGE_DAYS) throw badInput('to', `ask for at most ${MAX_RANGE_DAYS} days at a time`);
    days.push(Object.assign(new CalendarDay(), { date: d, workday: calendar.isWorkday(d), note: notes.get(d) ?? null }));
  }
  return days;
}

/**
 * Recomputes the due dates of the running clocks whose window spans `date`, after a change of
 * that day; each moved case gets a new version and an audit event.
 */
async function moveDeadlines(ctx: RequestContext, em: EntityManager, date: string): Promise<number> {
  const calendar = await WorkCalendar.load(em);
  const running = await em
    .createQueryBuilder(Application, 'a')
    .where('a.clockStartedAt IS NOT NULL AND a.decidedAt IS NULL AND a.dueAt IS NOT NULL')
    .andWhere('a.status IN (:...running)', { running: RUNNING_STATUSES })
    .andWhere('a.clockStartedAt <= :dayEnd AND a.dueAt >= :dayStart', {
      dayEnd: endOfShanghaiDay(date),
      dayStart: startOfShanghaiDay(date),
    })
    .getMany();
  let moved = 0;
  for (const a of running) {
    const limit = a.status === ApplicationStatus.UNDER_REVIEW ? REVIEW_LIMIT_WORKDAYS : DECISION_LIMIT_WORKDAYS;
    const due = dueAt(calendar, a.clockStartedAt!, limit, a.pausedWorkingDays);
    if (due.getTime() === a.dueAt!.getTime()) continue;
    await em.update(Application, { id: a.id, version: a.version }, { dueAt: due, version: a.version + 1, updatedAt: new Date() });
    await recordAudit(ctx, em, {
      action: 'DUE_DATE_MOVED',
      entityType: 'Application',
      entityId: a.id,
      detail: { calendarDay: date, from: a.dueAt, to: due },
    });
    moved++;
  }
  return moved;
}

/** Statuses in which a case's clock has started and the case is not yet decided. */
const RUNNING_STATUSES = [
  ApplicationStatus.ACCEPTED,
  ApplicationStatus.AWAITING_SUPPLEMENT,
  ApplicationStatus.UNDER_INVESTIGATION,
  ApplicationStatus.PENDING_SIGNOFF,
  ApplicationStatus.UNDER_REVIEW,
];

/**
 * Marks a day as working day or holiday. The row is kept even where it matches the weekday rule,
 * so that the official calendar loaded at start never overrides an administrator's correction.
 */
export async function setCalendarDay(
  ctx: RequestContext,
  em: EntityManager,
  date: string,
  workday: boolean,
  note: string | null,
): Promise<CalendarDay> {
  const before = await em.findOneBy(CalendarDay, { date });
  const day = Object.assign(new CalendarDay(), { date, workday, note: note?.trim() || null });
  await em.save(day);
  const moved = await moveDeadlines(ctx, em, date);
  const staysRecounted = await recountStaysOver(em, date);
  await recordAudit(ctx, em, {
    action: 'CALENDAR_DAY_SET',
    entityType: 'CalendarDay',
    entityId: date,
    detail: { before, after: day, casesMoved: moved, staysRecounted },
  });
  return day;
}
