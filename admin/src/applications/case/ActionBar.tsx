import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Button, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useEnumLabel } from '../../common/EnumText';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';
import { errorBody, errorMessage } from '../../dataProvider/graphql';
import type { CaseAction } from '../../generated/graphql';
import { ActionDialog } from './ActionDialog';
import { type ActionValues, actionVariables, INITIAL_VALUES } from './actionValues';
import { actionButtons, buttonSpec, stepDoneKey } from './caseActions';
import { caseQueryKey, isCaseQuery } from './caseQuery';
import { NextCaseButton } from './NextCaseButton';
import { RevealIdButton } from './RevealIdButton';

/** The steps open on this case for the signed-in officer, exactly as the server lists them. */
export function ActionBar() {
  const record = useRecordContext<ApplicationRecord>();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const label = useEnumLabel();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [conflicted, setConflicted] = useState(false);
  const [stepDoneOn, setStepDoneOn] = useState<unknown>(null); // the case a step was just completed on
  if (!record) return null;
  const buttons = actionButtons(record.availableActions ?? []);

  /**
   * The case as the step's answer has it (the same fields as the page reads: status, version,
   * steps now open) is shown at once, without reading it again; the rest of the page (its history,
   * the queue's lists) reads again behind it.
   */
  const showCase = (answered: ApplicationRecord) => {
    queryClient.setQueryData(caseQueryKey(record.id), answered);
    void queryClient.invalidateQueries({
      predicate: ({ queryKey }) => !isCaseQuery(queryKey),
    });
  };

  const run = async (action: CaseAction, values: ActionValues = INITIAL_VALUES) => {
    const spec = buttonSpec(action);
    setBusy(true);
    try {
      const { data } = await dataProvider.runCaseAction(
        spec.method,
        record.id,
        record.version,
        actionVariables(values, spec.fields),
      );
      notify(stepDoneKey(action, data?.status), {
        type: 'success',
        messageArgs: { _: translate('app.case.done', { action: label('CaseAction', action) }) },
      });
      setOpen(null);
      setConflicted(false);
      setServerErrors({});
      setStepDoneOn(record.id);
      showCase(data);
    } catch (error) {
      const body = errorBody(error);
      if (body.code === 'CONFLICT' && !body.holder) {
        // Someone acted first: the case is read again; a dialog stays open with what was typed, to redo it on the fresh case.
        if (open) setConflicted(true);
        else notify('app.case.conflict', { type: 'warning' });
        refresh();
      } else {
        setServerErrors(body.errors ?? {});
        notify(errorMessage(error), { type: 'error' });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center', py: 1 }} data-testid="action-bar">
      {buttons.map((action) => (
        <Button
          key={action}
          data-action={action}
          variant={buttonSpec(action).primary ? 'contained' : 'outlined'}
          size="small"
          disabled={busy}
          onClick={() => (buttonSpec(action).fields.length ? setOpen(action) : run(action))}
        >
          {label('CaseAction', action)}
        </Button>
      ))}
      {!buttons.length && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.case.no_actions')}
        </Typography>
      )}
      {record.issuedDocument && (
        <Button
          size="small"
          startIcon={<PictureAsPdfIcon />}
          href={record.issuedDocument.pdfUrl}
          target="_blank"
          rel="noopener"
        >
          {translate('app.case.download_pdf')}
        </Button>
      )}
      {record.availableActions?.includes('REVEAL_ID') && <RevealIdButton />}
      {stepDoneOn === record.id && <NextCaseButton id={record.id} />}
      {open && (
        <ActionDialog
          action={open}
          fields={buttonSpec(open).fields}
          officeId={record.office.id}
          busy={busy}
          serverErrors={serverErrors}
          notice={conflicted ? translate('app.case.conflict_redo') : null}
          onCancel={() => {
            setOpen(null);
            setConflicted(false);
            setServerErrors({});
          }}
          onSubmit={(values) => run(open, values)}
        />
      )}
    </Stack>
  );
}
