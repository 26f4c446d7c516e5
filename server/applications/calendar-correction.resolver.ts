import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CalendarDay } from '../calendar/calendar-day.entity';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { DateScalar } from '../graphql/scalars';
import { calendarDayImpact, setCalendarDay } from './calendar-correction';

/** The calendar's one mutation, and what it would change: they live here, above the calendar, because a corrected day moves cases' due dates. */
@Resolver(() => CalendarDay)
export class CalendarCorrectionResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarDay)
  setCalendarDay(
    @Ctx() ctx: RequestContext,
    @Arg('date', () => DateScalar) date: string,
    @Arg('workday', () => Boolean) workday: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<CalendarDay> {
    return setCalendarDay(ctx, date, workday, note);
  }

  @Authorized(Role.ADMIN)
  @Query(() => Int, {
    description:
      'How many cases setCalendarDay would move now: those whose running or paused due date changes when the day is set to `workday` (by default, switched).',
  })
  calendarDayImpact(
    @Ctx() ctx: RequestContext,
    @Arg('date', () => DateScalar) date: string,
    @Arg('workday', () => Boolean, { nullable: true }) workday: boolean | null,
  ): Promise<number> {
    return calendarDayImpact(ctx, date, workday);
  }
}
