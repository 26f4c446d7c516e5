import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ShanghaiTime } from '../common/DueDate';
import { useEnumLabel } from '../common/EnumText';

/** The audit trail of the case, newest first. */
export function CaseHistory() {
  const record = useRecordContext();
  const dataProvider = useDataProvider();
  const label = useEnumLabel();
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['auditTrail', 'Application', record?.id, record?.version],
    queryFn: () => dataProvider.auditTrail('Application', String(record!.id)),
    enabled: !!record,
  });
  return (
    <Table size="small" data-testid="case-history">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.case.time')}</TableCell>
          <TableCell>{translate('app.case.action')}</TableCell>
          <TableCell>{translate('app.case.officer')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {(data?.items ?? []).map((e: any) => (
          <TableRow key={e.id}>
            <TableCell>
              <ShanghaiTime value={e.at} />
            </TableCell>
            <TableCell>{label('CaseAction', e.action) || e.action}</TableCell>
            <TableCell>{e.actor?.displayName ?? '—'}</TableCell>
            <TableCell>
              <Typography variant="caption" color="text.secondary">
                {[
                  e.detail?.fromStatus && `${label('ApplicationStatus', e.detail.fromStatus)} → ${label('ApplicationStatus', e.detail.toStatus)}`,
                  e.detail?.reason,
                  e.detail?.note,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
