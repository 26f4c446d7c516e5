import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../../common/dates';
import { useEnumLabel } from '../../common/EnumText';
import { HallEventStatusChip } from '../../common/HallEventStatusChip';
import { type HallEventData, retryingCallback } from './hallEvents';
import { ResendHallEventButton } from './ResendHallEventButton';

/**
 * One status callback to the online hall, in one or two lines: the step it tells of, its status,
 * when it was written, and the button that posts a failed one again; its attempts, when it was
 * last tried, sent or is tried next; why it failed.
 */
export function HallEventItem({ event: e }: { event: HallEventData }) {
  const translate = useTranslate();
  const label = useEnumLabel();
  const details = [
    e.attempts > 0 ? translate('app.hall_events.attempts', { smart_count: e.attempts }) : null,
    e.sentAt ? translate('app.hall_events.sent_at', { time: formatDateTime(e.sentAt) }) : null,
    !e.sentAt && e.lastAttemptAt
      ? translate('app.hall_events.last_attempt_at', { time: formatDateTime(e.lastAttemptAt) })
      : null,
    retryingCallback(e)
      ? translate('app.hall_events.next_attempt_at', { time: formatDateTime(e.nextAttemptAt) })
      : null,
  ].filter(Boolean);
  return (
    <Box data-testid="hall-event" data-id={e.id} data-event={e.event} data-status={e.status}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography variant="body2" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }} data-testid="hall-event-event">
          {label('HallEvent', e.event)}
        </Typography>
        <HallEventStatusChip status={e.status} testId="hall-event-status" />
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {translate('app.hall_events.created_at', { time: formatDateTime(e.createdAt) })}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <ResendHallEventButton event={e} />
      </Stack>
      {details.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="div" data-testid="hall-event-details">
          {details.join(' · ')}
        </Typography>
      )}
      {e.status === 'FAILED' && (
        <Typography variant="caption" color="error" component="div" data-testid="hall-event-error">
          {translate('app.hall_events.error', { error: e.lastError ?? '—' })}
        </Typography>
      )}
      {retryingCallback(e) && e.lastError && (
        <Typography variant="caption" color="warning.main" component="div" data-testid="hall-event-retrying">
          {translate('app.hall_events.retrying', { error: e.lastError })}
        </Typography>
      )}
    </Box>
  );
}
