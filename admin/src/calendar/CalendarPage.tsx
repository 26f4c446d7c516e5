import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { Box, Card, CardContent, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useConsoleDataProvider } from '../dataProvider';
import { errorMessage } from '../dataProvider/graphql';
import { CalendarDayDialog } from './CalendarDayDialog';
import { UndoButton } from './UndoButton';

const pad = (n: number) => String(n).padStart(2, '0');

type Day = { date: string; workday: boolean; note: string | null };

/**
 * A month of the working-day calendar; a click switches a day between working day and holiday,
 * after a confirmation that says how many cases' due dates move, and can be undone from the toast.
 */
export function CalendarPage() {
  const now = new Date(Date.now() + 8 * 3600_000); // the month as it is in Shanghai
  const [month, setMonth] = useState({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 });
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const days = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  const from = `${month.year}-${pad(month.month)}-01`;
  const to = `${month.year}-${pad(month.month)}-${pad(days)}`;
  const { data } = useQuery({ queryKey: ['calendar', from], queryFn: () => dataProvider.calendar(from, to) });
  const firstWeekday = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday first
  const move = (delta: number) =>
    setMonth(({ year, month: m }) => {
      const d = new Date(Date.UTC(year, m - 1 + delta, 1));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    });
  const kind = (workday: boolean) => translate(workday ? 'app.calendar.workday' : 'app.calendar.holiday');
  // A click asks first, with the number of cases whose due dates the switch moves; the toast after it offers 撤销.
  const [pending, setPending] = useState<{ day: Day; count: number | null } | null>(null);
  const [saving, setSaving] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['calendar'] });
  const ask = async (day: Day) => {
    setPending({ day, count: null });
    try {
      const count = await dataProvider.calendarDayImpact(day.date, !day.workday);
      setPending((p) => (p?.day.date === day.date ? { day, count } : p));
    } catch (error) {
      setPending(null);
      notify(errorMessage(error), { type: 'error' });
    }
  };
  const undo = async (day: Day) => {
    try {
      const restored = await dataProvider.setCalendarDay(day.date, day.workday, day.note);
      notify('app.admin_ux.calendar_undone', {
        type: 'info',
        messageArgs: { date: restored.date, kind: kind(restored.workday) },
      });
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
    refresh();
  };
  const apply = async () => {
    if (!pending || pending.count === null) return;
    const { day, count } = pending;
    setSaving(true);
    try {
      const saved = await dataProvider.setCalendarDay(day.date, !day.workday, day.note);
      setPending(null);
      notify('app.admin_ux.calendar_saved', {
        type: 'success',
        autoHideDuration: 10_000,
        messageArgs: { date: saved.date, kind: kind(saved.workday), smart_count: count },
        action: <UndoButton onUndo={() => undo(day)} />,
      });
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setSaving(false);
    }
    refresh();
  };
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.calendar.title" />
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }} spacing={1}>
          <IconButton aria-label={translate('app.case.previous')} onClick={() => move(-1)}>
            <NavigateBeforeIcon />
          </IconButton>
          <Typography variant="h6" data-testid="calendar-month">
            {month.year}-{pad(month.month)}
          </Typography>
          <IconButton aria-label={translate('app.case.next')} data-testid="next-month" onClick={() => move(1)}>
            <NavigateNextIcon />
          </IconButton>
          <Typography variant="body2" color="text.secondary">
            {translate('app.calendar.toggle')}
          </Typography>
        </Stack>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 1, maxWidth: 760 }}>
          {weekdays.map((w) => (
            <Typography key={w} variant="caption" align="center" color="text.secondary">
              {w}
            </Typography>
          ))}
          {Array.from({ length: firstWeekday }, (_, i) => (
            <Box key={`blank-${i}`} />
          ))}
          {(data ?? []).map((day: Day) => (
            <Tooltip key={day.date} title={day.note ?? ''}>
              <Paper
                onClick={() => ask(day)}
                data-date={day.date}
                data-workday={day.workday}
                sx={{
                  p: 1,
                  minHeight: 64,
                  cursor: 'pointer',
                  bgcolor: day.workday ? 'background.paper' : 'error.50',
                  border: 1,
                  borderColor: day.workday ? 'divider' : 'error.light',
                }}
              >
                <Typography sx={{ fontWeight: 700 }} color={day.workday ? 'text.primary' : 'error.main'}>
                  {Number(day.date.slice(8))}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {day.note ?? translate(day.workday ? 'app.calendar.workday' : 'app.calendar.holiday')}
                </Typography>
              </Paper>
            </Tooltip>
          ))}
        </Box>
        <CalendarDayDialog
          change={pending && { date: pending.day.date, workday: !pending.day.workday, count: pending.count }}
          saving={saving}
          onConfirm={apply}
          onCancel={() => setPending(null)}
        />
      </CardContent>
    </Card>
  );
}
