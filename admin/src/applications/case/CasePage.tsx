import { Box, Grid, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { Loading, useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationRecord, ApplicationRow } from '../../dataProvider';
import { ActionBar } from './ActionBar';
import { CaseDetails } from './CaseDetails';
import { CaseHistory } from './CaseHistory';
import { CaseTitle } from './CaseTitle';
import { DocumentViewer } from './DocumentViewer';
import { HallEventsPanel } from './HallEventsPanel';
import { NotificationsPanel } from './NotificationsPanel';
import { OtherApplications } from './OtherApplications';
import { RecordCheckPanel } from './RecordCheckPanel';

/** Whether the record is the whole case (getOne's answer), not the queue's row of it. */
const isWholeCase = (record: ApplicationRecord | ApplicationRow | undefined): record is ApplicationRecord =>
  !!record && 'availableActions' in record && !!record.availableActions;

/** The case's parts: the head (its record check's result) and the open steps above, kept in view, the data and its history left, the papers right. */
export function CasePage() {
  const translate = useTranslate();
  const record = useRecordContext<ApplicationRecord | ApplicationRow>();
  const [tab, setTab] = useState(0);
  // Until the whole case arrives, react-admin shows the queue's row of it, which lacks most fields.
  if (!isWholeCase(record)) return <Loading />;
  return (
    <Box sx={{ p: 2 }}>
      <Box
        data-testid="case-head"
        sx={{
          // Under the app bar (48 px, always shown) the head and its steps stay in view as the page scrolls.
          position: 'sticky',
          top: 48,
          zIndex: 2,
          bgcolor: 'background.default',
          mx: -2,
          px: 2,
          pb: 0.5,
        }}
      >
        <CaseTitle />
        <ActionBar />
      </Box>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Tabs value={tab} onChange={(_e, v) => setTab(v)}>
            <Tab label={translate('app.case.details')} />
            <Tab label={translate('app.case.history')} data-testid="history-tab" />
          </Tabs>
          {tab === 0 ? (
            <>
              <CaseDetails />
              <OtherApplications />
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
