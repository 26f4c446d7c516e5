import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useEnumLabel } from './EnumText';

const COLOR: Record<string, 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'error' | 'info'> = {
  SUBMITTED: 'info',
  AWAITING_SUPPLEMENT: 'warning',
  ACCEPTED: 'primary',
  UNDER_INVESTIGATION: 'warning',
  PENDING_SIGNOFF: 'secondary',
  DECIDED: 'primary',
  ISSUED: 'success',
  MAILED: 'success',
  DELIVERED: 'default',
  NOT_ACCEPTED: 'default',
  WITHDRAWN: 'default',
  UNDER_REVIEW: 'error',
};

export function StatusChip({ status }: { status?: string }) {
  const record = useRecordContext();
  const label = useEnumLabel();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={COLOR[value] ?? 'default'}
      label={label('ApplicationStatus', value)}
      data-status={value}
    />
  );
}
