import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLUMNS = ['received', 'accepted', 'decided', 'issued', 'mailed', 'openNow', 'overdueNow'] as const;
const LABEL: Record<string, string> = { openNow: 'open_now', overdueNow: 'overdue_now' };
const percent = (v: number | null) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);

/** The rows of a workload report with its totals. */
export function WorkloadTable({ report }: { report: any }) {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="workload-table">
      <TableHead>
        <TableRow>
          <TableCell />
          {COLUMNS.map((c) => (
            <TableCell key={c} align="right">
              {translate(`app.reports.${LABEL[c] ?? c}`)}
            </TableCell>
          ))}
          <TableCell align="right">{translate('app.reports.sla_met')}</TableCell>
          <TableCell align="right">{translate('app.reports.median_days')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...report.rows, { ...report.totals, key: 'total', label: translate('app.reports.total') }].map((r: any) => (
          <TableRow key={r.key} sx={r.key === 'total' ? { '& td': { fontWeight: 700 } } : undefined}>
            <TableCell>{r.label}</TableCell>
            {COLUMNS.map((c) => (
              <TableCell key={c} align="right">
                {r[c]}
              </TableCell>
            ))}
            <TableCell align="right">{percent(r.slaMetRate)}</TableCell>
            <TableCell align="right">{r.medianWorkingDaysToDecision ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
