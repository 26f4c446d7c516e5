import { Alert, Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { reportReachable, useReachable } from '../dataProvider/connection';

/** How often the banner asks whether the server is back. */
const RETRY_MS = 5_000;

/**
 * While the server cannot be reached: a banner over the page, in the console's language, that
 * asks again every few seconds and on 重试; once the server answers it goes, and what the page
 * shows is read again.
 */
export function ConnectionBanner() {
  const reachable = useReachable();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [trying, setTrying] = useState(false);
  const retry = async () => {
    setTrying(true);
    try {
      const res = await fetch('/api/health', { cache: 'no-store' });
      reportReachable(res.ok);
      if (res.ok) await queryClient.invalidateQueries();
    } catch {
      reportReachable(false);
    } finally {
      setTrying(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: one timer while unreachable, not one per render
  useEffect(() => {
    if (reachable) return;
    const timer = setInterval(retry, RETRY_MS);
    return () => clearInterval(timer);
  }, [reachable]);
  if (reachable) return null;
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ position: 'sticky', top: 48, zIndex: 3, mb: 1 }}
      action={
        <Button color="inherit" size="small" onClick={retry} disabled={trying} data-testid="connection-retry">
          {translate('app.connection.retry')}
        </Button>
      }
      data-testid="connection-banner"
    >
      {translate('app.connection.lost')}
    </Alert>
  );
}
