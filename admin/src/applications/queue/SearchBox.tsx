import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useListContext, useRedirect, useTranslate } from 'react-admin';

/** How long typing pauses before the list filters on what is typed. */
const PAUSE_MS = 500;

/**
 * The queue's search: it filters as one types (a reference or its tail, an identity number, a
 * name, a name with the phone's last four digits); Enter filters at once and, once the list has
 * read the rows for what is typed, opens the case when exactly one is found. The pause is this
 * box's own, so that Enter cancels it: a filter applied after the case has been opened would take
 * the officer back to the list (the case page is a chunk, and the list stays while it loads).
 */
export function SearchBox() {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters, data, total, isFetching } = useListContext();
  const redirect = useRedirect();
  const applied = String(filterValues.q ?? '');
  const [text, setText] = useState(applied);
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The search Enter was pressed on, until the list has answered it.
  const [opening, setOpening] = useState<string>();
  // A search set elsewhere (清除全部, a saved query) shows here.
  useEffect(() => {
    if (!pause.current) setText(applied);
  }, [applied]);
  useEffect(() => () => clearTimeout(pause.current), []);
  useEffect(() => {
    if (opening === undefined || isFetching || applied.trim() !== opening) return;
    setOpening(undefined);
    if (total === 1 && data?.[0]) redirect('show', 'applications', data[0].id);
  }, [opening, isFetching, applied, total, data, redirect]);
  const apply = (value: string) => {
    clearTimeout(pause.current);
    pause.current = undefined;
    const { q: _previous, ...others } = filterValues;
    setFilters(value.trim() ? { ...others, q: value.trim() } : others, displayedFilters);
  };
  const change = (value: string) => {
    setText(value);
    clearTimeout(pause.current);
    pause.current = setTimeout(() => apply(value), PAUSE_MS);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const q = text.trim();
    if (e.key !== 'Enter' || !q) return;
    apply(q);
    setOpening(q);
  };
  return (
    <TextField
      name="q"
      size="small"
      label={translate('ra.action.search')}
      placeholder={translate('app.queue.search')}
      value={text}
      onChange={(e) => change(e.target.value)}
      onKeyDown={onKeyDown}
      sx={{ mt: 1, mb: 1 }}
      slotProps={{
        input: {
          endAdornment: (
            <InputAdornment position="end">
              {text ? (
                <IconButton
                  size="small"
                  aria-label={translate('ra.action.clear_input_value')}
                  onClick={() => {
                    setText('');
                    apply('');
                  }}
                >
                  <ClearIcon fontSize="small" />
                </IconButton>
              ) : (
                <SearchIcon color="disabled" />
              )}
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
