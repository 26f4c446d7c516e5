import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { DateScalar } from '../core/scalars';
import { inTransaction } from '../core/transaction';
import { CalendarDay } from './calendar-day.entity';
import { calendarRange, setCalendarDay } from './calendar.admin';

@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Authorized()
  @Query(() => [CalendarDay])
  calendar(@Ctx() ctx: RequestContext, @Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string): Promise<CalendarDay[]> {
    return calendarRange(ctx, from, to);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarDay)
  setCalendarDay(
    @Ctx() ctx: RequestContext,
    @Arg('date', () => DateScalar) date: string,
    @Arg('workday', () => Boolean) workday: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<CalendarDay> {
    return inTransaction(ctx.ds, (em) => setCalendarDay(ctx, em, date, workday, note));
  }
}
