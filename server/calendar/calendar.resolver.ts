import { Arg, Authorized, Ctx, Query, Resolver, Extensions } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { DateScalar } from '../core/scalars';
import { CalendarDay } from './calendar-day.entity';
import { calendarRange, MAX_RANGE_DAYS } from './calendar.admin';
import { listCost } from '../core/query-cost';

// The mutation setCalendarDay is applications/calendar-correction.resolver.ts: a corrected day moves cases' due dates.
@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Authorized()
  @Query(() => [CalendarDay])
  // The days' notes; the working calendar is kept in memory.
  @Extensions(listCost({ rows: MAX_RANGE_DAYS, statementsPerParent: 1 }))
  calendar(@Ctx() ctx: RequestContext, @Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string): Promise<CalendarDay[]> {
    return calendarRange(ctx, from, to);
  }
}
