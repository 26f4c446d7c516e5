import { Chip } from '@mui/material';
import { useEnumLabel } from './EnumText';

const COLOR: Record<string, 'default' | 'success' | 'error' | 'info'> = {
  PENDING: 'info',
  SENT: 'success',
  FAILED: 'error',
};

/** The status of a text message to the applicant as a chip (待发送, 已发送, 发送失败). */
export function NotificationStatusChip({ status, testId }: { status: string | null | undefined; testId?: string }) {
  const label = useEnumLabel();
  if (!status) return null;
  return (
    <Chip
      size="small"
      variant={status === 'SENT' ? 'outlined' : 'filled'}
      color={COLOR[status] ?? 'default'}
      label={label('NotificationStatus', status)}
      data-notification-status={status}
      data-testid={testId}
    />
  );
}
