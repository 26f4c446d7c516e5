import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';

/** How often the page tells the server the case is open here (the server counts a page gone after 50 s without). */
const HEARTBEAT_MS = 20_000;

/**
 * A warning in the case's head while another officer has the same case open, before either acts:
 * the page's heartbeat (noteCaseOpen) answers who else is on it. A hidden tab does not beat; a page
 * left says so.
 */
export function OthersViewing() {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const dataProvider = useConsoleDataProvider();
  const { data: others = [] } = useQuery({
    queryKey: ['noteCaseOpen', record?.id],
    queryFn: () => dataProvider.noteCaseOpen(String(record?.id)),
    enabled: !!record,
    refetchInterval: HEARTBEAT_MS,
    gcTime: 0,
  });
  // Leaving the page (another case, the queue) ends the officer's presence at once.
  const id = record?.id;
  useEffect(() => {
    if (id == null) return;
    return () => {
      dataProvider.noteCaseLeft(String(id)).catch(() => undefined);
    };
  }, [id, dataProvider]);
  if (!others.length) return null;
  return (
    <Alert severity="warning" sx={{ py: 0 }} data-testid="others-viewing" data-count={others.length}>
      {translate('app.case.others_viewing', {
        names: others.map((o) => o.displayName).join('、'),
        smart_count: others.length,
      })}
    </Alert>
  );
}
