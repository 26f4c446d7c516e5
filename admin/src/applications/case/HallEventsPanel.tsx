import { CircularProgress, Divider, Paper, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationRecord } from '../../dataProvider';
import { HallEventItem } from './HallEventItem';
import { hallEventsOf, postingNow } from './hallEvents';

/**
 * The status callbacks to the online hall that handed the case over, oldest first, below the text
 * messages: what each told of, whether the hall took it, and why not. Shown for an online case
 * that has any (a counter case has none). While one is on its way the case page polls the case
 * (ApplicationShow, caseRefreshInterval).
 */
export function HallEventsPanel() {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const events = hallEventsOf(record);
  if (record?.channel !== 'ONLINE' || events.length === 0) return null;
  const posting = events.some(postingNow);
  const unpushed = events.every((e) => e.status === 'NO_CALLBACK');
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} data-testid="hall-events-panel" data-count={events.length}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2" color="primary">
          {translate('app.hall_events.title')}
        </Typography>
        {posting && <CircularProgress size={14} />}
        {posting && (
          <Typography variant="caption" color="text.secondary" data-testid="hall-events-pending">
            {translate('app.hall_events.pending')}
          </Typography>
        )}
      </Stack>
      {unpushed && (
        <Typography
          variant="caption"
          color="text.secondary"
          component="div"
          sx={{ mb: 1 }}
          data-testid="hall-events-no-callback"
        >
          {translate('app.hall_events.no_callback')}
        </Typography>
      )}
      <Stack spacing={1} divider={<Divider flexItem />}>
        {events.map((e) => (
          <HallEventItem key={e.id} event={e} />
        ))}
      </Stack>
    </Paper>
  );
}
