import { Arg, Authorized, Ctx, Extensions, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { ApplicationStatus } from '../core/enums';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { workloadReport } from './report.service';
import { TimeInStatusInput, TimeInStatusRow, WorkloadReport, WorkloadReportInput } from './report.types';
import { timeInStatus } from './time-in-status.service';

@Resolver()
export class ReportResolver {
  /** Scoped like everything else: a supervisor sees the offices under them, an officer their own. */
  @Authorized()
  @Query(() => WorkloadReport)
  workloadReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WorkloadReportInput) input: WorkloadReportInput,
  ): Promise<WorkloadReport> {
    return workloadReport(ctx, input);
  }

  @Authorized()
  @Query(() => [TimeInStatusRow], {
    description: 'Average and 90th percentile working days cases spent in each status, per office.',
  })
  // A row for each office and status; the offices, then the stays of the period.
  @Extensions(listCost({ rows: ASSUMED_MOST.offices * Object.keys(ApplicationStatus).length, statementsPerParent: 2 }))
  timeInStatus(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TimeInStatusInput) input: TimeInStatusInput,
  ): Promise<TimeInStatusRow[]> {
    return timeInStatus(ctx, input);
  }
}
