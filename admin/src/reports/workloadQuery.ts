import { graphql } from '../generated';
import type { WorkloadReportInput } from '../generated/graphql';
import { request } from '../dataProvider/graphql';

// The reports page's own query: its rows with the hierarchy (parentKey, level) the table indents by.
const ReportsWorkload = graphql(`
  query ReportsWorkload($input: WorkloadReportInput!) {
    workloadReport(input: $input) {
      from to groupBy
      rows { key label parentKey level received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }
      totals { key label received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }
    }
  }
`);

export const fetchWorkload = async (input: WorkloadReportInput) => (await request(ReportsWorkload, { input })).workloadReport;

export type Workload = Awaited<ReturnType<typeof fetchWorkload>>;
export type WorkloadRowData = Workload['rows'][number];
