import ReplayIcon from '@mui/icons-material/Replay';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { HallEventData } from './hallEvents';

/**
 * Posts a status callback the online hall did not take after every attempt once more: offered on
 * a FAILED callback to officers and supervisors (administrators work no case). The callback goes
 * back to PENDING and the case page polls the case until it is sent.
 */
export function ResendHallEventButton({ event }: { event: HallEventData }) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'hallEvents', action: 'resend' });
  const [busy, setBusy] = useState(false);
  if (event.status !== 'FAILED' || !canAccess) return null;
  const resend = async () => {
    setBusy(true);
    try {
      await dataProvider.resendHallEvent(event.id);
      notify('app.hall_events.resent', { type: 'info' });
      refresh();
    } catch (error) {
      // The message is the refusal in the officer's language (dataProvider/graphql.ts, common/apiErrorText.ts).
      notify((error as Error).message, { type: 'error' });
      refresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      variant="outlined"
      color="error"
      startIcon={<ReplayIcon />}
      disabled={busy}
      onClick={resend}
      sx={{ py: 0, whiteSpace: 'nowrap', flexShrink: 0 }}
      data-testid="resend-hall-event"
    >
      {translate('app.hall_events.resend')}
    </Button>
  );
}
