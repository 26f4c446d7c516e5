import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, IconButton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../../common/dates';
import { useEnumLabel } from '../../common/EnumText';
import { NotificationStatusChip } from '../../common/NotificationStatusChip';
import { type NotificationData, retrying } from './notifications';
import { ResendNotificationButton } from './ResendNotificationButton';

/**
 * One text message to the applicant, in two or three lines: the step it tells of, its status,
 * when it was written and to which number, and the button that sends a failed one again; its
 * attempts, when it was sent and by which channel, or why it failed; the message itself, on one
 * line until unfolded.
 */
export function NotificationItem({ notification: n }: { notification: NotificationData }) {
  const translate = useTranslate();
  const label = useEnumLabel();
  const [open, setOpen] = useState(false);
  const details = [
    n.attempts > 0 ? translate('app.notifications.attempts', { smart_count: n.attempts }) : null,
    n.sentAt ? translate('app.notifications.sent_at', { time: formatDateTime(n.sentAt) }) : null,
    n.attempts > 0
      ? translate('app.notifications.channel', {
          channel: translate(`app.notifications.channels.${n.channel}`, { _: n.channel }),
        })
      : null,
  ].filter(Boolean);
  return (
    <Box data-testid="notification" data-id={n.id} data-event={n.event} data-status={n.status}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography variant="body2" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }} data-testid="notification-event">
          {label('NotificationEvent', n.event)}
        </Typography>
        <NotificationStatusChip status={n.status} testId="notification-status" />
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {translate('app.notifications.created_at', { time: formatDateTime(n.createdAt) })}
        </Typography>
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ whiteSpace: 'nowrap' }}
          data-testid="notification-recipient"
        >
          {n.recipientMasked}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <ResendNotificationButton notification={n} />
      </Stack>
      {details.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="div" data-testid="notification-details">
          {details.join(' · ')}
        </Typography>
      )}
      {n.status === 'FAILED' && (
        <Typography variant="caption" color="error" component="div" data-testid="notification-error">
          {translate('app.notifications.error', { error: n.lastError ?? '—' })}
        </Typography>
      )}
      {retrying(n) && n.lastError && (
        <Typography variant="caption" color="warning.main" component="div" data-testid="notification-retrying">
          {translate('app.notifications.retrying', { error: n.lastError })}
        </Typography>
      )}
      <Stack direction="row" sx={{ alignItems: 'flex-start' }}>
        <Typography
          variant="body2"
          color="text.secondary"
          data-testid="notification-text"
          title={open ? undefined : n.text}
          sx={{
            flexGrow: 1,
            // No width of its own: a long message on one line must not widen the case page (it is cut with an ellipsis).
            width: 0,
            minWidth: 0,
            ...(open
              ? { whiteSpace: 'pre-wrap', wordBreak: 'break-all' }
              : { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }),
          }}
        >
          {n.text}
        </Typography>
        <IconButton
          size="small"
          sx={{ p: 0, ml: 0.5 }}
          onClick={() => setOpen((v) => !v)}
          aria-label={translate(open ? 'app.notifications.hide_text' : 'app.notifications.show_text')}
          aria-expanded={open}
          data-testid="notification-text-toggle"
        >
          {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
        </IconButton>
      </Stack>
    </Box>
  );
}
