import { Box, Typography } from '@mui/material';
import { useEffect } from 'react';
import {
  CreateButton,
  DataTable,
  FunctionField,
  List,
  TopToolbar,
  useCanAccess,
  useListContext,
  usePermissions,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { DueDate, ShanghaiTime } from '../common/DueDate';
import { EnumText, useEnumLabel } from '../common/EnumText';
import { ExportButtons } from '../common/ExportButtons';
import { IsoDateInput } from '../common/IsoDateInput';
import { StatusChip } from '../common/StatusChip';
import { applicationFilter } from '../dataProvider';
import { ApplicationFilterSidebar } from './ApplicationFilterSidebar';
import { BulkAssignButton } from './BulkAssignButton';
import { QuickFilters } from './QuickFilters';
import { RecordMatchMarker } from './RecordMatchMarker';
import { StatusTabs } from './StatusTabs';
import { useQueueKeys } from './useQueueKeys';

const filters = [<IsoDateInput key="from" source="submittedFrom" />, <IsoDateInput key="to" source="submittedTo" />];

function ListActions() {
  const { canAccess: canCreate } = useCanAccess({ resource: 'applications', action: 'create' });
  const { filterValues, sort } = useListContext();
  const sortField: Record<string, string> = {
    submittedAt: 'SUBMITTED_AT',
    dueAt: 'DUE_AT',
    updatedAt: 'UPDATED_AT',
    referenceNo: 'REFERENCE_NO',
    status: 'STATUS',
  };
  const query = () =>
    new URLSearchParams({
      filter: JSON.stringify(applicationFilter(filterValues)),
      sort: JSON.stringify({ field: sortField[sort.field] ?? 'SUBMITTED_AT', order: sort.order }),
    }).toString();
  return (
    <TopToolbar>
      {canCreate && <CreateButton label="app.intake.title" />}
      <ExportButtons fileName="applications" path={(format) => `/api/exports/applications.${format}?${query()}`} />
    </TopToolbar>
  );
}

/** Reloads the page of the queue every 30 s; filters, sort, page and selection stay as they are. */
function AutoRefresh() {
  const refresh = useRefresh();
  useEffect(() => {
    const timer = setInterval(refresh, 30_000);
    return () => clearInterval(timer);
  }, [refresh]);
  return null;
}

/** The columns a scope makes say nothing: one office for an officer (or a filter on one office), one category for exit-entry. */
function useScopeColumns() {
  const { filterValues } = useListContext();
  const { permissions: role } = usePermissions();
  const { canAccess: seesOffices } = useCanAccess({ resource: 'applications.officeFilter', action: 'list' });
  return {
    office: !!seesOffices && !filterValues.officeId,
    category: role !== 'EXIT_ENTRY_OFFICER' && !filterValues.subjectCategory,
  };
}

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

function QueueTable() {
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
      <Box ref={bodyRef} sx={{ minWidth: 0 }} data-testid="queue-table">
        <DataTable
          rowClick="show"
          sx={tableSx}
          bulkActionButtons={bulk ? <BulkAssignButton /> : false}
          rowSx={(record) =>
            record.id === focusedId ? { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 } : {}
          }
        >
          <DataTable.Col source="referenceNo" cellClassName="queue-nowrap" headerClassName="queue-nowrap" />
          <DataTable.Col label="resources.applications.fields.subject" source="subject.name" disableSort>
            <FunctionField
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
              <FunctionField render={(r) => breakable(label('SubjectCategory', r.subject.category))} />
            </DataTable.Col>
          )}
          <DataTable.Col source="purpose" disableSort>
            <FunctionField render={(r) => <EnumText enumName="Purpose" value={r.purpose} />} />
          </DataTable.Col>
          {columns.office ? (
            // Who holds the case, in one column: the office, and its officer under it.
            <DataTable.Col label="app.queue_ux.office_assignee" source="office" disableSort>
              <FunctionField
                render={(r) => (
                  <>
                    <div>{r.office.name}</div>
                    <Typography variant="caption" color="text.secondary">
                      {r.assignee?.displayName ?? '—'}
                    </Typography>
                  </>
                )}
              />
            </DataTable.Col>
          ) : (
            <DataTable.Col source="assignee" disableSort>
              <FunctionField render={(r) => r.assignee?.displayName ?? '—'} />
            </DataTable.Col>
          )}
          <DataTable.Col source="status" cellClassName="queue-nowrap" headerClassName="queue-nowrap">
            <StatusChip />
          </DataTable.Col>
          <DataTable.Col source="submittedAt" headerClassName="queue-nowrap">
            <FunctionField render={(r) => <ShanghaiTime value={r.submittedAt} />} />
          </DataTable.Col>
          <DataTable.Col source="dueAt" cellClassName="queue-nowrap" headerClassName="queue-nowrap">
            <DueDate />
          </DataTable.Col>
        </DataTable>
      </Box>
    </>
  );
}

/** The queue: status tabs with counts, quick filters, the filter sidebar, bulk assignment for supervisors. */
export function ApplicationList() {
  return (
    <List
      filters={filters}
      aside={<ApplicationFilterSidebar />}
      actions={<ListActions />}
      sort={{ field: 'submittedAt', order: 'DESC' }}
      perPage={25}
      storeKey="applications.queue"
      sx={{ '& .RaList-main': { minWidth: 0 } }}
    >
      <AutoRefresh />
      <QueueTable />
    </List>
  );
}
