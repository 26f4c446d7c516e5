import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One name–value line of the panel; nothing for an empty value. */
export function RecordCheckLine({ name, children, testId }: { name: string; children: ReactNode; testId?: string }) {
  if (children == null || children === '') return null;
  return (
    <Stack direction="row" spacing={2}>
      <Typography variant="body2" color="text.secondary" sx={{ width: 110, flexShrink: 0 }}>
        {name}
      </Typography>
      <Typography variant="body2" component="div" data-testid={testId}>
        {children}
      </Typography>
    </Stack>
  );
}
