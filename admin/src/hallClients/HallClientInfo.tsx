import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ShanghaiTime } from '../common/DueDate';
import { PreviousSecret } from './PreviousSecret';

/** What the form cannot change: the client id it signs in with, when it was registered, its secret's issue and the old one's grace. */
export function HallClientInfo() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const rows: [string, React.ReactNode][] = [
    ['clientId', <code data-testid="client-id">{record.clientId}</code>],
    ['createdAt', <ShanghaiTime value={record.createdAt} />],
    ['secretIssuedAt', <ShanghaiTime value={record.secretIssuedAt} />],
    ['previousValidUntil', <PreviousSecret until={record.previousValidUntil} />],
  ];
  return (
    <Stack spacing={0.5} sx={{ mb: 2 }}>
      {rows.map(([field, value]) => (
        <Stack key={field} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary" sx={{ width: 140 }}>
            {translate(`resources.hallClients.fields.${field}`)}
          </Typography>
          <Typography variant="body2" component="div">
            {value}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}
