import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';
import { errorMessage } from '../../dataProvider/graphql';
import { latestCheck } from './recordChecks';

/**
 * Asks the registry about the case's subject (again): offered when the server lists
 * RUN_RECORD_CHECK among the case's actions, and not while a check is still waiting. The case
 * page then polls the case until the registry answers.
 */
export function RunRecordCheckButton() {
  const record = useRecordContext<ApplicationRecord>();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  if (!record?.availableActions?.includes('RUN_RECORD_CHECK')) return null;
  const pending = latestCheck(record)?.status === 'PENDING';
  const run = async () => {
    setBusy(true);
    try {
      await dataProvider.runRecordCheck(String(record.id));
      notify('app.record_check.requested', { type: 'info' });
      refresh();
    } catch (error) {
      // The message is the refusal in the officer's language (dataProvider/graphql.ts, common/apiErrorText.ts).
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      variant="outlined"
      startIcon={<ManageSearchIcon />}
      disabled={busy || pending}
      onClick={run}
      data-testid="run-record-check"
    >
      {translate(record.recordChecks?.length ? 'app.record_check.run_again' : 'app.record_check.run')}
    </Button>
  );
}
