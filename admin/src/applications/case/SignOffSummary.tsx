import { Box, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../../common/dates';
import { useEnumLabel } from '../../common/EnumText';
import { isObject, stringField } from '../../common/json';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';
import { hasExactMatch, latestCheck } from './recordChecks';

/**
 * What a supervisor signs off: why the decision needs it (a record found, or "no record" against a
 * record under the subject's own number), what the registry suggested and whether the officer
 * followed it, the outcome the officer decided, the officer's note, who decided and when (from
 * the DECIDE event of the audit trail: the case itself keeps no note field), and the verified
 * papers the decision rests on.
 */
export function SignOffSummary() {
  const record = useRecordContext<ApplicationRecord>();
  const dataProvider = useConsoleDataProvider();
  const translate = useTranslate();
  const label = useEnumLabel();
  const { data, isPending } = useQuery({
    queryKey: ['auditTrail', 'Application', record?.id, record?.version],
    queryFn: () => dataProvider.auditTrail('Application', String(record?.id)),
    enabled: !!record,
  });
  if (!record) return null;
  const decision = (data?.items ?? []).find((e) => e.action === 'DECIDE');
  const evidence = (record.documents ?? []).filter((d) => d.status === 'VERIFIED');
  const decider = decision?.actor?.displayName ?? record.decidedBy?.displayName;
  const check = latestCheck(record);
  const againstExactMatch =
    record.outcome === 'NO_RECORD' &&
    (isObject(decision?.detail) ? decision.detail.againstExactMatch === true : hasExactMatch(check));
  const overridden = !!check?.suggestedOutcome && !!record.outcome && check.suggestedOutcome !== record.outcome;
  const at = decision?.at ?? record.decidedAt;
  const row = (name: string, value: ReactNode, testId: string) => (
    <Stack direction="row" spacing={2}>
      <Typography variant="body2" color="text.secondary" sx={{ width: 110, flexShrink: 0 }}>
        {name}
      </Typography>
      <Typography variant="body2" component="div" data-testid={testId} sx={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Typography>
    </Stack>
  );
  return (
    <Box
      sx={{ bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}
      data-testid="signoff-summary"
    >
      <Stack spacing={0.75}>
        {row(
          translate('app.case_ux.signoff_why'),
          translate(againstExactMatch ? 'app.case_ux.signoff_exact' : 'app.case_ux.signoff_found'),
          'signoff-why',
        )}
        {check?.suggestedOutcome &&
          row(
            translate('app.case_ux.registry'),
            <>
              {label('Outcome', check.suggestedOutcome)}
              {overridden && (
                <Typography component="span" variant="body2" color="error" sx={{ ml: 1, fontWeight: 700 }}>
                  {translate('app.case_ux.overridden')}
                </Typography>
              )}
            </>,
            'signoff-registry',
          )}
        {row(
          translate('app.case_ux.decided_outcome'),
          <strong>{record.outcome ? label('Outcome', record.outcome) : '—'}</strong>,
          'signoff-outcome',
        )}
        {row(
          translate('app.case_ux.decision_note'),
          decision
            ? stringField(decision.detail, 'note') || translate('app.case_ux.no_note')
            : isPending
              ? '…'
              : translate('app.case_ux.no_note'),
          'signoff-note',
        )}
        {row(
          translate('app.case_ux.decided_by'),
          [decider, at ? formatDateTime(at) : null].filter(Boolean).join(' · ') || '—',
          'signoff-decided',
        )}
        {row(
          translate('app.case_ux.evidence'),
          evidence.length ? (
            <Stack component="ul" spacing={0.25} sx={{ m: 0, pl: 2 }} data-testid="signoff-evidence">
              {evidence.map((d) => (
                <li key={d.id}>
                  <MuiLink href={d.contentUrl} target="_blank" rel="noopener">
                    {label('DocumentKind', d.kind)}
                  </MuiLink>{' '}
                  <Typography component="span" variant="caption" color="text.secondary">
                    {[d.verifiedBy?.displayName, d.verifiedAt ? formatDateTime(d.verifiedAt) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                </li>
              ))}
            </Stack>
          ) : (
            translate('app.case_ux.no_evidence')
          ),
          'signoff-evidence-cell',
        )}
      </Stack>
    </Box>
  );
}
