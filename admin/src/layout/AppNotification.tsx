import { Snackbar } from '@mui/material';
import { useEffect, useState } from 'react';
import { CloseNotificationContext, type NotificationPayload, useNotificationContext, useTranslate } from 'react-admin';

/** A toast's colours by its type, each with text readable on it (WCAG AA: 4.5:1 or more). */
const COLORS = {
  info: {},
  success: { bgcolor: 'success.dark', color: 'common.white' },
  error: { bgcolor: 'error.dark', color: 'common.white' },
  warning: { bgcolor: 'warning.main', color: 'common.black' },
} as const;

/**
 * react-admin's toast, made to give way: the newest message replaces the one shown at once, so a
 * toast always speaks of the step just done (react-admin queues it behind the one shown, for 4 s).
 * No message of the console is undoable (its edits are pessimistic; the calendar's undo is a
 * button of its own), the one thing react-admin's toast does that this one does not.
 */
export function AppNotification() {
  const { notifications, resetNotifications } = useNotificationContext();
  const translate = useTranslate();
  const [shown, setShown] = useState<{ key: number; payload: NotificationPayload } | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const newest = notifications.at(-1);
    if (!newest) return;
    resetNotifications();
    setShown((before) => ({ key: (before?.key ?? 0) + 1, payload: newest }));
    setOpen(true);
  }, [notifications, resetNotifications]);
  if (!shown) return null;
  const { message, type, notificationOptions = {} } = shown.payload;
  const { autoHideDuration, messageArgs, multiLine: _multiLine, undoable: _undoable, ...options } = notificationOptions;
  const close = () => setOpen(false);
  return (
    <CloseNotificationContext.Provider value={close}>
      <Snackbar
        key={shown.key}
        open={open}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        autoHideDuration={autoHideDuration === undefined ? 4000 : (autoHideDuration ?? undefined)}
        message={typeof message === 'string' ? translate(message, messageArgs) : message}
        data-type={type}
        slotProps={{
          content: {
            sx: COLORS[type],
          },
        }}
        {...options}
      />
    </CloseNotificationContext.Provider>
  );
}
