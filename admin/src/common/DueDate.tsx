import { Box, Tooltip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatDateTime } from './dates';
import { useEnumLabel } from './EnumText';

export const SLA_COLOR: Record<string, string> = {
  NOT_STARTED: 'text.secondary',
  ON_TRACK: 'success.main',
  DUE_SOON: 'warning.main',
  OVERDUE: 'error.main',
  PAUSED: 'info.main',
  MET: 'success.dark',
  BREACHED: 'error.dark',
};

/** The due date coloured by the time-limit state, with the state as its tooltip. */
export function DueDate() {
  const record = useRecordContext();
  const label = useEnumLabel();
  if (!record) return null;
  return (
    <Tooltip title={label('SlaState', record.slaState)}>
      <Box
        component="span"
        sx={{ color: SLA_COLOR[record.slaState] ?? 'inherit', fontWeight: record.slaState === 'OVERDUE' ? 700 : 400 }}
        data-sla={record.slaState}
      >
        {record.dueAt ? formatDateTime(record.dueAt) : label('SlaState', record.slaState)}
      </Box>
    </Tooltip>
  );
}

/** A date-time in Asia/Shanghai, YYYY-MM-DD HH:mm in every language (YYYY-MM-DD without the time). */
export function ShanghaiTime({ value, withTime = true }: { value?: string | null; withTime?: boolean }) {
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }} data-testid="date">
      {formatDateTime(value, withTime)}
    </Box>
  );
}
