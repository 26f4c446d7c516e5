import { graphql } from '../generated';
import type { TimeInStatusInput, WorkloadReportInput } from '../generated/graphql';
import { request, restError } from './graphql';

// The supervisors' dashboard and reports, the working-day calendar, and the CSV/XLSX exports.

const WorkloadReport = graphql(`
  query ConsoleWorkloadReport($input: WorkloadReportInput!) {
    workloadReport(input: $input) {
      from to groupBy
      rows { key label parentKey level office received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }
      totals { key label received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }
    }
  }
`);

const fetchWorkload = async (input: WorkloadReportInput) => (await request(WorkloadReport, { input })).workloadReport;

export type Workload = Awaited<ReturnType<typeof fetchWorkload>>;
export type WorkloadRowData = Workload['rows'][number];

const TimeInStatus = graphql(`
  query ConsoleTimeInStatus($input: TimeInStatusInput!) {
    timeInStatus(input: $input) { officeId office status count averageWorkingDays p90WorkingDays }
  }
`);

const Calendar = graphql(`
  query ConsoleCalendar($from: Date!, $to: Date!) {
    calendar(from: $from, to: $to) { date workday note }
  }
`);

const SetCalendarDay = graphql(`
  mutation ConsoleSetCalendarDay($date: Date!, $workday: Boolean!, $note: String) {
    setCalendarDay(date: $date, workday: $workday, note: $note) { date workday note }
  }
`);

const fetchTimeInStatus = async (input: TimeInStatusInput) => (await request(TimeInStatus, { input })).timeInStatus;

export type TimeInStatusRow = Awaited<ReturnType<typeof fetchTimeInStatus>>[number];

export const reports = {
  /** A workload report; by office its rows are a tree (parentKey, level). */
  workloadReport: fetchWorkload,
  timeInStatus: fetchTimeInStatus,
  calendar: async (from: string, to: string) => (await request(Calendar, { from, to })).calendar,
  setCalendarDay: async (date: string, workday: boolean, note?: string | null) =>
    (await request(SetCalendarDay, { date, workday, note: note ?? null })).setCalendarDay,
  /** Streams an export from the server, reporting rows received of the total, and saves it. */
  /** Downloads an export under the name the server gives it (its language's, with the day or the period). */
  exportFile: async (path: string, onProgress: (done: number, total: number | null) => void) => {
    const res = await fetch(path, { credentials: 'same-origin' });
    if (!res.ok || !res.body) throw await restError(res, 'Export', 'BAD_REQUEST');
    const total = Number(res.headers.get('x-total-count')) || null;
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let lines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      for (const byte of value) if (byte === 10) lines++;
      onProgress(Math.max(lines - 1, 0), total);
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(
      new Blob(chunks as BlobPart[], { type: res.headers.get('content-type') ?? 'application/octet-stream' }),
    );
    const named = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
    link.download = named ? decodeURIComponent(named) : (path.split('?')[0].split('/').at(-1) ?? 'export');
    link.click();
    URL.revokeObjectURL(link.href);
  },
};
