import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useEnumLabel } from '../common/EnumText';
import type { CaseAction } from '../generated/graphql';
import { ActionDialog, type ActionValues } from './ActionDialog';
import { actionButtons, buttonSpec, stepDoneKey } from './caseActions';
import { RevealIdButton } from './RevealIdButton';
import { nextInQueue } from './useQueueKeys';

/** The arguments of a workflow method from what the dialog collected. */
export function actionVariables(values: ActionValues, fields: string[]): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const field of fields) {
    if (field === 'mailing') vars.input = { carrier: values.carrier, trackingNumber: values.trackingNumber.trim() };
    else if (field === 'deliveredAt')
      vars.deliveredAt = values.deliveredAt ? new Date(`${values.deliveredAt}:00+08:00`).toISOString() : null;
    else if (field === 'noteRequired' || field === 'note') vars.note = values.note?.trim() || null;
    else vars[field] = typeof values[field] === 'string' ? values[field].trim() : values[field];
  }
  return vars;
}

/** After a step: the case after this one in the queue as the officer last saw it (its filter and sort). */
function NextCaseButton({ id }: { id: unknown }) {
  const navigate = useNavigate();
  const translate = useTranslate();
  const next = nextInQueue(id);
  if (!next) return null;
  return (
    <Button
      size="small"
      variant="contained"
      color="secondary"
      endIcon={<NavigateNextIcon />}
      title={translate('app.queue_ux.next_case_title', { reference: next.referenceNo })}
      data-testid="next-case"
      data-next-id={next.id}
      onClick={() => navigate(`/applications/${next.id}/show`)}
    >
      {translate('app.queue_ux.next_case')}
    </Button>
  );
}

/** The steps open on this case for the signed-in officer, exactly as the server lists them. */
export function ActionBar() {
  const record = useRecordContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const label = useEnumLabel();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [stepDoneOn, setStepDoneOn] = useState<unknown>(null); // the case a step was just completed on
  if (!record) return null;
  const buttons = actionButtons(record.availableActions ?? []);

  const run = async (action: CaseAction, values: ActionValues = {}) => {
    const spec = buttonSpec(action);
    setBusy(true);
    try {
      const { data } = await dataProvider[spec.method](record.id, record.version, actionVariables(values, spec.fields));
      notify(stepDoneKey(action, data?.status), {
        type: 'success',
        messageArgs: { _: translate('app.case.done', { action: label('CaseAction', action) }) },
      });
      setOpen(null);
      setServerErrors({});
      setStepDoneOn(record.id);
      refresh();
    } catch (error: any) {
      if (error.body?.code === 'CONFLICT' && !error.body?.holder) {
        notify('app.case.conflict', { type: 'warning' });
        setOpen(null);
        refresh();
      } else {
        setServerErrors(error.body?.errors ?? {});
        notify(error.message, { type: 'error' });
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
          onCancel={() => {
            setOpen(null);
            setServerErrors({});
          }}
          onSubmit={(values) => run(open, values)}
        />
      )}
    </Stack>
  );
}
