import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApplicationStatus, ReportGrouping } from '../core/enums';
import { DateScalar } from '../core/scalars';

@ObjectType()
export class WorkloadRow {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => Int) received: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) decided: number;
  @Field(() => Int) issued: number;
  @Field(() => Int) mailed: number;
  @Field(() => Int) openNow: number;
  @Field(() => Int) overdueNow: number;
  @Field(() => Float, { nullable: true, description: 'Share of cases decided in the period that met the limit, 0..1; null when none were decided.' })
  slaMetRate: number | null;
  @Field(() => Float, { nullable: true }) medianWorkingDaysToDecision: number | null;
}

@ObjectType()
export class WorkloadReport {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => ReportGrouping) groupBy: ReportGrouping;
  @Field(() => [WorkloadRow]) rows: WorkloadRow[];
  @Field(() => WorkloadRow) totals: WorkloadRow;
}

@InputType()
export class WorkloadReportInput {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => ReportGrouping) groupBy: ReportGrouping;
  @Field(() => [ID], { nullable: true }) officeIds?: string[] | null;
}

@ObjectType({ description: 'How long cases stayed in one status at one office, in working days.' })
export class TimeInStatusRow {
  @Field(() => ID) officeId: string;
  @Field(() => String) office: string;
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => Int, { description: 'Stays that began in the period.' }) count: number;
  @Field(() => Float) averageWorkingDays: number;
  @Field(() => Float) p90WorkingDays: number;
}

@InputType()
export class TimeInStatusInput {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => [ID], { nullable: true }) officeIds?: string[] | null;
}
