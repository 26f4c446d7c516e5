import { Arg, Authorized, Query, Resolver } from 'type-graphql';
import { notImplemented } from '../core/errors';
import { WorkloadReport, WorkloadReportInput } from './report.types';

@Resolver()
export class ReportResolver {
  /** Comes with the supervisor reports issue; in the schema now so the contract holds. */
  @Authorized()
  @Query(() => WorkloadReport)
  workloadReport(@Arg('input', () => WorkloadReportInput) _input: WorkloadReportInput): WorkloadReport {
    throw notImplemented('workloadReport');
  }
}
