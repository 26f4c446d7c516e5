import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useEnumLabel } from '../common/EnumText';
import type { TimeInStatusRow } from '../dataProvider/reports';

/** Time cases spent in each status, an office's statuses together in the order a case passes them, the office named once. */
export function TimeInStatusTable({ stays }: { stays: TimeInStatusRow[] }) {
  const translate = useTranslate();
  const label = useEnumLabel();
  // The server lists an office's statuses together, in the order a case passes them.
  const span = (officeId: string) => stays.filter((s) => s.officeId === officeId).length;
  return (
    <Table size="small" data-testid="time-in-status">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.applications.fields.office')}</TableCell>
          <TableCell>{translate('app.reports.status')}</TableCell>
          <TableCell align="right">{translate('app.reports.count')}</TableCell>
          <TableCell align="right">{translate('app.reports.average')}</TableCell>
          <TableCell align="right">{translate('app.reports.p90')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {stays.map((s, i) => (
          <TableRow key={`${s.officeId}-${s.status}`}>
            {stays[i - 1]?.officeId !== s.officeId && (
              <TableCell rowSpan={span(s.officeId)} sx={{ verticalAlign: 'top' }}>
                {s.office}
              </TableCell>
            )}
            <TableCell>{label('ApplicationStatus', s.status)}</TableCell>
            <TableCell align="right">{s.count}</TableCell>
            <TableCell align="right">{s.averageWorkingDays.toFixed(1)}</TableCell>
            <TableCell align="right">{s.p90WorkingDays}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
