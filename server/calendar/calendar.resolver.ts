import { Arg, Authorized, Ctx, Extensions, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { listCost } from '../graphql/query-cost';
import { DateScalar } from '../graphql/scalars';
import { calendarRange, MAX_RANGE_DAYS } from './calendar.admin';
import { CalendarDay } from './calendar-day.entity';

// The mutation setCalendarDay is applications/calendar-correction.resolver.ts: a corrected day moves cases' due dates.
@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Authorized()
  @Query(() => [CalendarDay])
  // The days' notes; the working calendar is kept in memory.
  @Extensions(listCost({ rows: MAX_RANGE_DAYS, statementsPerParent: 1 }))
  calendar(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
  ): Promise<CalendarDay[]> {
    return calendarRange(ctx, from, to);
  }
}
