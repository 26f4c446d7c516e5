import { Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { StatusChip } from '../../common/StatusChip';
import type { ApplicationRecord } from '../../dataProvider';

/** The head of the case page: reference number, status, subject and office. */
export function CaseTitle() {
  const record = useRecordContext<ApplicationRecord>();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Typography variant="h5" data-testid="case-reference">
        {record.referenceNo}
      </Typography>
      <StatusChip />
      <Typography color="text.secondary">
        {record.subject.name} · {record.office.name}
      </Typography>
    </Stack>
  );
}
