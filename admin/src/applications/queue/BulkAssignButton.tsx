import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RemoveCircleIcon from '@mui/icons-material/RemoveCircle';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useGetIdentity,
  useGetList,
  useGetMany,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { type ApplicationRow, type ConsoleDataProvider, useConsoleDataProvider } from '../../dataProvider';
import { errorMessage } from '../../dataProvider/graphql';
import type { OfficerFieldsFragment } from '../../generated/graphql';

type Results = Awaited<ReturnType<ConsoleDataProvider['assignEach']>>;

/**
 * Supervisors: give the selected cases to one officer. Only officers who may work every selected
 * case are offered: active, not an administrator, not the supervisor himself, and of the office
 * of every selected case (officers see their own office only). Each case is assigned on its own,
 * and the result dialog says per case whether it was assigned and, if not, why.
 */
export function BulkAssignButton() {
  // The list's own selection (its store key is the queue's, not the resource's).
  const { selectedIds, onUnselectItems } = useListContext();
  const [open, setOpen] = useState(false);
  const [officerId, setOfficerId] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [busy, setBusy] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useConsoleDataProvider();
  const { identity } = useGetIdentity();
  const ids = selectedIds.map(String);
  const { data: cases, isPending: casesPending } = useGetMany<ApplicationRow>(
    'applications',
    { ids },
    { enabled: open },
  );
  const officeIds = [...new Set((cases ?? []).map((c) => String(c.office?.id)))];
  const officeId = officeIds.length === 1 ? officeIds[0] : null;
  const { data: officers, isPending: officersPending } = useGetList<OfficerFieldsFragment>(
    'officers',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'username', order: 'ASC' }, filter: { officeId } },
    { enabled: open && officeId != null },
  );
  const candidates = (officers ?? []).filter(
    (o) =>
      o.active &&
      o.role !== 'ADMIN' &&
      o.role !== 'SUPERVISOR' &&
      String(o.id) !== String(identity?.id) &&
      String(o.office?.id) === officeId,
  );
  const closeResults = () => {
    setResults(null);
    onUnselectItems();
  };
  const close = () => {
    setOpen(false);
    setOfficerId('');
  };
  const submit = async () => {
    setBusy(true);
    try {
      const answer = await dataProvider.assignEach(ids, officerId);
      const assigned = answer.filter((r) => r.assigned).length;
      notify('app.assign_ux.summary', {
        type: assigned === answer.length ? 'success' : 'warning',
        messageArgs: { assigned, failed: answer.length - assigned },
      });
      // The selection stays until the results are read: the button (and its dialogs) live in the toolbar it shows.
      setResults(answer);
      close();
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const mixed = open && !casesPending && officeIds.length > 1;
  return (
    <>
      <Button label="app.queue.bulk_assign" onClick={() => setOpen(true)}>
        <AssignmentIndIcon />
      </Button>
      <Dialog open={open} onClose={close}>
        <DialogTitle>{translate('app.queue.bulk_assign')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" data-testid="assign-selected-count">
            {translate('app.assign_ux.selected', { smart_count: ids.length })}
          </Typography>
          {mixed ? (
            <Alert severity="info" sx={{ mt: 1, maxWidth: 400 }}>
              {translate('app.assign_ux.mixed_offices')}
            </Alert>
          ) : (
            <TextField
              select
              fullWidth
              sx={{ mt: 1, minWidth: 320 }}
              label={translate('app.queue.assign_to')}
              value={officerId}
              onChange={(e) => setOfficerId(e.target.value)}
              helperText={
                officeId && !officersPending && !candidates.length ? translate('app.assign_ux.no_officers') : ' '
              }
            >
              {candidates.map((o) => (
                <MenuItem key={o.id} value={String(o.id)}>
                  {o.displayName} · {o.office.name}
                </MenuItem>
              ))}
            </TextField>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button
            label="ra.action.confirm"
            variant="contained"
            disabled={!officerId || mixed || busy}
            onClick={submit}
          />
        </DialogActions>
      </Dialog>
      <Dialog open={results != null} onClose={closeResults}>
        <DialogTitle>{translate('app.assign_ux.result_title')}</DialogTitle>
        <DialogContent>
          <List dense data-testid="assign-results">
            {(results ?? []).map((r) => (
              <ListItem key={r.id} data-testid="assign-result" data-assigned={r.assigned}>
                <ListItemIcon>
                  {r.assigned ? <CheckCircleIcon color="success" /> : <RemoveCircleIcon color="warning" />}
                </ListItemIcon>
                <ListItemText
                  primary={`${r.referenceNo ?? `#${r.id}`} · ${translate(r.assigned ? 'app.assign_ux.assigned' : 'app.assign_ux.not_assigned')}`}
                  secondary={
                    r.assigned ? null : translate(`app.assign_ux.reason.${r.reasonCode}`, { _: r.reason ?? '' })
                  }
                />
              </ListItem>
            ))}
          </List>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={closeResults} />
        </DialogActions>
      </Dialog>
    </>
  );
}
