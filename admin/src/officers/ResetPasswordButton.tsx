import LockResetIcon from '@mui/icons-material/LockReset';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useConsoleDataProvider } from '../dataProvider';
import type { OfficerFieldsFragment } from '../generated/graphql';

/** The server's password rule (server/officers/password-policy.ts): at least this long, and not a common one. */
const MIN_PASSWORD_LENGTH = 12;

/** The server's refusal in the console's words: the rule's two reasons by their text, anything else as it came. */
function refusal(message: string, translate: (key: string, options?: object) => string): string {
  if (/at least \d+ characters/.test(message))
    return translate('app.admin_ux.password_too_short', { min: MIN_PASSWORD_LENGTH });
  if (/too common/.test(message)) return translate('app.admin_ux.password_too_common');
  return message;
}

/**
 * An administrator's reset of an officer's password, apart from the general edit form: the new
 * password twice, checked against the password rule, with the warning that every session of the
 * officer ends.
 */
export function ResetPasswordButton() {
  const record = useRecordContext<OfficerFieldsFragment>();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState({ password: false, repeat: false });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!record) return null;
  const tooShort = password.length < MIN_PASSWORD_LENGTH;
  const mismatch = repeat !== password;
  const close = () => {
    setOpen(false);
    setPassword('');
    setRepeat('');
    setTouched({ password: false, repeat: false });
    setError(null);
  };
  const reset = async () => {
    setSaving(true);
    setError(null);
    try {
      await dataProvider.resetOfficerPassword(String(record.id), password);
      close();
      notify('app.admin_ux.password_reset_done', { type: 'success' });
    } catch (e) {
      setError(refusal(e instanceof Error ? e.message : '', translate));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button size="small" startIcon={<LockResetIcon />} onClick={() => setOpen(true)} data-testid="reset-password">
        {translate('app.admin_ux.reset_password')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs">
        <DialogTitle>
          {translate('app.admin_ux.reset_password_of', { name: record.displayName, username: record.username })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <Alert severity="warning" data-testid="reset-password-warning">
              {translate('app.admin_ux.reset_password_warning')}
            </Alert>
            <TextField
              type="password"
              name="newPassword"
              autoComplete="new-password"
              label={translate('app.admin_ux.new_password')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              onBlur={() => setTouched((t) => ({ ...t, password: true }))}
              error={touched.password && tooShort}
              helperText={
                touched.password && tooShort
                  ? translate('app.admin_ux.password_too_short', { min: MIN_PASSWORD_LENGTH })
                  : translate('app.admin_ux.password_rule', { min: MIN_PASSWORD_LENGTH })
              }
              required
              autoFocus
            />
            <TextField
              type="password"
              name="repeatPassword"
              autoComplete="new-password"
              label={translate('app.admin_ux.repeat_password')}
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              onBlur={() => setTouched((t) => ({ ...t, repeat: true }))}
              error={touched.repeat && mismatch}
              helperText={touched.repeat && mismatch ? translate('app.admin_ux.password_mismatch') : ' '}
              required
            />
            {error && (
              <Alert severity="error" data-testid="reset-password-error">
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
            disabled={tooShort || mismatch || saving}
            onClick={reset}
            data-testid="confirm-reset-password"
          >
            {translate('app.admin_ux.reset_password')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
