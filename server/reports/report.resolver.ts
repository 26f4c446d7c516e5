import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { TimeInStatusInput, TimeInStatusRow, WorkloadReport, WorkloadReportInput } from './report.types';
import { workloadReport } from './report.service';
import { timeInStatus } from './time-in-status.service';

@Resolver()
export class ReportResolver {
  /** Scoped like everything else: a supervisor sees the offices under them, an officer their own. */
  @Authorized()
  @Query(() => WorkloadReport)
  workloadReport(@Ctx() ctx: RequestContext, @Arg('input', () => WorkloadReportInput) input: WorkloadReportInput): Promise<WorkloadReport> {
    return workloadReport(ctx, input);
  }

  @Authorized()
  @Query(() => [TimeInStatusRow], { description: 'Average and 90th percentile working days cases spent in each status, per office.' })
  timeInStatus(@Ctx() ctx: RequestContext, @Arg('input', () => TimeInStatusInput) input: TimeInStatusInput): Promise<TimeInStatusRow[]> {
    return timeInStatus(ctx, input);
  }
}
