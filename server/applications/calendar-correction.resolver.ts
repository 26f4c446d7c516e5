import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { CalendarDay } from '../calendar/calendar-day.entity';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { DateScalar } from '../core/scalars';
import { setCalendarDay } from './calendar-correction';

/** The calendar's one mutation: it lives here, above the calendar, because a corrected day moves cases' due dates. */
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
}
