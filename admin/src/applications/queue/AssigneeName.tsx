import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApplicationRow } from '../../dataProvider';

/** Who holds a queue's case: the officer's name, marked when that officer is no longer active; — for nobody. */
export function AssigneeName({ row }: { row: ApplicationRow }) {
  const translate = useTranslate();
  if (!row.assignee) return <>—</>;
  return (
    <>
      {row.assignee.displayName}
      {!row.assignee.active && (
        <Box component="span" sx={{ color: 'error.main', fontWeight: 500 }} data-testid="inactive-holder">
          {translate('app.admin_ux.inactive_holder')}
        </Box>
      )}
    </>
  );
}
