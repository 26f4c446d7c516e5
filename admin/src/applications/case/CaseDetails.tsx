import {
  Alert,
  Box,
  Chip,
  Divider,
  Grid,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DueDate, ShanghaiTime } from '../common/DueDate';
import { formatDate, formatDateTime } from '../common/dates';
import { EnumText, useEnumLabel } from '../common/EnumText';
import { RegionName } from '../common/RegionName';
import { headlineText } from '../common/routingMessage';

function Rows({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <Table size="small">
      <TableBody>
        {rows
          .filter(([, v]) => v !== null && v !== undefined && v !== '')
          .map(([k, v]) => (
            <TableRow key={k}>
              <TableCell sx={{ color: 'text.secondary', width: 140, border: 0, py: 0.5 }}>{k}</TableCell>
              <TableCell sx={{ border: 0, py: 0.5 }}>{v}</TableCell>
            </TableRow>
          ))}
      </TableBody>
    </Table>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2" color="primary">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function PersonRows({ person }: { person: any }) {
  const label = useEnumLabel();
  const translate = useTranslate();
  return (
    <Rows
      rows={[
        [translate('resources.applications.fields.subject.name'), person.name],
        [translate('resources.applications.fields.subjectCategory'), label('SubjectCategory', person.category)],
        [label('IdType', person.idType), person.idNumberMasked],
        [translate('app.intake.nationality'), person.nationality],
        [translate('app.case.birth_date'), person.birthDate ? formatDate(person.birthDate) : null],
        [
          translate('app.case.gender'),
          person.gender ? <span data-testid="gender">{label('Gender', person.gender)}</span> : null,
        ],
        [label('RegionBasis', 'DOMICILE'), person.domicileRegion ? <RegionName code={person.domicileRegion} /> : null],
        [
          label('RegionBasis', 'RESIDENCE'),
          person.residenceRegion ? <RegionName code={person.residenceRegion} /> : null,
        ],
        [
          translate('app.intake.days_in_china'),
          person.daysInChina != null ? (
            <span data-testid="days-in-china">{translate('app.case.days', { smart_count: person.daysInChina })}</span>
          ) : null,
        ],
        [translate('app.intake.phone'), person.phoneMasked],
      ]}
    />
  );
}

/**
 * The fee of the case: free, or its amount and whether it is paid (with the receipt number), and
 * for an online case decided and unpaid, that the hall's payment platform has yet to report it.
 */
function FeeState() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  if (!(r.feeAmount > 0)) return <span data-testid="case-fee">{translate('app.case.fee_free')}</span>;
  const awaitingOnline = !r.feePaid && r.channel === 'ONLINE' && r.status === 'DECIDED';
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', flexWrap: 'wrap' }}
      data-testid="case-fee"
      data-paid={r.feePaid}
    >
      <span>¥{r.feeAmount.toFixed(2)}</span>
      <Chip
        size="small"
        variant="outlined"
        color={r.feePaid ? 'success' : 'warning'}
        label={translate(
          r.feePaid ? 'app.case.fee_paid' : awaitingOnline ? 'app.case.fee_awaiting_online' : 'app.case.fee_unpaid',
        )}
      />
      {r.feeReceiptNo && (
        <Typography variant="caption" color="text.secondary" data-testid="fee-receipt">
          {translate('app.case.fee_receipt', { receiptNo: r.feeReceiptNo })}
        </Typography>
      )}
    </Stack>
  );
}

/** Working days as the clock counts them: whole days, or one decimal where the server gives a fraction. */
const days = (n: number) => Math.round(n * 10) / 10;

/** The statuses that close a case: the server frees the case on reaching one (workflow.ts CLOSING_STATUSES). */
const CLOSED = ['DELIVERED', 'NOT_ACCEPTED', 'WITHDRAWN'];

/**
 * The step that closed the case (delivery, refusal, withdrawal), from the audit trail: the newest
 * event that brought the case to its present closing status. Closing frees the case on the
 * server, so `assignee` is then empty; every closing step needs its officer to hold the case (or
 * takes it), so that officer is the last holder. A delivery's time is in the event too, also for
 * a counter pickup (the case's `mailing` exists only for mail) and an electronic delivery (the issue).
 */
function useClosingStep(r: any): { holder: string | null; deliveredAt: string | null } {
  const dataProvider = useDataProvider();
  const closed = !!r && CLOSED.includes(r.status);
  const { data } = useQuery({
    queryKey: ['auditTrail', 'Application', r?.id, r?.version],
    queryFn: () => dataProvider.auditTrail('Application', String(r.id)),
    enabled: closed,
  });
  const events: any[] = closed ? (data?.items ?? []) : [];
  const closing = events.find((e) => e.detail?.toStatus === r.status && e.detail?.fromStatus !== r.status);
  // Delivered: recorded (mail or counter), or at the issue of an electronic document. A review closed since changes neither.
  const delivery =
    r.status === 'DELIVERED'
      ? events.find(
          (e) => e.action === 'RECORD_DELIVERY' || (e.action === 'ISSUE' && e.detail?.toStatus === 'DELIVERED'),
        )
      : null;
  return {
    holder: closing?.actor?.displayName ?? null,
    deliveredAt: delivery ? (delivery.detail?.deliveredAt ?? delivery.at) : null,
  };
}

/** The left side of the case page: who, what for, how it was routed, and the clock. */
export function CaseDetails() {
  const r = useRecordContext();
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
        <Alert severity="info" sx={{ mb: 2 }} data-testid="status-reason">
          {translate('app.case.status_reason')}：{r.statusReason}
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
          <Section title={translate('app.case.subject')}>
            <PersonRows person={r.subject} />
          </Section>
          {r.agent && (
            <Section title={translate('app.case.agent')}>
              <PersonRows person={r.agent} />
            </Section>
          )}
          {r.unit && (
            <Section title={translate('app.case.unit')}>
              <Rows
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
            </Section>
          )}
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title={translate('app.case.purpose')}>
            <Rows
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
          </Section>
          <Section title={translate('app.case.clock')}>
            <Rows
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
          </Section>
          {r.outcome && (
            <Section title={translate('app.case.decision')}>
              <Rows
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
            </Section>
          )}
        </Grid>
      </Grid>
      <Divider sx={{ my: 1 }} />
      <Section title={translate('app.case.routing')}>
        <Typography variant="body2" data-testid="routing-explanation">
          {headlineText(translate, r.routing)}
        </Typography>
      </Section>
    </Paper>
  );
}
