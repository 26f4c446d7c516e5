import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Card, CardContent, GlobalStyles, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useGetIdentity, useRedirect, useTranslate } from 'react-admin';
import { formatDateTime } from '../../common/dates';
import { useEnumLabel } from '../../common/EnumText';
import type { ApplicationRecord } from '../../dataProvider';
import type { HandedIn } from './papers';

/** Only the receipt goes to the printer: not the menu, the bar or its own buttons. */
const PRINT_RECEIPT_ONLY = {
  '@media print': {
    'body *': { visibility: 'hidden' },
    '[data-testid=counter-receipt], [data-testid=counter-receipt] *': { visibility: 'visible' },
    '[data-testid=counter-receipt]': { position: 'absolute', left: 0, top: 0, width: '100%', boxShadow: 'none' },
    '[data-print=no]': { display: 'none !important' },
  },
};

function Line({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack direction="row" spacing={2} sx={{ py: 0.5 }}>
      <Typography sx={{ minWidth: 96, color: 'text.secondary' }}>{label}</Typography>
      <Typography component="div" data-testid={testId}>
        {children}
      </Typography>
    </Stack>
  );
}

/**
 * 受理回执: what the applicant takes home from the counter: the reference, the office that works the
 * case, the papers handed in and those still missing, and how to follow the case on /progress.
 * Then the officer prints it, opens the case (when it is theirs to work) or registers the next.
 */
export function CounterReceipt({
  application: a,
  handedIn,
  onNext,
}: {
  application: ApplicationRecord;
  handedIn: HandedIn[];
  onNext: () => void;
}) {
  const translate = useTranslate();
  const label = useEnumLabel();
  const redirect = useRedirect();
  const { identity } = useGetIdentity();
  const received = handedIn.filter((h) => !h.refused).map((h) => h.paper.kind);
  const refused = handedIn.filter((h) => h.refused);
  const missing = a.missingDocumentKinds.filter((kind) => !received.includes(kind));
  const kinds = (list: string[]) =>
    list.length ? [...new Set(list)].map((k) => label('DocumentKind', k)).join('、') : translate('app.receipt.none');
  const ours = identity?.officeId === a.office.id;
  return (
    <Box sx={{ p: 2, maxWidth: 760 }}>
      <GlobalStyles styles={PRINT_RECEIPT_ONLY} />
      <Card data-testid="counter-receipt">
        <CardContent>
          <Typography variant="h6" component="h1" sx={{ textAlign: 'center', mb: 2 }}>
            {translate('app.receipt.title')}
          </Typography>
          <Line label={translate('app.receipt.reference')}>
            <Box component="span" sx={{ fontSize: '1.3rem', fontWeight: 600 }} data-testid="receipt-reference">
              {a.referenceNo}
            </Box>
          </Line>
          <Line label={translate('app.receipt.applicant')}>{a.subject.name}</Line>
          <Line label={translate('app.receipt.registered_at')}>{formatDateTime(a.submittedAt)}</Line>
          <Line label={translate('app.receipt.office')}>
            <span data-testid="receipt-office">{a.office.name}</span>
            {(a.office.address || a.office.phone) && (
              <Typography variant="body2" color="text.secondary">
                {[a.office.address, a.office.phone].filter(Boolean).join('  ')}
              </Typography>
            )}
          </Line>
          <Line label={translate('app.receipt.received')} testId="receipt-received">
            {kinds(received)}
          </Line>
          <Line label={translate('app.receipt.missing')} testId="receipt-missing">
            {kinds(missing)}
          </Line>
          <Line label={translate('app.receipt.progress')} testId="receipt-progress">
            <Box component="span" sx={{ wordBreak: 'break-all' }}>
              {a.progressUrl}
            </Box>
            <Typography variant="body2" color="text.secondary">
              {translate('app.receipt.progress_hint')}
            </Typography>
          </Line>
        </CardContent>
      </Card>
      <Stack spacing={1} sx={{ mt: 2 }} data-print="no">
        {refused.map((h) => (
          <Alert severity="error" key={`${h.paper.kind}-${h.paper.file.name}`} data-testid="receipt-refused">
            {translate('app.receipt.refused', {
              kind: label('DocumentKind', h.paper.kind),
              file: h.paper.file.name,
              reason: h.refused,
            })}
          </Alert>
        ))}
        {!ours && <Alert severity="info">{translate('app.receipt.elsewhere', { office: a.office.name })}</Alert>}
        <Stack direction="row" spacing={1}>
          <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
            {translate('app.receipt.print')}
          </Button>
          {ours && (
            <Button
              variant="outlined"
              onClick={() => redirect('show', 'applications', a.id)}
              data-testid="receipt-open"
            >
              {translate('app.receipt.open')}
            </Button>
          )}
          <Button variant="outlined" onClick={onNext} data-testid="receipt-next">
            {translate('app.receipt.next')}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
