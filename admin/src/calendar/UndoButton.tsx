import { Button } from '@mui/material';
import { useCloseNotification, useTranslate } from 'react-admin';

/** The 撤销 of a toast: closes it and runs `onUndo`. Rendered inside the notification (its `action`). */
export function UndoButton({ onUndo }: { onUndo: () => void }) {
  const close = useCloseNotification();
  const translate = useTranslate();
  return (
    <Button
      color="inherit"
      size="small"
      data-testid="undo-calendar-day"
      onClick={() => {
        close();
        onUndo();
      }}
    >
      {translate('app.admin_ux.undo')}
    </Button>
  );
}
