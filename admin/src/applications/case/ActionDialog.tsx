import {
  Alert,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Button as MuiButton,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useEnumLabel } from '../../common/EnumText';
import { CARRIERS, DOCUMENT_KINDS, OUTCOMES } from '../../common/enums';
import { IsoDateField } from '../../common/IsoDateField';
import type { ApplicationRecord } from '../../dataProvider';
import type { OfficeFieldsFragment, OfficerFieldsFragment } from '../../generated/graphql';
import { type ActionValues, INITIAL_VALUES } from './actionValues';
import type { ActionField } from './caseActions';
import { DecisionCheckNotice } from './DecisionCheckNotice';
import { REASON_KIND_OF, ReasonTemplatePicker } from './ReasonTemplatePicker';
import { answered, latestCheck, suggestedOutcome } from './recordChecks';
import { rejectedPapers } from './rejectedPapers';
import { SignOffSummary } from './SignOffSummary';
import { shanghaiNowLocal, trackingComplete, trackingProblemKey } from './tracking';

interface Props {
  action: string;
  fields: ActionField[];
  officeId: string;
  onCancel: () => void;
  onSubmit: (values: ActionValues) => void;
  busy: boolean;
  serverErrors?: Record<string, string>;
  /** Said above the form: why it is shown again (someone acted first). */
  notice?: string | null;
}

/** The small form an action needs (a reason, an outcome, a tracking number...). */
export function ActionDialog({
  action,
  fields,
  officeId,
  onCancel,
  onSubmit,
  busy,
  serverErrors = {},
  notice = null,
}: Props) {
  const translate = useTranslate();
  const label = useEnumLabel();
  const record = useRecordContext<ApplicationRecord>();
  // A decision starts from the registry's answer; without one (pending, failed, never asked) it
  // needs a note. A record read without its checks (recordChecks absent) leaves that to the server.
  const decide = action === 'DECIDE';
  const knowsChecks = decide && Array.isArray(record?.recordChecks);
  const check = knowsChecks ? latestCheck(record) : null;
  const suggestion = knowsChecks ? suggestedOutcome(check) : null;
  const unanswered = knowsChecks && !answered(check);
  const [values, setValues] = useState<ActionValues>(() => ({
    ...(suggestion ? { outcome: suggestion } : {}),
    ...INITIAL_VALUES,
    ...(fields.includes('kinds') ? rejectedPapers(record) : {}),
    ...(fields.includes('deliveredAt') ? { deliveredAt: shanghaiNowLocal() } : {}),
  }));
  // The tracking number's check shows once the field is left or the number is whole, not from the first keystroke.
  const [trackingLeft, setTrackingLeft] = useState(false);
  // A delivery time left at its default (now) is sent as none: the server takes the moment it records it.
  const [deliveredAtChanged, setDeliveredAtChanged] = useState(false);
  const set = <K extends keyof ActionValues>(name: K, value: ActionValues[K]) =>
    setValues((v) => ({ ...v, [name]: value }));
  // The registry may answer while the dialog is open (the case page polls a pending check): its
  // suggestion fills the outcome unless the officer has picked one.
  const [outcomePicked, setOutcomePicked] = useState(false);
  useEffect(() => {
    if (suggestion && !outcomePicked) setValues((v) => ({ ...v, outcome: suggestion }));
  }, [suggestion, outcomePicked]);
  const { data: offices } = useGetList<OfficeFieldsFragment>(
    'offices',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'code', order: 'ASC' } },
    { enabled: fields.includes('officeId') },
  );
  const { data: officers } = useGetList<OfficerFieldsFragment>(
    'officers',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'username', order: 'ASC' } },
    { enabled: fields.includes('officerId') },
  );
  const trackingKey = fields.includes('mailing') ? trackingProblemKey(values.carrier, values.trackingNumber) : null;
  const tracking =
    trackingKey && (trackingLeft || trackingComplete(values.carrier, values.trackingNumber))
      ? translate(trackingKey)
      : null;
  // An outcome other than the one the registry's answer suggests is the decider's to explain (the sign-off reads it).
  const overrides = !!suggestion && !!values.outcome && values.outcome !== suggestion;
  const noteRequired = unanswered || overrides;
  const missing =
    (fields.includes('reason') && !values.reason?.trim()) ||
    (fields.includes('noteRequired') && !values.note?.trim()) ||
    (noteRequired && !values.note?.trim()) ||
    (fields.includes('approve') && !values.approve && !values.note?.trim()) ||
    (fields.includes('kinds') && !values.kinds.length) ||
    (fields.includes('outcome') && !values.outcome) ||
    (fields.includes('receiptNo') && !values.receiptNo?.trim()) ||
    (fields.includes('mailing') && (!values.trackingNumber.trim() || !!trackingKey)) ||
    (fields.includes('officeId') && !values.officeId) ||
    (fields.includes('officerId') && !values.officerId);
  const err = (name: string) => serverErrors[name] ?? serverErrors[`input.${name}`];
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm">
      <DialogTitle>{label('CaseAction', action)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {notice && (
            <Alert severity="warning" data-testid="action-notice">
              {notice}
            </Alert>
          )}
          {fields.includes('approve') && <SignOffSummary />}
          {fields.includes('approve') && (
            <ToggleButtonGroup
              exclusive
              value={values.approve ? 'yes' : 'no'}
              onChange={(_e, v) => v && set('approve', v === 'yes')}
            >
              <ToggleButton value="yes" data-testid="approve">
                {translate('app.case.approve')}
              </ToggleButton>
              <ToggleButton value="no" data-testid="send-back">
                {translate('app.case.send_back')}
              </ToggleButton>
            </ToggleButtonGroup>
          )}
          {fields.includes('outcome') && (
            <TextField
              select
              name="outcome"
              label={translate('app.case.outcome')}
              value={values.outcome ?? ''}
              onChange={(e) => {
                setOutcomePicked(true);
                set(
                  'outcome',
                  OUTCOMES.find((o) => o === e.target.value),
                );
              }}
              error={!!err('outcome')}
              helperText={err('outcome')}
            >
              {OUTCOMES.map((o) => (
                <MenuItem key={o} value={o}>
                  {label('Outcome', o)}
                </MenuItem>
              ))}
            </TextField>
          )}
          {knowsChecks && <DecisionCheckNotice check={check} outcome={values.outcome} />}
          {fields.includes('kinds') && (
            <Stack direction="row" sx={{ flexWrap: 'wrap' }}>
              {DOCUMENT_KINDS.map((k) => (
                <FormControlLabel
                  key={k}
                  label={label('DocumentKind', k)}
                  control={
                    <Checkbox
                      value={k}
                      checked={values.kinds.includes(k)}
                      onChange={(e) =>
                        set('kinds', e.target.checked ? [...values.kinds, k] : values.kinds.filter((x) => x !== k))
                      }
                    />
                  }
                />
              ))}
            </Stack>
          )}
          {fields.includes('officeId') && (
            <TextField
              select
              name="officeId"
              label={translate('app.case.office')}
              value={values.officeId ?? ''}
              onChange={(e) => set('officeId', e.target.value)}
              error={!!err('officeId')}
              helperText={err('officeId')}
            >
              {(offices ?? [])
                .filter((o) => o.kind !== 'BUREAU' && o.id !== officeId)
                .map((o) => (
                  <MenuItem key={o.id} value={o.id}>
                    {o.name}
                  </MenuItem>
                ))}
            </TextField>
          )}
          {fields.includes('officerId') && (
            <TextField
              select
              name="officerId"
              label={translate('app.case.officer')}
              value={values.officerId ?? ''}
              onChange={(e) => set('officerId', e.target.value)}
              error={!!err('officerId')}
              helperText={err('officerId')}
            >
              {(officers ?? [])
                .filter((o) => o.active && o.role !== 'ADMIN')
                .map((o) => (
                  <MenuItem key={o.id} value={o.id}>
                    {o.displayName} · {o.office.name}
                  </MenuItem>
                ))}
            </TextField>
          )}
          {fields.includes('mailing') && (
            <>
              <TextField
                select
                name="carrier"
                label={translate('app.case.carrier')}
                value={values.carrier}
                onChange={(e) => set('carrier', CARRIERS.find((c) => c === e.target.value) ?? values.carrier)}
              >
                {CARRIERS.map((c) => (
                  <MenuItem key={c} value={c}>
                    {label('Carrier', c)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                name="trackingNumber"
                label={translate('app.case.tracking')}
                value={values.trackingNumber}
                onChange={(e) => set('trackingNumber', e.target.value.toUpperCase())}
                onBlur={() => setTrackingLeft(values.trackingNumber.trim() !== '')}
                error={!!tracking || !!err('input.trackingNumber')}
                helperText={tracking ?? err('input.trackingNumber')}
              />
            </>
          )}
          {fields.includes('receiptNo') && (
            <TextField
              name="receiptNo"
              label={translate('app.case.receipt')}
              value={values.receiptNo ?? ''}
              onChange={(e) => set('receiptNo', e.target.value)}
              error={!!err('receiptNo')}
              helperText={err('receiptNo')}
            />
          )}
          {fields.includes('deliveredAt') && (
            <IsoDateField
              name="deliveredAt"
              kind="datetime-local"
              label={translate('app.case.delivered_at')}
              value={values.deliveredAt ?? ''}
              onChange={(value) => {
                setDeliveredAtChanged(true);
                set('deliveredAt', value);
              }}
              error={!!err('deliveredAt')}
              helperText={err('deliveredAt')}
            />
          )}
          {fields.includes('reason') && REASON_KIND_OF[action] && (
            <ReasonTemplatePicker kind={REASON_KIND_OF[action]} onPick={(text) => set('reason', text)} />
          )}
          {fields.includes('reason') && (
            <TextField
              name="reason"
              label={translate('app.case.reason')}
              multiline
              minRows={2}
              value={values.reason ?? ''}
              onChange={(e) => set('reason', e.target.value)}
              error={!!err('reason')}
              helperText={err('reason')}
              required
            />
          )}
          {(fields.includes('note') || fields.includes('noteRequired')) && (
            <TextField
              name="note"
              label={translate(noteRequired ? 'app.record_check.note_required' : 'app.case.note')}
              multiline
              minRows={2}
              value={values.note ?? ''}
              onChange={(e) => set('note', e.target.value)}
              required={
                fields.includes('noteRequired') || noteRequired || (fields.includes('approve') && !values.approve)
              }
              error={!!err('note')}
              helperText={err('note') ?? (overrides ? translate('app.record_check.override_note') : undefined)}
              data-testid="note-field"
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onCancel}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton
          variant="contained"
          disabled={busy || !!missing}
          onClick={() =>
            onSubmit(fields.includes('deliveredAt') && !deliveredAtChanged ? { ...values, deliveredAt: '' } : values)
          }
          data-testid="confirm-action"
        >
          {translate('ra.action.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}
