import { Link as MuiLink } from '@mui/material';
import { Link } from 'react-router-dom';
import { queueLink } from '../applications/queueLink';

/** A report's figure, opening the queue on the cases it counts when there is a filter for them and any to show. */
export function FigureLink({ value, filter }: { value: number; filter: Record<string, unknown> | null }) {
  if (!filter || !value) return <>{value}</>;
  return (
    <MuiLink component={Link} to={queueLink(filter)} data-testid="report-figure">
      {value}
    </MuiLink>
  );
}
