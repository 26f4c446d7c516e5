import { Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { addDays, shanghaiToday } from '../common/dates';
import { ExportButtons } from '../common/ExportButtons';
import { IsoDateField } from '../common/IsoDateField';
import { useConsoleDataProvider } from '../dataProvider';
import { errorBody } from '../dataProvider/graphql';
import type { ReportGrouping } from '../generated/graphql';
import { TimeInStatusTable } from './TimeInStatusTable';
import { WorkloadTable } from './WorkloadTable';

/** The field of the period a refusal names (`to` or `from`), from the API error's form errors. */
const refusedField = (error: unknown): 'from' | 'to' | null => {
  const errors = errorBody(error).errors ?? {};
  return 'to' in errors ? 'to' : 'from' in errors ? 'from' : null;
};

/** Workload of a period by office, officer or day, time in status, and their exports. */
export function ReportsPage() {
  const translate = useTranslate();
  const dataProvider = useConsoleDataProvider();
  const [range, setRange] = useState({
    from: addDays(shanghaiToday(), -29),
    to: shanghaiToday(),
    groupBy: 'OFFICE' as ReportGrouping,
  });
  // A start after the end is said at once, beside the end date, and asks the server nothing.
  const reversed = !!range.from && !!range.to && range.from > range.to;
  const { data: report, error } = useQuery({
    queryKey: ['workloadReport', range],
    queryFn: () => dataProvider.workloadReport(range),
    enabled: !reversed,
    retry: false,
  });
  const { data: stays } = useQuery({
    queryKey: ['timeInStatus', range.from, range.to],
    queryFn: () => dataProvider.timeInStatus({ from: range.from, to: range.to }),
    enabled: !reversed,
    retry: false,
  });
  const refused = reversed ? 'to' : error ? refusedField(error) : null;
  const tooLong = Date.parse(range.to) - Date.parse(range.from) > 366 * 86400_000;
  const refusal = reversed
    ? translate('app.reports.to_before_from')
    : refused === 'to' && tooLong
      ? translate('app.reports.range_too_long')
      : error
        ? (error as Error).message
        : null;
  const set = (key: string) => (value: string) => setRange((r) => ({ ...r, [key]: value }));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.reports.title" />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
          <IsoDateField
            size="small"
            name="from"
            label={translate('app.reports.from')}
            value={range.from}
            onChange={set('from')}
            error={refused === 'from'}
            helperText={refused === 'from' ? refusal : undefined}
          />
          <IsoDateField
            size="small"
            name="to"
            label={translate('app.reports.to')}
            value={range.to}
            onChange={set('to')}
            error={refused === 'to'}
            helperText={refused === 'to' ? refusal : undefined}
          />
          <TextField
            select
            size="small"
            label={translate('app.reports.group_by')}
            value={range.groupBy}
            onChange={(e) => set('groupBy')(e.target.value)}
            sx={{ minWidth: 120 }}
          >
            {['OFFICE', 'OFFICER', 'DAY'].map((g) => (
              <MenuItem key={g} value={g}>
                {translate(`app.reports.${g.toLowerCase()}`)}
              </MenuItem>
            ))}
          </TextField>
          <ExportButtons path={(format) => `/api/exports/workload.${format}?${new URLSearchParams(range)}`} />
        </Stack>
        {refusal ? (
          <Typography color="error" role="alert" data-testid="report-refusal">
            {refusal}
          </Typography>
        ) : (
          report && <WorkloadTable report={report} />
        )}
        <Stack direction="row" spacing={2} sx={{ mt: 3, alignItems: 'center' }}>
          <Typography variant="h6">{translate('app.reports.time_in_status')}</Typography>
          <ExportButtons
            path={(format) =>
              `/api/exports/time-in-status.${format}?${new URLSearchParams({ from: range.from, to: range.to })}`
            }
          />
        </Stack>
        <TimeInStatusTable stays={reversed ? [] : (stays ?? [])} />
      </CardContent>
    </Card>
  );
}
