import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { IconButton, InputAdornment, TextField, type TextFieldProps } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';

// A browser's own date field writes the date as its locale does (11/27/2026 in an English
// Chromium): the console writes YYYY-MM-DD in every language. This field is text in that form,
// with the browser's calendar one click away (a hidden native field opened by showPicker()).

const PATTERN = { date: /^\d{4}-\d{2}-\d{2}$/, 'datetime-local': /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/ };
const PLACEHOLDER = { date: 'YYYY-MM-DD', 'datetime-local': 'YYYY-MM-DD HH:mm' };

/** Whether a text is a real date (and time) in the field's form, e.g. not 2026-02-30. */
function valid(kind: 'date' | 'datetime-local', text: string): boolean {
  if (!PATTERN[kind].test(text)) return false;
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  const [hh, mm] = kind === 'date' ? [0, 0] : text.slice(11).split(':').map(Number);
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d && hh < 24 && mm < 60;
}

/** The value as the field writes it: a space, not the T of the native field, between date and time. */
const shown = (iso: string) => iso.replace('T', ' ');

type Props = Omit<TextFieldProps, 'value' | 'onChange' | 'type'> & {
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:mm for a date and time (as the native fields give it). */
  value: string;
  onChange: (value: string) => void;
  kind?: 'date' | 'datetime-local';
};

/** A date (or date and time) field that reads and writes YYYY-MM-DD (HH:mm) whatever the browser's language. */
export function IsoDateField({ value, onChange, kind = 'date', error, helperText, name, ...props }: Props) {
  const translate = useTranslate();
  const [text, setText] = useState(shown(value));
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => setText(shown(value)), [value]);
  const wrong = text !== '' && !valid(kind, text);
  const type = (typed: string) => {
    setText(typed);
    if (typed === '' || valid(kind, typed)) onChange(typed.replace(' ', 'T'));
  };
  return (
    <TextField
      {...props}
      value={text}
      onChange={(e) => type(e.target.value.trim())}
      placeholder={PLACEHOLDER[kind]}
      error={error || wrong}
      helperText={wrong ? translate('app.dates.format', { format: PLACEHOLDER[kind] }) : helperText}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { name, inputMode: 'numeric', maxLength: PLACEHOLDER[kind].length },
        input: {
          endAdornment: (
            <InputAdornment position="end" sx={{ position: 'relative' }}>
              <IconButton
                size="small"
                edge="end"
                aria-label={translate('app.dates.pick')}
                onClick={() => picker.current?.showPicker?.()}
              >
                <CalendarMonthIcon fontSize="small" />
              </IconButton>
              <input
                ref={picker}
                type={kind}
                tabIndex={-1}
                aria-hidden
                value={value}
                onChange={(e) => e.target.value && type(shown(e.target.value))}
                style={{
                  position: 'absolute',
                  right: 0,
                  bottom: 0,
                  width: 0,
                  height: 0,
                  opacity: 0,
                  border: 0,
                  padding: 0,
                }}
              />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
