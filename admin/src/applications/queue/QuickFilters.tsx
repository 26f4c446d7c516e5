import { Chip, Stack } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { QUICK_FILTERS, quickFilterActive, toggleQuickFilter } from './quickFilterState';

/** One-click filters an officer uses all day; a second click takes the filter off again. */
export function QuickFilters() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: 'wrap', rowGap: 1 }}>
      {QUICK_FILTERS.map(({ key, filter }) => {
        const active = quickFilterActive(filterValues, filter);
        return (
          <Chip
            key={key}
            data-testid={`quick-${key}`}
            data-active={active}
            label={translate(`app.queue.${key}`)}
            color={active ? 'primary' : 'default'}
            variant={active ? 'filled' : 'outlined'}
            onClick={(e) => {
              // Focus back to the page: Enter then opens the highlighted case (the queue takes it either way).
              if (e.detail > 0) e.currentTarget.blur();
              setFilters(toggleQuickFilter(filterValues, filter), displayedFilters);
            }}
          />
        );
      })}
    </Stack>
  );
}
