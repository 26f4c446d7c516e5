import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  InputAdornment,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { IssuedSecret } from '../dataProvider/hallClients';

/** A read-only field of the dialog, its text selected on focus, with a button that copies it. */
function CopyField({ label, value, name }: { label: string; value: string; name: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      notify('app.hall_clients.copied', { type: 'info' });
    } catch {
      // No clipboard here (an insecure origin, or refused): the text is selected to copy by hand.
      (document.querySelector(`[data-testid=${name}] input`) as HTMLInputElement | null)?.select();
      notify('app.hall_clients.copy_failed', { type: 'warning' });
    }
  };
  return (
    <TextField
      label={label}
      value={value}
      fullWidth
      data-testid={name}
      onFocus={(e) => e.target.select()}
      slotProps={{
        htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace' } },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                edge="end"
                onClick={copy}
                aria-label={translate('app.hall_clients.copy')}
                data-testid={`copy-${name}`}
              >
                <ContentCopyIcon fontSize="small" />
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

/**
 * A client's secret, shown this once (after the client is registered, or its secret rotated): the
 * server keeps only its hash, so the console cannot show it again. The dialog closes only by its
 * button, not by a stray click or Escape; the secret is then forgotten.
 */
export function SecretDialog({
  issued,
  title,
  onClose,
}: {
  issued: IssuedSecret | null;
  title: string;
  onClose: () => void;
}) {
  const translate = useTranslate();
  return (
    <Dialog open={!!issued} fullWidth maxWidth="sm" disableEscapeKeyDown data-testid="secret-dialog">
      <DialogTitle>{title}</DialogTitle>
      {issued && (
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <Alert severity="warning" data-testid="secret-warning">
              {translate('app.hall_clients.secret_warning')}
            </Alert>
            <CopyField
              label={translate('resources.hallClients.fields.clientId')}
              value={issued.client.clientId}
              name="issued-client-id"
            />
            <CopyField label={translate('app.hall_clients.secret')} value={issued.clientSecret} name="issued-secret" />
            <Typography variant="body2" color="text.secondary" data-testid="copy-hint">
              {translate('app.hall_clients.copy_hint')}
            </Typography>
          </Stack>
        </DialogContent>
      )}
      <DialogActions>
        <Button variant="contained" onClick={onClose} data-testid="secret-done">
          {translate('app.hall_clients.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
