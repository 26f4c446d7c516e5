import { Chip, Stack } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

const QUICK: { key: string; filter: Record<string, unknown> }[] = [
  { key: 'mine', filter: { mine: true } },
  { key: 'unassigned', filter: { unassigned: true } },
  { key: 'overdue', filter: { slaState: 'OVERDUE' } },
  { key: 'due_soon', filter: { slaState: 'DUE_SOON' } },
  { key: 'documents_waiting', filter: { documentsPending: true } },
];

/** One-click filters an officer uses all day; a second click takes the filter off again. */
export function QuickFilters() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: 'wrap' }}>
      {QUICK.map(({ key, filter }) => {
        const [name, value] = Object.entries(filter)[0];
        const active = filterValues[name] === value;
        return (
          <Chip
            key={key}
            data-testid={`quick-${key}`}
            label={translate(`app.queue.${key}`)}
            color={active ? 'primary' : 'default'}
            variant={active ? 'filled' : 'outlined'}
            onClick={(e) => {
              // Focus back to the page: Enter then opens the highlighted case (the queue takes it either way).
              if (e.detail > 0) e.currentTarget.blur();
              const { [name]: _old, ...rest } = filterValues;
              setFilters(active ? rest : { ...rest, [name]: value }, displayedFilters);
            }}
          />
        );
      })}
    </Stack>
  );
}
