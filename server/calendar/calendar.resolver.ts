import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { DateScalar } from '../core/scalars';
import { CalendarDay } from './calendar-day.entity';
import { calendarRange } from './calendar.admin';

// The mutation setCalendarDay is applications/calendar-correction.resolver.ts: a corrected day moves cases' due dates.
@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Authorized()
  @Query(() => [CalendarDay])
  calendar(@Ctx() ctx: RequestContext, @Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string): Promise<CalendarDay[]> {
    return calendarRange(ctx, from, to);
  }
}
