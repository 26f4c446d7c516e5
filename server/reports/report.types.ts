import { Extensions, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApplicationStatus, ReportGrouping } from '../core/enums';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { DateScalar } from '../graphql/scalars';
import { MAX_DAYS } from './report-helpers';

@ObjectType()
export class WorkloadRow {
  @Field(() => String, {
    description: "The office's or officer's id, the day, `none` for what no officer holds, or `total`.",
  })
  key: string;
  @Field(() => String) label: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The key of the row this one rolls up into (a station into its bureau), null at the top; a row with rows rolling up into it holds their sum.',
  })
  parentKey: string | null;
  @Field(() => Int, {
    description:
      '0 for the top office of the report, 1 below it, and so on; 0 on the rows of an officer or day report.',
  })
  level: number;
  @Field(() => String, {
    nullable: true,
    description:
      'The office the officer works in, on the rows of an officer report (listed by office); null on others.',
  })
  office: string | null;
  @Field(() => Int) received: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) decided: number;
  @Field(() => Int) issued: number;
  @Field(() => Int) mailed: number;
  @Field(() => Int) openNow: number;
  @Field(() => Int) overdueNow: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of cases decided in the period that met the limit, 0..1; null when none were decided.',
  })
  slaMetRate: number | null;
  @Field(() => Float, { nullable: true }) medianWorkingDaysToDecision: number | null;
}

@ObjectType()
export class WorkloadReport {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => ReportGrouping) groupBy: ReportGrouping;
  /** A row for each office, officer or day of the period. */
  @Field(() => [WorkloadRow])
  @Extensions(listCost({ rows: Math.max(ASSUMED_MOST.offices, ASSUMED_MOST.officers, MAX_DAYS + 1) }))
  rows: WorkloadRow[];
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
