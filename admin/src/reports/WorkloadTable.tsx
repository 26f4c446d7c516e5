import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import type { Workload, WorkloadRowData } from '../dataProvider/reports';
import { FigureLink } from './FigureLink';
import { nowFilter } from './nowFilters';

const COLUMNS = ['received', 'accepted', 'decided', 'issued', 'mailed', 'openNow', 'overdueNow'] as const;
const LABEL: Record<string, string> = { openNow: 'open_now', overdueNow: 'overdue_now' };
type Figures = Pick<WorkloadRowData, (typeof COLUMNS)[number] | 'slaMetRate' | 'medianWorkingDaysToDecision'>;
const percent = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);

/**
 * The rows of a workload report with its totals. By office the rows are a tree: each office indented
 * below the one it rolls up into, and a bureau's row, the subtotal of the offices below it, in bold.
 * By officer the officers are listed under the office they work in, and the row of what no officer
 * holds is named and explained. Open and overdue cases open
 * the queue on exactly those cases.
 */
export function WorkloadTable({ report }: { report: Workload }) {
  const translate = useTranslate();
  const parents = new Set(report.rows.map((r) => r.parentKey).filter((k): k is string => k != null));
  const name = (r: WorkloadRowData) => {
    if (report.groupBy === 'OFFICER' && r.key === 'none') {
      return (
        <Box data-testid="workload-unassigned">
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
            {translate('app.reports.unassigned')}
            <Tooltip title={translate('app.reports.unassigned_hint')}>
              <InfoOutlinedIcon fontSize="inherit" color="action" />
            </Tooltip>
          </Box>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('app.reports.unassigned_hint')}
          </Typography>
        </Box>
      );
    }
    if (!parents.has(r.key)) return r.label;
    return (
      <Tooltip title={translate('app.reports.subtotal_hint')}>
        <span>
          {r.label}
          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1, fontWeight: 400 }}>
            {translate('app.reports.subtotal')}
          </Typography>
        </span>
      </Tooltip>
    );
  };
  // The figures of now open the queue on the cases they count; those of the period are counts of events.
  const cells = (r: Figures, row: WorkloadRowData | null) => (
    <>
      {COLUMNS.map((c) => (
        <TableCell key={c} align="right" data-figure={c}>
          {c === 'openNow' || c === 'overdueNow' ? (
            <FigureLink value={r[c]} filter={nowFilter(report, row, c)} />
          ) : (
            r[c]
          )}
        </TableCell>
      ))}
      <TableCell align="right">{percent(r.slaMetRate)}</TableCell>
      <TableCell align="right">{r.medianWorkingDaysToDecision ?? '—'}</TableCell>
    </>
  );
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
        {report.rows.map((r, i) => (
          <Fragment key={r.key}>
            {/* By officer, each office heads the officers who work in it. */}
            {r.office && r.office !== report.rows[i - 1]?.office && (
              <TableRow data-testid="workload-office">
                <TableCell colSpan={COLUMNS.length + 3} sx={{ fontWeight: 600, bgcolor: 'action.hover' }}>
                  {r.office}
                </TableCell>
              </TableRow>
            )}
            <TableRow
              data-level={r.level}
              data-parent={r.parentKey ?? ''}
              sx={parents.has(r.key) ? { '& td': { fontWeight: 600 }, bgcolor: 'action.hover' } : undefined}
            >
              <TableCell sx={{ pl: 2 + 3 * (r.office ? 1 : r.level) }}>{name(r)}</TableCell>
              {cells(r, r)}
            </TableRow>
          </Fragment>
        ))}
        <TableRow data-testid="workload-total" sx={{ '& td': { fontWeight: 700 } }}>
          <TableCell>{translate('app.reports.total')}</TableCell>
          {cells(report.totals, null)}
        </TableRow>
      </TableBody>
    </Table>
  );
}
