import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Box, Button, CircularProgress, Collapse, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { ShanghaiTime } from '../../common/DueDate';
import { useEnumLabel } from '../../common/EnumText';
import { RecordCheckChip } from '../../common/RecordCheckChip';
import type { ApplicationRecord } from '../../dataProvider';
import { RecordCheckLine } from './RecordCheckLine';
import { RecordMatchesTable } from './RecordMatchesTable';
import { RunRecordCheckButton } from './RunRecordCheckButton';
import { latestCheck, type RecordCheckData } from './recordChecks';

/**
 * The registry lookup behind the decision, beside the case's data: the latest check (its status,
 * when it was asked and answered, by whom, from which registry, the records it matched and the
 * outcome they point to, or why it failed), the earlier checks folded below it, and the button
 * that asks again. While the latest check waits, the case page polls the case (ApplicationShow).
 */
export function RecordCheckPanel() {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const label = useEnumLabel();
  const [showEarlier, setShowEarlier] = useState(false);
  if (!record) return null;
  const checks: readonly RecordCheckData[] = record.recordChecks ?? [];
  const latest = latestCheck(record);
  const earlier = checks.slice(1);
  const source = (check: RecordCheckData) =>
    check.source ? translate(`app.record_check.sources.${check.source}`, { _: check.source }) : null;
  const exact = latest?.matches.some((m) => m.kind === 'EXACT_ID');
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mt: 2 }}
      data-testid="record-check-panel"
      data-status={latest?.status ?? 'NONE'}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="subtitle2" color="primary">
          {translate('app.record_check.title')}
        </Typography>
        <RecordCheckChip status={latest?.status} testId="record-check-status" />
        {latest?.status === 'PENDING' && <CircularProgress size={14} />}
        <Box sx={{ flexGrow: 1 }} />
        <RunRecordCheckButton />
      </Stack>
      {!latest ? (
        <Typography variant="body2" color="text.secondary" data-testid="record-check-none">
          {translate('app.record_check.none')}
        </Typography>
      ) : (
        <Stack spacing={0.5}>
          <RecordCheckLine name={translate('app.record_check.requested_at')}>
            <ShanghaiTime value={latest.requestedAt} />
          </RecordCheckLine>
          <RecordCheckLine name={translate('app.record_check.completed_at')}>
            {latest.completedAt ? <ShanghaiTime value={latest.completedAt} /> : null}
          </RecordCheckLine>
          <RecordCheckLine name={translate('app.record_check.source')} testId="record-check-source">
            {source(latest)}
          </RecordCheckLine>
          <RecordCheckLine name={translate('app.record_check.requested_by')} testId="record-check-requested-by">
            {latest.requestedBy?.displayName ?? translate('app.record_check.system')}
          </RecordCheckLine>
          {latest.suggestedOutcome && (
            <RecordCheckLine name={translate('app.record_check.suggested')} testId="record-check-suggested">
              <strong data-outcome={latest.suggestedOutcome}>{label('Outcome', latest.suggestedOutcome)}</strong>
              <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                {translate('app.record_check.suggested_hint')}
              </Typography>
            </RecordCheckLine>
          )}
          {latest.status === 'PENDING' && (
            <Typography variant="body2" color="text.secondary" data-testid="record-check-pending">
              {translate('app.record_check.pending')}
            </Typography>
          )}
          {latest.status === 'FAILED' && (
            <Alert severity="error" data-testid="record-check-error">
              {translate('app.record_check.error')}：{latest.error ?? '—'}
            </Alert>
          )}
          {latest.status === 'CLEAR' && (
            <Typography variant="body2" color="text.secondary">
              {translate('app.record_check.no_matches')}
            </Typography>
          )}
          {latest.matches.length > 0 && (
            <Box sx={{ pt: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {translate('app.record_check.matches')}
              </Typography>
              <RecordMatchesTable matches={latest.matches} />
              {!exact && (
                <Typography variant="caption" color="text.secondary">
                  {translate('app.record_check.name_only')}
                </Typography>
              )}
            </Box>
          )}
        </Stack>
      )}
      {earlier.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Button
            size="small"
            onClick={() => setShowEarlier((v) => !v)}
            endIcon={showEarlier ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            data-testid="record-check-earlier-toggle"
          >
            {translate('app.record_check.earlier', { smart_count: earlier.length })}
          </Button>
          <Collapse in={showEarlier} unmountOnExit>
            <Stack spacing={0.5} sx={{ pl: 1 }} data-testid="record-check-earlier">
              {earlier.map((c) => (
                <Stack key={c.id} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="body2">
                    <ShanghaiTime value={c.requestedAt} />
                  </Typography>
                  <RecordCheckChip status={c.status} />
                  <Typography variant="caption" color="text.secondary">
                    {[
                      c.matches.length
                        ? translate('app.record_check.matches_count', { smart_count: c.matches.length })
                        : null,
                      c.suggestedOutcome
                        ? `${translate('app.record_check.suggested')}：${label('Outcome', c.suggestedOutcome)}`
                        : null,
                      c.status === 'FAILED' ? c.error : null,
                      c.requestedBy?.displayName ?? translate('app.record_check.system'),
                      source(c),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                </Stack>
              ))}
            </Stack>
          </Collapse>
        </Box>
      )}
    </Paper>
  );
}
