import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface CalendarDayChange {
  date: string;
  /** What the day becomes. */
  workday: boolean;
  /** How many cases' due dates the change moves; null while the server counts. */
  count: number | null;
}

/** Asks before a day is switched, saying how many cases' due dates the switch moves. */
export function CalendarDayDialog({
  change,
  saving,
  onConfirm,
  onCancel,
}: {
  change: CalendarDayChange | null;
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const translate = useTranslate();
  const kind = (workday: boolean) => translate(workday ? 'app.calendar.workday' : 'app.calendar.holiday');
  return (
    <Dialog open={change !== null} onClose={onCancel} fullWidth maxWidth="xs">
      {change && (
        <>
          <DialogTitle>
            {translate('app.admin_ux.calendar_confirm_title', { date: change.date, kind: kind(change.workday) })}
          </DialogTitle>
          <DialogContent>
            {change.count === null ? (
              <CircularProgress size={20} aria-label={translate('app.admin_ux.calendar_counting')} />
            ) : (
              <Alert
                severity={change.count > 0 ? 'warning' : 'info'}
                data-testid="calendar-impact"
                data-count={change.count}
              >
                {change.count > 0
                  ? translate('app.admin_ux.calendar_impact', { smart_count: change.count })
                  : translate('app.admin_ux.calendar_no_impact')}
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
            <Button
              variant="contained"
              disabled={change.count === null || saving}
              onClick={onConfirm}
              data-testid="confirm-calendar-day"
            >
              {translate('ra.action.confirm')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
