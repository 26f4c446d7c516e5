import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { ShanghaiTime } from '../../common/DueDate';
import { formatDateTime } from '../../common/dates';
import { useEnumLabel } from '../../common/EnumText';
import { stringField } from '../../common/json';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';
import { IssuedDocumentKind } from '../../generated/graphql';
import { historyLines, statusChange } from './history';

/** A read names a paper's kind; an issue the kind of document issued (无犯罪记录证明, never its code). */
const kindEnum = (kind: string) =>
  (Object.values(IssuedDocumentKind) as string[]).includes(kind) ? 'IssuedDocumentKind' : 'DocumentKind';

/** The audit trail of the case, newest first; an officer's reads of one kind on one day one line each. */
export function CaseHistory() {
  const record = useRecordContext<ApplicationRecord>();
  const dataProvider = useConsoleDataProvider();
  const label = useEnumLabel();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useQuery({
    queryKey: ['auditTrail', 'Application', record?.id, record?.version],
    queryFn: () => dataProvider.auditTrail('Application', String(record?.id)),
    enabled: !!record,
  });
  const lines = historyLines(data?.items ?? []);
  /** Why the system made a step (an officer deactivated...), in words; nothing for an officer's own step. */
  const causeText = (cause: string | undefined) =>
    cause ? translate(`app.case.history_cause.${cause}`, { _: cause }) : undefined;
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
        {lines.map(({ event: e, count, first, kinds }) => {
          const action = label('CaseAction', e.action) || e.action;
          const change = statusChange(e);
          return (
            <TableRow key={e.id} data-testid="history-line" data-action={e.action} data-count={count}>
              <TableCell
                title={count > 1 ? `${formatDateTime(first.at)} – ${formatDateTime(e.at)}` : undefined}
                sx={{ whiteSpace: 'nowrap' }}
              >
                <ShanghaiTime value={e.at} />
              </TableCell>
              <TableCell>{count > 1 ? translate('app.case.history_reads', { action, count }) : action}</TableCell>
              {/* A name on one line (it broke after each character in the left half at 1366 px). */}
              <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="history-officer">
                {e.actor?.displayName ?? '—'}
              </TableCell>
              <TableCell>
                <Typography variant="caption" color="text.secondary" data-testid="history-detail">
                  {[
                    change &&
                      `${change[0] ? `${label('ApplicationStatus', change[0])} → ` : '→ '}${label('ApplicationStatus', change[1])}`,
                    kinds.map((kind) => label(kindEnum(kind), kind)).join(locale === 'en' ? ', ' : '、'),
                    causeText(stringField(e.detail, 'cause')),
                    stringField(e.detail, 'reason'),
                    stringField(e.detail, 'note'),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
