import { Chip } from '@mui/material';
import { useEnumLabel } from './EnumText';

const COLOR: Record<string, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  PENDING: 'info',
  CLEAR: 'success',
  MATCHES_FOUND: 'warning',
  FAILED: 'error',
};

/** The status of a record check as a chip (查询中, 未比中, 登记库比中, 查询失败). */
export function RecordCheckChip({ status, testId }: { status: string | null | undefined; testId?: string }) {
  const label = useEnumLabel();
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={COLOR[status] ?? 'default'}
      label={label('RecordCheckStatus', status)}
      data-check-status={status}
      data-testid={testId}
    />
  );
}
