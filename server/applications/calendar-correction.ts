import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { saveCalendarDay } from '../calendar/calendar.admin';
import type { CalendarDay } from '../calendar/calendar-day.entity';
import { WorkCalendar } from '../calendar/calendar.service';
import { DECISION_LIMIT_WORKDAYS, dueAt, REVIEW_LIMIT_WORKDAYS } from '../calendar/clock';
import type { RequestContext } from '../core/context';
import { ApplicationStatus } from '../core/enums';
import { endOfShanghaiDay, startOfShanghaiDay } from '../core/time';
import { Application } from './application.entity';
import { recountStaysOver } from './status-change.service';
import { transactionOf } from '../core/transaction';

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

/** Marks a day as working day or holiday, then moves the due dates and recounts the stays it touches; one audit event says how many. */
export async function setCalendarDay(ctx: RequestContext, date: string, workday: boolean, note: string | null): Promise<CalendarDay> {
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
