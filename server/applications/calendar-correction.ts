import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { saveCalendarDay } from '../calendar/calendar.admin';
import { WorkCalendar } from '../calendar/calendar.service';
import { CalendarDay } from '../calendar/calendar-day.entity';
import { DECISION_LIMIT_WORKDAYS, dueAt, REVIEW_LIMIT_WORKDAYS } from '../calendar/clock';
import type { RequestContext } from '../core/context';
import { ApplicationStatus } from '../core/enums';
import { endOfShanghaiDay, startOfShanghaiDay } from '../core/time';
import { managerOf, transactionOf } from '../db/transaction';
import { Application } from './application.entity';
import { CASE, RUNNING_ACROSS_DAY } from './application.queries';
import { recountStaysOver } from './status-change.service';

// An administrator's correction of the working-day calendar, with what it changes for cases:
// the due dates of the clocks running over that day, and the lengths of the stays that spanned it.

/** Statuses in which a case's clock has started and the case is not yet decided. */
const RUNNING_STATUSES = [
  ApplicationStatus.ACCEPTED,
  ApplicationStatus.AWAITING_SUPPLEMENT,
  ApplicationStatus.UNDER_INVESTIGATION,
  ApplicationStatus.PENDING_SIGNOFF,
  ApplicationStatus.UNDER_REVIEW,
];

/**
 * The clocks a change of `date` may move: started, not decided, running or paused, with a window
 * (from the start of the clock to the due date) that spans the day.
 */
function clocksOver(em: EntityManager, date: string): Promise<Application[]> {
  return em
    .createQueryBuilder(Application, CASE)
    .where(RUNNING_ACROSS_DAY[0])
    .andWhere(RUNNING_ACROSS_DAY[1], { running: RUNNING_STATUSES })
    .andWhere(RUNNING_ACROSS_DAY[2], {
      dayEnd: endOfShanghaiDay(date),
      dayStart: startOfShanghaiDay(date),
    })
    .getMany();
}

/** The cases among `cases` whose due date on `calendar` differs from the one they have, with that due date. */
function movedOn(calendar: WorkCalendar, cases: Application[]): { a: Application; due: Date }[] {
  const moved: { a: Application; due: Date }[] = [];
  for (const a of cases) {
    const limit = a.status === ApplicationStatus.UNDER_REVIEW ? REVIEW_LIMIT_WORKDAYS : DECISION_LIMIT_WORKDAYS;
    // clocksOver selects only cases whose clock has started and has a due date.
    if (!a.clockStartedAt || !a.dueAt) throw new Error(`Case ${a.id} has no running clock to move`);
    const due = dueAt(calendar, a.clockStartedAt, limit, a.pausedWorkingDays);
    if (due.getTime() !== a.dueAt.getTime()) moved.push({ a, due });
  }
  return moved;
}

/**
 * Recomputes the due dates of the running clocks whose window spans `date`, after a change of
 * that day; each moved case gets a new version and an audit event.
 */
async function moveDeadlines(ctx: RequestContext, em: EntityManager, date: string): Promise<number> {
  const calendar = await WorkCalendar.load(em);
  const moved = movedOn(calendar, await clocksOver(em, date));
  for (const { a, due } of moved) {
    await em.update(
      Application,
      { id: a.id, version: a.version },
      { dueAt: due, version: a.version + 1, updatedAt: new Date() },
    );
    await recordAudit(ctx, em, {
      action: 'DUE_DATE_MOVED',
      entityType: 'Application',
      entityId: a.id,
      detail: { calendarDay: date, from: a.dueAt, to: due },
    });
  }
  return moved.length;
}

/**
 * How many cases setCalendarDay(date, workday) would move now: the same selection and the same
 * recomputation, on the calendar as it would be after the change. `workday` defaults to the
 * switch of the day (what one click in the console does).
 */
export async function calendarDayImpact(ctx: RequestContext, date: string, workday: boolean | null): Promise<number> {
  const em = managerOf(ctx);
  const rows = await em.find(CalendarDay);
  const exceptions = new Map(rows.map((r) => [r.date, r.workday]));
  const target = workday ?? !new WorkCalendar(exceptions).isWorkday(date);
  exceptions.set(date, target);
  return movedOn(new WorkCalendar(exceptions), await clocksOver(em, date)).length;
}

/** Marks a day as working day or holiday, then moves the due dates and recounts the stays it touches; one audit event says how many. */
export async function setCalendarDay(
  ctx: RequestContext,
  date: string,
  workday: boolean,
  note: string | null,
): Promise<CalendarDay> {
  const em = transactionOf(ctx);
  const { before, day } = await saveCalendarDay(em, date, workday, note);
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
