import { Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { StatusChip } from '../../common/StatusChip';
import type { ApplicationRecord } from '../../dataProvider';
import { CheckSummary } from './CheckSummary';
import { OthersViewing } from './OthersViewing';

/** The head of the case page: reference number, status, subject and office, the record check's result, and
 * who else has the case open. */
export function CaseTitle() {
  const record = useRecordContext<ApplicationRecord>();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      <Typography variant="h5" data-testid="case-reference">
        {record.referenceNo}
      </Typography>
      <StatusChip />
      <Typography color="text.secondary">
        {record.subject.name} · {record.office.name}
      </Typography>
      <CheckSummary />
      <OthersViewing />
    </Stack>
  );
}
