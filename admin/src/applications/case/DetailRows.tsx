import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import type { ReactNode } from 'react';

/** Name–value lines of the case page's details; a line with an empty value is left out. */
export function DetailRows({ rows }: { rows: [string, ReactNode][] }) {
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
