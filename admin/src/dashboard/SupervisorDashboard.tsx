import {
  Card,
  CardActionArea,
  CardContent,
  Grid,
  Link as MuiLink,
  Tooltip as MuiTooltip,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { RecordContextProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { queueLink } from '../applications/queueLink';
import { DueDate } from '../common/DueDate';
import { addDays, monthStart, shanghaiToday, weekStart } from '../common/dates';
import { CLOSED_STATUSES, OPEN_STATUSES } from '../common/enums';
import { StatusChip } from '../common/StatusChip';
import { type ApplicationRow, useConsoleDataProvider } from '../dataProvider';
import { OfficeWorkloadChart } from './OfficeWorkloadChart';

/** The statuses of the cases still being worked (all but the closing ones), as the "open" card counts them. */

/** Accepted and not decided yet (or waiting for a sign-off): the cases queueCounts.recordMatches counts. */
const UNDECIDED_STATUSES = ['ACCEPTED', 'UNDER_INVESTIGATION', 'PENDING_SIGNOFF'];

/**
 * A number of the overview; a click opens the cases behind it (or the report, for numbers of
 * decided cases). One without `to` opens nothing and explains itself in `hint`; `alert` colours a
 * number that is not zero.
 */
function StatCard({
  label,
  value,
  testId,
  to,
  hint,
  alert = false,
}: {
  label: string;
  value: string | number | undefined;
  testId: string;
  to?: string;
  hint?: string;
  alert?: boolean;
}) {
  const content = (
    <CardContent>
      <Typography color="text.secondary" variant="body2">
        {label}
      </Typography>
      <Typography variant="h4" data-testid={testId} color={alert && value ? 'error' : undefined}>
        {value ?? '…'}
      </Typography>
    </CardContent>
  );
  return (
    <Grid size={{ xs: 6, sm: 4, md: 2 }}>
      <MuiTooltip title={hint ?? ''}>
        <Card sx={{ height: '100%' }} data-testid={to ? undefined : `${testId}-card`}>
          {to ? (
            <CardActionArea component={Link} to={to} sx={{ height: '100%' }} data-testid={`${testId}-link`}>
              {content}
            </CardActionArea>
          ) : (
            content
          )}
        </Card>
      </MuiTooltip>
    </Grid>
  );
}

/** The supervisor's landing page: where the offices under them stand and what needs attention now. */
export function SupervisorDashboard() {
  const translate = useTranslate();
  const dataProvider = useConsoleDataProvider();
  const today = shanghaiToday();
  const poll = { refetchInterval: 60_000 };
  const counts = useQuery({
    queryKey: ['queueCounts', 'supervisor'],
    queryFn: () => dataProvider.queueCounts(),
    ...poll,
  }).data;
  const week = useQuery({
    queryKey: ['report', 'week', today],
    queryFn: () => dataProvider.workloadReport({ from: weekStart(today), to: today, groupBy: 'OFFICE' }),
    ...poll,
  }).data;
  const month = useQuery({
    queryKey: ['report', 'month', today],
    queryFn: () => dataProvider.workloadReport({ from: monthStart(today), to: today, groupBy: 'OFFICE' }),
    ...poll,
  }).data;
  const trend = useQuery({
    queryKey: ['report', 'trend', today],
    queryFn: () => dataProvider.workloadReport({ from: addDays(today, -29), to: today, groupBy: 'DAY' }),
    ...poll,
  }).data;
  const attention = useQuery({
    queryKey: ['attention'],
    ...poll,
    queryFn: () =>
      dataProvider.getList<ApplicationRow>('applications', {
        pagination: { page: 1, perPage: 15 },
        sort: { field: 'dueAt', order: 'ASC' },
        filter: { slaState: ['OVERDUE', 'DUE_SOON'] },
      }),
  }).data;
  const open = counts
    ? counts.byStatus.filter((c) => !CLOSED_STATUSES.includes(c.status)).reduce((s, c) => s + c.count, 0)
    : undefined;
  const pendingSignOff = counts?.byStatus.find((c) => c.status === 'PENDING_SIGNOFF')?.count;
  return (
    <Grid container spacing={2} sx={{ mt: 1 }}>
      {/* Eight figures in one row on a wide screen: their own grid of 16 columns. */}
      <Grid size={12}>
        <Grid container spacing={2} columns={{ xs: 12, md: 16 }}>
          <StatCard
            label={translate('app.dashboard_supervisor.open')}
            value={open}
            testId="card-open"
            to={queueLink({ status: OPEN_STATUSES })}
          />
          <StatCard
            label={translate('app.dashboard.pending_signoff')}
            value={pendingSignOff}
            testId="card-pending-signoff"
            to={queueLink({ status: 'PENDING_SIGNOFF' })}
          />
          <StatCard
            label={translate('app.dashboard_supervisor.overdue')}
            value={counts?.overdue}
            testId="card-overdue"
            to={queueLink({ slaState: 'OVERDUE' }, { field: 'dueAt', order: 'ASC' })}
          />
          <StatCard
            label={translate('app.dashboard_supervisor.due_today')}
            value={counts?.dueToday}
            testId="card-due-today"
            to={queueLink({ dueToday: true }, { field: 'dueAt', order: 'ASC' })}
          />
          {/* The queue filters no decision date: the numbers of decided cases open the report they come from. */}
          <StatCard
            label={translate('app.dashboard_supervisor.decided_week')}
            value={week?.totals.decided}
            testId="card-decided-week"
            to="/reports"
          />
          <StatCard
            label={translate('app.dashboard_supervisor.met_month')}
            value={
              month
                ? month.totals.slaMetRate == null
                  ? '—'
                  : `${(month.totals.slaMetRate * 100).toFixed(1)}%`
                : undefined
            }
            testId="card-met-month"
            to="/reports"
          />
          {/* The registry found records of these subjects: the cases to look at before deciding. */}
          <StatCard
            label={translate('app.dashboard_supervisor.record_matches')}
            value={counts?.recordMatches}
            testId="card-record-matches"
            to={queueLink({ recordCheckStatus: 'MATCHES_FOUND', status: UNDECIDED_STATUSES })}
          />
          {/* Messages the gateway did not take: their cases, where an officer sends them again. */}
          <StatCard
            label={translate('app.dashboard_supervisor.failed_notifications')}
            value={counts?.failedNotifications}
            testId="card-failed-notifications"
            to={queueLink({ notificationFailed: true })}
            alert
          />
        </Grid>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card>
          <CardContent>
            <Typography variant="subtitle1">{translate('app.dashboard_supervisor.trend')}</Typography>
            <ResponsiveContainer width="100%" height={260}>
              <LineChart data={trend?.rows ?? []}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="key" tickFormatter={(d: string) => d.slice(5)} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Line
                  type="monotone"
                  dataKey="received"
                  name={translate('app.reports.received')}
                  stroke="#1976d2"
                  dot={false}
                />
                <Line
                  type="monotone"
                  dataKey="decided"
                  name={translate('app.reports.decided')}
                  stroke="#2e7d32"
                  dot={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Card>
          <CardContent>
            <Typography variant="subtitle1">{translate('app.dashboard_supervisor.per_office')}</Typography>
            <OfficeWorkloadChart report={month} />
          </CardContent>
        </Card>
      </Grid>
      <Grid size={12}>
        <Card>
          <CardContent>
            <Typography variant="subtitle1">{translate('app.dashboard_supervisor.attention')}</Typography>
            <Table size="small" data-testid="attention-table">
              <TableBody>
                {(attention?.data ?? []).map((a) => (
                  <RecordContextProvider key={a.id} value={a}>
                    <TableRow>
                      <TableCell>
                        <MuiLink component={Link} to={`/applications/${a.id}/show`}>
                          {a.referenceNo}
                        </MuiLink>
                      </TableCell>
                      <TableCell className="column-subject">{a.subject.name}</TableCell>
                      <TableCell>{a.office.name}</TableCell>
                      <TableCell>{a.assignee?.displayName ?? '—'}</TableCell>
                      <TableCell>
                        <StatusChip />
                      </TableCell>
                      <TableCell>
                        <DueDate />
                      </TableCell>
                    </TableRow>
                  </RecordContextProvider>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}
