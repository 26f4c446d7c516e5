import { graphql } from '../generated';
import { request } from './graphql';

// What a correction of the working-day calendar would change, asked before it is made (the
// calendar itself and its correction are read and written through reports.ts).

const CalendarDayImpact = graphql(`
  query ConsoleCalendarDayImpact($date: Date!, $workday: Boolean) {
    calendarDayImpact(date: $date, workday: $workday)
  }
`);

/** How many cases' running or paused due dates would move if `date` were set to `workday` (by default, switched). */
export const calendarDayImpact = async (date: string, workday?: boolean): Promise<number> =>
  (await request(CalendarDayImpact, { date, workday: workday ?? null })).calendarDayImpact;
