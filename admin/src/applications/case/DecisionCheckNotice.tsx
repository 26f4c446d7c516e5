import { Alert, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useEnumLabel } from '../../common/EnumText';
import { answered, hasExactMatch, type RecordCheckData } from './recordChecks';

/**
 * What the decision dialog says about the registry: the answered check its outcome starts from,
 * or why a note is required (the check is pending, failed, or was never asked: the server then
 * refuses a decision without one); and, for the outcome picked, whether the decision goes to a
 * supervisor's sign-off (a record found, or NO_RECORD against a record under the subject's number).
 */
export function DecisionCheckNotice({
  check,
  outcome,
}: {
  check: RecordCheckData | null;
  outcome: string | undefined;
}) {
  const translate = useTranslate();
  const label = useEnumLabel();
  const status = check?.status ?? 'NONE';
  return (
    <Stack spacing={1} data-testid="decide-check-notice" data-check-status={status}>
      {check && answered(check) ? (
        <Alert severity={check.status === 'MATCHES_FOUND' ? 'warning' : 'success'}>
          {translate('app.record_check.decide_answered', {
            status: label('RecordCheckStatus', check.status),
            outcome: label('Outcome', check.suggestedOutcome),
          })}
        </Alert>
      ) : (
        <Alert severity={check?.status === 'FAILED' ? 'error' : 'info'} data-testid="decide-note-required">
          {check?.status === 'FAILED'
            ? translate('app.record_check.decide_failed', { error: check.error ?? '—' })
            : translate(check ? 'app.record_check.decide_pending' : 'app.record_check.decide_none')}
        </Alert>
      )}
      {outcome === 'NO_RECORD' && hasExactMatch(check) && (
        <Alert severity="warning" data-testid="decide-signoff">
          {translate('app.record_check.decide_exact_signoff')}
        </Alert>
      )}
      {outcome && outcome !== 'NO_RECORD' && (
        <Alert severity="info" data-testid="decide-signoff">
          {translate('app.record_check.decide_found_signoff')}
        </Alert>
      )}
    </Stack>
  );
}
