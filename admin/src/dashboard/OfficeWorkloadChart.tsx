import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Workload } from '../dataProvider/reports';

/** How many offices the chart names; the reports page lists them all. */
const TOP_OFFICES = 10;
const ROW_HEIGHT = 26;

/**
 * This month's work per office as horizontal bars, so that long office names stay readable. Only
 * the offices that work cases (the leaves of the office tree) are drawn: a bureau's row is the sum
 * of its stations and would count them twice. The busiest first, at most TOP_OFFICES of them.
 */
export function OfficeWorkloadChart({ report }: { report: Workload | undefined }) {
  const translate = useTranslate();
  const rows = report?.rows ?? [];
  const parents = new Set(rows.map((r) => r.parentKey).filter((k) => k != null));
  const working = rows.filter((r) => !parents.has(r.key) && (r.received || r.openNow || r.decided));
  const busiest = [...working].sort((a, b) => b.received + b.openNow - (a.received + a.openNow)).slice(0, TOP_OFFICES);
  return (
    <Box data-testid="office-chart">
      <ResponsiveContainer width="100%" height={Math.max(120, busiest.length * ROW_HEIGHT * 1.6 + 60)}>
        <BarChart data={busiest} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 11 }} interval={0} />
          <Tooltip />
          <Legend />
          <Bar dataKey="received" name={translate('app.reports.received')} fill="#1976d2" barSize={ROW_HEIGHT / 3} />
          <Bar dataKey="decided" name={translate('app.reports.decided')} fill="#2e7d32" barSize={ROW_HEIGHT / 3} />
          <Bar
            dataKey="overdueNow"
            name={translate('app.reports.overdue_now')}
            fill="#d32f2f"
            barSize={ROW_HEIGHT / 3}
          />
        </BarChart>
      </ResponsiveContainer>
      {working.length > busiest.length && (
        <Typography variant="caption" color="text.secondary" data-testid="office-chart-more">
          {translate('app.dashboard_supervisor.per_office_more', { shown: busiest.length, total: working.length })}
        </Typography>
      )}
    </Box>
  );
}
