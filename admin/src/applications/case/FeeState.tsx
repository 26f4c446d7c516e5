import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationRecord } from '../../dataProvider';

/**
 * The fee of the case: free, or its amount and whether it is paid (with the receipt number), and
 * for an online case decided and unpaid, that the hall's payment platform has yet to report it.
 */
export function FeeState() {
  const r = useRecordContext<ApplicationRecord>();
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
