import { Chip } from '@mui/material';
import { useEnumLabel } from './EnumText';

const COLOR: Record<string, 'default' | 'success' | 'error' | 'info'> = {
  PENDING: 'info',
  SENT: 'success',
  FAILED: 'error',
  NO_CALLBACK: 'default',
};

/** The status of a status callback to the online hall as a chip (待推送, 已推送, 推送失败, 无回调地址). */
export function HallEventStatusChip({ status, testId }: { status: string | null | undefined; testId?: string }) {
  const label = useEnumLabel();
  if (!status) return null;
  return (
    <Chip
      size="small"
      variant={status === 'SENT' || status === 'NO_CALLBACK' ? 'outlined' : 'filled'}
      color={COLOR[status] ?? 'default'}
      label={label('HallEventStatus', status)}
      data-hall-event-status={status}
      data-testid={testId}
    />
  );
}
