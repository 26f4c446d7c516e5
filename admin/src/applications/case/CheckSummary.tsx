import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useEnumLabel } from '../../common/EnumText';
import { RecordCheckChip } from '../../common/RecordCheckChip';
import type { ApplicationRecord } from '../../dataProvider';
import { latestCheck } from './recordChecks';

/**
 * The latest record check in the case's head, so that it is read before any step without
 * scrolling: its status, the outcome it suggests and how many records carry the subject's own
 * number. The panel below holds the rest.
 */
export function CheckSummary() {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const label = useEnumLabel();
  const latest = latestCheck(record);
  if (!latest) return null;
  const exact = latest.matches.filter((m) => m.kind === 'EXACT_ID').length;
  return (
    <>
      <RecordCheckChip status={latest.status} testId="head-check-status" />
      {latest.suggestedOutcome && (
        <Typography variant="body2" data-testid="head-check-suggested" data-outcome={latest.suggestedOutcome}>
          {translate('app.record_check.suggested')}：<strong>{label('Outcome', latest.suggestedOutcome)}</strong>
        </Typography>
      )}
      {exact > 0 && (
        <Typography variant="body2" color="error" sx={{ fontWeight: 700 }} data-testid="head-check-exact">
          {translate('app.record_check.exact_count', { smart_count: exact })}
        </Typography>
      )}
    </>
  );
}
