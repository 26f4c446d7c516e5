import { Box, Typography } from '@mui/material';
import { DataTable, FunctionField, useCanAccess, useTranslate } from 'react-admin';
import { DueDate, ShanghaiTime } from '../../common/DueDate';
import { EnumText, useEnumLabel } from '../../common/EnumText';
import { StatusChip } from '../../common/StatusChip';
import type { ApplicationRow } from '../../dataProvider';
import { ActiveFilters } from './ActiveFilters';
import { AssigneeName } from './AssigneeName';
import { BulkAssignButton } from './BulkAssignButton';
import { QuickFilters } from './QuickFilters';
import { RecordMatchMarker } from './RecordMatchMarker';
import { StatusTabs } from './StatusTabs';
import { useQueueKeys } from './useQueueKeys';
import { useScopeColumns } from './useScopeColumns';

// Compact cells, so that the queue fits 1366 px with the menu and the filter sidebar open: the
// reference number, the times and the status stay on one line and the deadline stays in view.
const tableSx = {
  '& .MuiTableCell-root': { px: 0.75 },
  '& .MuiTableCell-root:first-of-type': { pl: 1.5 },
  '& .queue-nowrap': { whiteSpace: 'nowrap' },
  // A long status ("Awaiting supplement") takes two lines rather than the deadline's room.
  '& tbody .MuiChip-root': { height: 'auto', minHeight: 24, maxWidth: 112 },
  '& tbody .MuiChip-label': { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.25, py: '2px' },
  // j / k keep the highlighted row clear of the app bar and the page's bottom edge.
  '& tbody tr': { scrollMarginTop: '64px', scrollMarginBottom: '16px' },
} as const;

/** A label that may break after a slash ("HK/Macao/Taiwan resident"), so that it does not widen its column. */
const breakable = (text: string) => text.replace(/\//g, '/\u200b');

/** The queue's rows under its status tabs and quick filters: j / k / Enter move and open, supervisors assign in bulk. */
export function QueueTable() {
  const { focusedId, bodyRef } = useQueueKeys();
  const label = useEnumLabel();
  const { canAccess: bulk } = useCanAccess({ resource: 'applications.bulkAssign', action: 'list' });
  const columns = useScopeColumns();
  const translate = useTranslate();
  return (
    <>
      <StatusTabs />
      <Box sx={{ px: 2, display: 'flex', alignItems: 'center', columnGap: 2, flexWrap: 'wrap' }}>
        <QuickFilters />
        <Typography variant="caption" color="text.secondary">
          {translate('app.queue.keys')} · {translate('app.queue.refreshed')}
        </Typography>
      </Box>
      <ActiveFilters />
      <Box ref={bodyRef} sx={{ minWidth: 0 }} data-testid="queue-table">
        <DataTable<ApplicationRow>
          rowClick="show"
          sx={tableSx}
          bulkActionButtons={bulk ? <BulkAssignButton /> : false}
          rowSx={(record) =>
            record.id === focusedId ? { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 } : {}
          }
        >
          <DataTable.Col source="referenceNo" cellClassName="queue-nowrap" headerClassName="queue-nowrap" />
          <DataTable.Col label="resources.applications.fields.subject" source="subject.name" disableSort>
            <FunctionField<ApplicationRow>
              render={(r) => (
                <Box sx={{ minWidth: 120 }}>
                  <div>
                    {r.subject.name}
                    <RecordMatchMarker />
                  </div>
                  {r.unit && (
                    <Typography variant="caption" component="div" sx={{ lineHeight: 1.3 }}>
                      {r.unit.name}
                    </Typography>
                  )}
                  <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                    {r.subject.idNumberMasked}
                  </Typography>
                </Box>
              )}
            />
          </DataTable.Col>
          {columns.category && (
            <DataTable.Col label="resources.applications.fields.subject.category" source="subject.category" disableSort>
              <FunctionField<ApplicationRow> render={(r) => breakable(label('SubjectCategory', r.subject.category))} />
            </DataTable.Col>
          )}
          <DataTable.Col source="purpose" disableSort>
            <FunctionField<ApplicationRow> render={(r) => <EnumText enumName="Purpose" value={r.purpose} />} />
          </DataTable.Col>
          {columns.office ? (
            // Who holds the case, in one column: the office, and its officer under it.
            <DataTable.Col label="app.queue_ux.office_assignee" source="office" disableSort>
              <FunctionField<ApplicationRow>
                render={(r) => (
                  <>
                    <div>{r.office.name}</div>
                    <Typography variant="caption" color="text.secondary">
                      <AssigneeName row={r} />
                    </Typography>
                  </>
                )}
              />
            </DataTable.Col>
          ) : (
            <DataTable.Col source="assignee" disableSort>
              <FunctionField<ApplicationRow> render={(r) => <AssigneeName row={r} />} />
            </DataTable.Col>
          )}
          <DataTable.Col source="status" cellClassName="queue-nowrap" headerClassName="queue-nowrap">
            <StatusChip />
          </DataTable.Col>
          <DataTable.Col source="submittedAt" headerClassName="queue-nowrap">
            <FunctionField<ApplicationRow>
              render={(r) => (
                <>
                  <ShanghaiTime value={r.submittedAt} />
                  {/* Under the time rather than a column of its own: the queue must fit 1366 px. */}
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    component="div"
                    sx={{ whiteSpace: 'nowrap' }}
                    data-testid="waited"
                  >
                    {translate('app.queue_ux.waited_days', { smart_count: r.workingDaysWaited })}
                  </Typography>
                </>
              )}
            />
          </DataTable.Col>
          <DataTable.Col source="dueAt" cellClassName="queue-nowrap" headerClassName="queue-nowrap">
            <DueDate />
          </DataTable.Col>
        </DataTable>
      </Box>
    </>
  );
}
