import { CircularProgress, Divider, Paper, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationRecord } from '../../dataProvider';
import { NotificationItem } from './NotificationItem';
import { notificationsOf, sendingNow } from './notifications';

/**
 * The text messages the applicant was sent about the case, oldest first, beside the registry
 * check: what each told of, whether it reached the gateway, and why not. While one is on its way
 * the case page polls the case (ApplicationShow, caseRefreshInterval).
 */
export function NotificationsPanel() {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const notifications = notificationsOf(record);
  const sending = notifications.some(sendingNow);
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} data-testid="notifications-panel" data-count={notifications.length}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2" color="primary">
          {translate('app.notifications.title')}
        </Typography>
        {sending && <CircularProgress size={14} />}
        {sending && (
          <Typography variant="caption" color="text.secondary" data-testid="notifications-pending">
            {translate('app.notifications.pending')}
          </Typography>
        )}
      </Stack>
      {notifications.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="notifications-none">
          {translate('app.notifications.none')}
        </Typography>
      ) : (
        <Stack spacing={1} divider={<Divider flexItem />}>
          {notifications.map((n) => (
            <NotificationItem key={n.id} notification={n} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
