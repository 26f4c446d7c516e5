import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDate } from '../../common/dates';
import { useEnumLabel } from '../../common/EnumText';
import type { RecordCheckData } from './recordChecks';

/** The registry's records that may be the subject's, exact matches first (as the server orders them). */
export function RecordMatchesTable({ matches }: { matches: RecordCheckData['matches'] }) {
  const translate = useTranslate();
  const label = useEnumLabel();
  const head = ['kind', 'record_ref', 'offence', 'judgment_date', 'sentence', 'sealed'];
  return (
    <Table size="small" data-testid="record-matches" sx={{ '& .MuiTableCell-root': { px: 0.75 } }}>
      <TableHead>
        <TableRow>
          {head.map((key) => (
            <TableCell key={key} sx={{ whiteSpace: 'nowrap' }}>
              {translate(`app.record_check.${key}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {matches.map((m) => (
          <TableRow key={m.recordRef} data-testid="record-match" data-kind={m.kind}>
            <TableCell sx={{ fontWeight: m.kind === 'EXACT_ID' ? 700 : 400, minWidth: '6em' }}>
              {label('RecordMatchKind', m.kind)}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{m.recordRef}</TableCell>
            <TableCell data-testid="record-match-offence" sx={{ minWidth: '4em' }}>
              {m.offence}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{m.judgmentDate ? formatDate(m.judgmentDate) : '—'}</TableCell>
            <TableCell sx={{ minWidth: '5em' }}>{m.sentence ?? '—'}</TableCell>
            <TableCell data-sealed={m.sealedJuvenile}>
              {translate(m.sealedJuvenile ? 'app.record_check.yes' : 'app.record_check.no')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
