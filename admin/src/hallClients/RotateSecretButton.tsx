import KeyIcon from '@mui/icons-material/Key';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider';
import { type IssuedSecret, MAX_GRACE_MINUTES } from '../dataProvider/hallClients';
import { SecretDialog } from './SecretDialog';

/** The grace the dialog offers first: an hour for the hall to switch to the new secret. */
const DEFAULT_GRACE_MINUTES = 60;

/** A whole number of minutes from 0 to MAX_GRACE_MINUTES, or null. */
const graceOf = (text: string): number | null => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_GRACE_MINUTES ? n : null;
};

/**
 * An administrator's rotation of a client's secret, apart from the form: how long the current
 * secret keeps working (0: it stops at once), then the new secret shown once (SecretDialog).
 */
export function RotateSecretButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [grace, setGrace] = useState(String(DEFAULT_GRACE_MINUTES));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  if (!record) return null;
  const minutes = graceOf(grace);
  const close = () => {
    setOpen(false);
    setGrace(String(DEFAULT_GRACE_MINUTES));
    setError(null);
  };
  const rotate = async () => {
    if (minutes === null) return;
    setSaving(true);
    setError(null);
    try {
      const answer = await dataProvider.rotateHallClientSecret(String(record.id), minutes);
      close();
      setIssued(answer);
      notify('app.hall_clients.rotated', { type: 'success' });
      refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button size="small" startIcon={<KeyIcon />} onClick={() => setOpen(true)} data-testid="rotate-secret">
        {translate('app.hall_clients.rotate')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs">
        <DialogTitle>{translate('app.hall_clients.rotate_title', { name: record.name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <Alert severity="info">{translate('app.hall_clients.rotate_explain')}</Alert>
            <TextField
              type="number"
              name="graceMinutes"
              label={translate('app.hall_clients.grace_minutes')}
              value={grace}
              onChange={(e) => setGrace(e.target.value)}
              error={minutes === null}
              helperText={translate(
                minutes === null ? 'app.hall_clients.grace_invalid' : 'app.hall_clients.grace_hint',
                { max: MAX_GRACE_MINUTES },
              )}
              slotProps={{ htmlInput: { min: 0, max: MAX_GRACE_MINUTES, step: 1 } }}
              required
              autoFocus
            />
            {error && (
              <Alert severity="error" data-testid="rotate-secret-error">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            color="warning"
            disabled={minutes === null || saving}
            onClick={rotate}
            data-testid="confirm-rotate-secret"
          >
            {translate('app.hall_clients.rotate')}
          </Button>
        </DialogActions>
      </Dialog>
      <SecretDialog
        issued={issued}
        title={translate('app.hall_clients.secret_rotated_title', { name: issued?.client.name ?? '' })}
        onClose={() => setIssued(null)}
      />
    </>
  );
}
