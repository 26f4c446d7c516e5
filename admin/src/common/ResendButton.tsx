import ReplayIcon from '@mui/icons-material/Replay';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRefresh, useTranslate } from 'react-admin';

export interface ResendButtonProps {
  /** The status of what it sends again: the button shows for a FAILED one only. */
  status: string;
  /** The resource whose `resend` action the officer must be allowed (authProvider). */
  resource: string;
  /** The named mutation that puts it back to PENDING. */
  resend: () => Promise<unknown>;
  /** Where its texts are: `<messages>.resend` (the label) and `<messages>.resent` (the notice). */
  messages: string;
  testId: string;
}

/**
 * Sends once more what the other side refused after every attempt (a text message, a callback to
 * the online hall): offered on a FAILED one to officers and supervisors (administrators work no
 * case). It goes back to PENDING and the case page polls the case until it is sent.
 */
export function ResendButton({ status, resource, resend, messages, testId }: ResendButtonProps) {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: 'resend' });
  const [busy, setBusy] = useState(false);
  if (status !== 'FAILED' || !canAccess) return null;
  const send = async () => {
    setBusy(true);
    try {
      await resend();
      notify(`${messages}.resent`, { type: 'info' });
    } catch (error) {
      // The message is the refusal in the officer's language (dataProvider/graphql.ts, common/apiErrorText.ts).
      notify((error as Error).message, { type: 'error' });
    } finally {
      refresh();
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
      onClick={send}
      sx={{ py: 0, whiteSpace: 'nowrap', flexShrink: 0 }}
      data-testid={testId}
    >
      {translate(`${messages}.resend`)}
    </Button>
  );
}
