import { Alert, Divider, Grid, Paper, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DueDate, ShanghaiTime } from '../../common/DueDate';
import { formatDateTime } from '../../common/dates';
import { EnumText, useEnumLabel } from '../../common/EnumText';
import { RegionName } from '../../common/RegionName';
import { headlineText } from '../../common/routingMessage';
import type { ApplicationRecord } from '../../dataProvider';
import { DetailRows } from './DetailRows';
import { DetailSection } from './DetailSection';
import { FeeState } from './FeeState';
import { PersonRows } from './PersonRows';
import { useClosingStep } from './useClosingStep';

/** Working days as the clock counts them: whole days, or one decimal where the server gives a fraction. */
const days = (n: number) => Math.round(n * 10) / 10;

/** The left side of the case page: who, what for, how it was routed, and the clock. */
export function CaseDetails() {
  const r = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const label = useEnumLabel();
  const [locale] = useLocaleState();
  const closing = useClosingStep(r);
  if (!r) return null;
  const heldBy =
    r.assignee?.displayName ??
    (closing.holder ? translate('app.case_ux.last_holder', { name: closing.holder }) : translate('app.case.none'));
  const deliveredAt = r.mailing?.deliveredAt ?? closing.deliveredAt;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      {r.statusReason && (
        <Alert severity={r.returnedBy ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="status-reason">
          {r.returnedBy
            ? translate('app.case.returned_by', { name: r.returnedBy.displayName })
            : translate('app.case.status_reason')}
          ：{r.statusReason}
        </Alert>
      )}
      {r.status === 'AWAITING_SUPPLEMENT' && r.supplementRequest?.answeredAt && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="supplement-answered">
          {translate('app.case.supplement_answered', {
            time: formatDateTime(r.supplementRequest.answeredAt),
            action: label('CaseAction', 'SUPPLEMENT_RECEIVED'),
          })}
        </Alert>
      )}
      {r.missingDocumentKinds?.length > 0 && ['SUBMITTED', 'AWAITING_SUPPLEMENT'].includes(r.status) && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.case.missing', {
            kinds: r.missingDocumentKinds
              .map((k: string) => label('DocumentKind', k))
              .join(locale === 'en' ? ', ' : '、'),
          })}
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <DetailSection title={translate('app.case.subject')}>
            <PersonRows person={r.subject} />
          </DetailSection>
          {r.agent && (
            <DetailSection title={translate('app.case.agent')}>
              <PersonRows person={r.agent} />
            </DetailSection>
          )}
          {r.unit && (
            <DetailSection title={translate('app.case.unit')}>
              <DetailRows
                rows={[
                  [translate('resources.offices.fields.name'), r.unit.name],
                  [translate('app.intake.credit_code'), r.unit.creditCode],
                  [label('RegionBasis', 'UNIT_LOCATION'), r.unit.region ? <RegionName code={r.unit.region} /> : null],
                  [
                    translate('app.intake.contact'),
                    [r.unit.contactName, r.unit.contactPhoneMasked].filter(Boolean).join(' '),
                  ],
                ]}
              />
            </DetailSection>
          )}
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DetailSection title={translate('app.case.purpose')}>
            <DetailRows
              rows={[
                [translate('resources.applications.fields.applicantKind'), label('ApplicantKind', r.applicantKind)],
                [
                  translate('resources.applications.fields.purpose'),
                  [label('Purpose', r.purpose), r.purposeDetail, r.destinationCountry].filter(Boolean).join(' · '),
                ],
                [
                  translate('resources.applications.fields.channel'),
                  <span data-testid="case-channel">{label('Channel', r.channel)}</span>,
                ],
                [
                  translate('resources.applications.fields.hallReference'),
                  r.channel === 'ONLINE' && r.hallReference ? (
                    <span data-testid="hall-reference">{r.hallReference}</span>
                  ) : null,
                ],
                [translate('app.case.delivery'), label('DeliveryMethod', r.delivery)],
                [
                  translate('app.intake.mailing'),
                  r.mailingAddress ? (
                    <>
                      {r.mailingAddress.recipient} {r.mailingAddress.phoneMasked}{' '}
                      <RegionName code={r.mailingAddress.region} /> {r.mailingAddress.line}
                    </>
                  ) : null,
                ],
                [translate('app.case.fee'), <FeeState />],
              ]}
            />
          </DetailSection>
          <DetailSection title={translate('app.case.clock')}>
            <DetailRows
              rows={[
                [translate('resources.applications.fields.submittedAt'), <ShanghaiTime value={r.submittedAt} />],
                [translate('app.case.accepted_at'), r.acceptedAt ? <ShanghaiTime value={r.acceptedAt} /> : null],
                [translate('app.case.due_at'), <DueDate />],
                [
                  translate('app.case.elapsed'),
                  r.acceptedAt ? (
                    <span data-testid="working-days">
                      {translate('app.case.elapsed_value', { smart_count: days(r.workingDaysElapsed) })}
                    </span>
                  ) : null,
                ],
                [translate('app.case.held_by'), <span data-testid="held-by">{heldBy}</span>],
              ]}
            />
          </DetailSection>
          {r.outcome && (
            <DetailSection title={translate('app.case.decision')}>
              <DetailRows
                rows={[
                  [translate('app.case.outcome'), <EnumText enumName="Outcome" value={r.outcome} />],
                  ['', r.decidedBy?.displayName],
                  ['', r.signedOffBy ? `✓ ${r.signedOffBy.displayName}` : null],
                  [
                    translate('app.case.issued'),
                    r.issuedDocument
                      ? `${label('IssuedDocumentKind', r.issuedDocument.kind)} ${r.issuedDocument.number}`
                      : null,
                  ],
                  [translate('app.case.verification_code'), r.issuedDocument?.verificationCode],
                  [
                    translate('app.case.mailing'),
                    r.mailing ? `${label('Carrier', r.mailing.carrier)} ${r.mailing.trackingNumber}` : null,
                  ],
                  [
                    translate('app.case.delivered_at'),
                    deliveredAt ? (
                      <span data-testid="delivered-at">
                        <ShanghaiTime value={deliveredAt} />
                      </span>
                    ) : null,
                  ],
                ]}
              />
            </DetailSection>
          )}
        </Grid>
      </Grid>
      <Divider sx={{ my: 1 }} />
      <DetailSection title={translate('app.case.routing')}>
        <Typography variant="body2" data-testid="routing-explanation">
          {headlineText(translate, r.routing)}
        </Typography>
      </DetailSection>
    </Paper>
  );
}
