import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useDataProvider, useGetList, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';

/** Supervisors: give the selected cases to one officer. */
export function BulkAssignButton() {
  const { selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  const [officerId, setOfficerId] = useState('');
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('applications');
  const { data: officers } = useGetList(
    'officers',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'username', order: 'ASC' } },
    { enabled: open },
  );
  const submit = async () => {
    try {
      const changed = await dataProvider.assignMany(selectedIds.map(String), officerId);
      notify('app.queue.assigned', { type: 'success', messageArgs: { count: changed.length } });
      unselectAll();
      setOpen(false);
      refresh();
    } catch (error: any) {
      notify(error.message, { type: 'error' });
    }
  };
  return (
    <>
      <Button label="app.queue.bulk_assign" onClick={() => setOpen(true)}>
        <AssignmentIndIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate('app.queue.bulk_assign')}</DialogTitle>
        <DialogContent>
          <TextField
            select
            fullWidth
            sx={{ mt: 1, minWidth: 320 }}
            label={translate('app.queue.assign_to')}
            value={officerId}
            onChange={(e) => setOfficerId(e.target.value)}
          >
            {(officers ?? [])
              .filter((o) => o.active && o.role !== 'ADMIN')
              .map((o) => (
                <MenuItem key={o.id} value={o.id}>
                  {o.displayName} · {o.office.name}
                </MenuItem>
              ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" variant="contained" disabled={!officerId} onClick={submit} />
        </DialogActions>
      </Dialog>
    </>
  );
}
