import { Box, Grid, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { ListButton, Loading, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { StatusChip } from '../common/StatusChip';
import { ActionBar } from './ActionBar';
import { CaseDetails } from './CaseDetails';
import { CaseHistory } from './CaseHistory';
import { caseRefreshInterval } from './caseRefresh';
import { DocumentViewer } from './DocumentViewer';
import { HallEventsPanel } from './HallEventsPanel';
import { NotificationsPanel } from './NotificationsPanel';
import { RecordCheckPanel } from './RecordCheckPanel';

function CaseTitle() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Typography variant="h5" data-testid="case-reference">
        {record.referenceNo}
      </Typography>
      <StatusChip />
      <Typography color="text.secondary">
        {record.subject.name} · {record.office.name}
      </Typography>
    </Stack>
  );
}

/** The page's title (in the app bar and the browser's tab): the case's reference number. */
function CasePageTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  const reference = record?.referenceNo;
  useEffect(() => {
    if (!reference) return;
    const before = document.title;
    document.title = `${reference} · ${translate('app.title')}`;
    return () => {
      document.title = before;
    };
  }, [reference, translate]);
  return <span data-testid="case-page-title">{reference ?? ''}</span>;
}

function CasePage() {
  const translate = useTranslate();
  const record = useRecordContext();
  const [tab, setTab] = useState(0);
  // Until the whole case arrives, react-admin shows the queue's row of it, which lacks most fields.
  if (!record?.availableActions) return <Loading />;
  return (
    <Box sx={{ p: 2 }}>
      <CaseTitle />
      <ActionBar />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Tabs value={tab} onChange={(_e, v) => setTab(v)}>
            <Tab label={translate('app.case.details')} />
            <Tab label={translate('app.case.history')} data-testid="history-tab" />
          </Tabs>
          {tab === 0 ? (
            <>
              <CaseDetails />
              <RecordCheckPanel />
              <NotificationsPanel />
              <HallEventsPanel />
            </>
          ) : (
            <CaseHistory />
          )}
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <DocumentViewer />
        </Grid>
      </Grid>
    </Box>
  );
}

/**
 * The case page: the data, the registry check, the applicant's text messages and (for an online
 * case) the status callbacks to the hall on the left, the papers on the right, the open steps
 * above. While the latest record check waits for the registry, or a text message or a callback is
 * on its way, the case is asked again every two seconds until it is done (every 30 s while one
 * waits long to be tried again): one refresh for all (caseRefreshInterval).
 */
export function ApplicationShow() {
  return (
    <Show
      title={<CasePageTitle />}
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
      component="div"
      queryOptions={{ refetchOnWindowFocus: true, refetchInterval: (query) => caseRefreshInterval(query.state.data) }}
    >
      <CasePage />
    </Show>
  );
}
