import { Checkbox } from '@mui/material';
import { type MouseEvent, memo, useCallback } from 'react';
import {
  DataTableClasses,
  useDataTableCallbacksContext,
  useDataTableSelectedIdsContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';

/**
 * react-admin 5.15's row checkbox of a DataTable, with its name on the input (react-admin puts it
 * on the wrapping span, where WCAG checks find an unlabelled checkbox and a prohibited aria-label).
 * It stands in for react-admin's own through the console's build (vite.config.mts).
 */
export const SelectRowCheckbox = memo(() => {
  const { handleToggleItem, isRowSelectable } = useDataTableCallbacksContext();
  const selectedIds = useDataTableSelectedIdsContext();
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record) throw new Error('SelectRowCheckbox can only be used within a RecordContext');
  const selectable = !isRowSelectable || isRowSelectable(record);
  const onClick = useCallback(
    (event: MouseEvent<HTMLButtonElement>) => {
      if (!selectable || !handleToggleItem) return;
      handleToggleItem(record.id, event);
      event.stopPropagation();
    },
    [record.id, handleToggleItem, selectable],
  );
  return (
    <Checkbox
      slotProps={{ input: { 'aria-label': translate('ra.action.select_row', { _: 'Select this row' }) } }}
      color="primary"
      className={`select-item ${DataTableClasses.checkbox}`}
      checked={selectable && !!selectedIds?.includes(record.id)}
      onClick={onClick}
      disabled={!selectable}
    />
  );
});
