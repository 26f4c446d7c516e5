import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled part of the case page's details. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2" color="primary">
        {title}
      </Typography>
      {children}
    </Box>
  );
}
