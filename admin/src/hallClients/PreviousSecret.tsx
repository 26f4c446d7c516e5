import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ShanghaiTime } from '../common/DueDate';

/** The secret before the last rotation: until when it still works, or that its grace is over; — when there is none. */
export function PreviousSecret({ until }: { until: string | null | undefined }) {
  const translate = useTranslate();
  if (!until) return <span data-testid="previous-valid-until">—</span>;
  const over = Date.parse(until) <= Date.now();
  return (
    <Stack
      direction="row"
      spacing={0.5}
      sx={{ alignItems: 'center' }}
      data-testid="previous-valid-until"
      data-expired={over}
    >
      <ShanghaiTime value={until} />
      {over && (
        <Typography variant="caption" color="text.secondary">
          {translate('app.hall_clients.expired')}
        </Typography>
      )}
    </Stack>
  );
}
