import { Box, Tooltip } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDateTime } from '../i18n';
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
  const [locale] = useLocaleState();
  const label = useEnumLabel();
  if (!record) return null;
  return (
    <Tooltip title={label('SlaState', record.slaState)}>
      <Box
        component="span"
        sx={{ color: SLA_COLOR[record.slaState] ?? 'inherit', fontWeight: record.slaState === 'OVERDUE' ? 700 : 400 }}
        data-sla={record.slaState}
      >
        {record.dueAt ? formatDateTime(record.dueAt, locale) : label('SlaState', record.slaState)}
      </Box>
    </Tooltip>
  );
}

/** A date-time in Asia/Shanghai. */
export function ShanghaiTime({ value, withTime = true }: { value?: string | null; withTime?: boolean }) {
  const [locale] = useLocaleState();
  return <>{formatDateTime(value, locale, withTime)}</>;
}
