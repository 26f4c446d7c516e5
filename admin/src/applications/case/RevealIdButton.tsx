import VisibilityIcon from '@mui/icons-material/Visibility';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';
import { errorMessage } from '../../dataProvider/graphql';
import type { PersonRole } from '../../generated/graphql';

/** Shows a full identity number after the officer gives a reason; the server records who, when and why. */
export function RevealIdButton() {
  const record = useRecordContext<ApplicationRecord>();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [person, setPerson] = useState<PersonRole>('SUBJECT');
  const [reason, setReason] = useState('');
  const [number, setNumber] = useState<string | null>(null);
  if (!record) return null;
  const close = () => {
    setOpen(false);
    setNumber(null);
    setReason('');
  };
  const reveal = async () => {
    try {
      setNumber(await dataProvider.revealIdNumber(record.id, person, reason.trim()));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };
  return (
    <>
      <Button size="small" startIcon={<VisibilityIcon />} onClick={() => setOpen(true)} data-testid="reveal-id">
        {translate('app.case.reveal')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs">
        <DialogTitle>{translate('app.case.reveal')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {record.agent && (
              <TextField
                select
                value={person}
                onChange={(e) => setPerson(e.target.value === 'AGENT' ? 'AGENT' : 'SUBJECT')}
                label={translate('app.case.subject')}
              >
                <MenuItem value="SUBJECT">{translate('app.case.subject')}</MenuItem>
                <MenuItem value="AGENT">{translate('app.case.agent')}</MenuItem>
              </TextField>
            )}
            <TextField
              label={translate('app.case.reveal_reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              multiline
            />
            {number && <Alert severity="info">{translate('app.case.revealed', { number })}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.close')}</Button>
          <Button variant="contained" disabled={!reason.trim() || !!number} onClick={reveal}>
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
