import { Box, Typography } from '@mui/material';
import { useEffect } from 'react';
import {
  CreateButton,
  DataTable,
  DateInput,
  FunctionField,
  List,
  TopToolbar,
  useCanAccess,
  useListContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { DueDate, ShanghaiTime } from '../common/DueDate';
import { ExportButtons } from '../common/ExportButtons';
import { applicationFilter } from '../dataProvider';
import { EnumText } from '../common/EnumText';
import { StatusChip } from '../common/StatusChip';
import { ApplicationFilterSidebar } from './ApplicationFilterSidebar';
import { BulkAssignButton } from './BulkAssignButton';
import { QuickFilters } from './QuickFilters';
import { StatusTabs } from './StatusTabs';
import { useQueueKeys } from './useQueueKeys';

const filters = [<DateInput key="from" source="submittedFrom" />, <DateInput key="to" source="submittedTo" />];

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

function QueueTable() {
  const focusedId = useQueueKeys();
  const { canAccess: bulk } = useCanAccess({ resource: 'applications.bulkAssign', action: 'list' });
  const translate = useTranslate();
  return (
    <>
      <StatusTabs />
      <Box sx={{ px: 2, display: 'flex', alignItems: 'center', gap: 2 }}>
        <QuickFilters />
        <Typography variant="caption" color="text.secondary">
          {translate('app.queue.keys')} · {translate('app.queue.refreshed')}
        </Typography>
      </Box>
      <DataTable
        rowClick="show"
        bulkActionButtons={bulk ? <BulkAssignButton /> : false}
        rowSx={(record) => (record.id === focusedId ? { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 } : {})}
      >
        <DataTable.Col source="referenceNo" />
        <DataTable.Col label="resources.applications.fields.subject" source="subject.name" disableSort>
          <FunctionField
            render={(r) => (
              <Box>
                <div>{r.unit ? `${r.subject.name}（${r.unit.name}）` : r.subject.name}</div>
                <Typography variant="caption" color="text.secondary">
                  {r.subject.idNumberMasked}
                </Typography>
              </Box>
            )}
          />
        </DataTable.Col>
        <DataTable.Col label="resources.applications.fields.subject.category" source="subject.category" disableSort>
          <FunctionField render={(r) => <EnumText enumName="SubjectCategory" value={r.subject.category} />} />
        </DataTable.Col>
        <DataTable.Col source="purpose" disableSort>
          <FunctionField render={(r) => <EnumText enumName="Purpose" value={r.purpose} />} />
        </DataTable.Col>
        <DataTable.Col source="office" disableSort>
          <FunctionField render={(r) => r.office.name} />
        </DataTable.Col>
        <DataTable.Col source="assignee" disableSort>
          <FunctionField render={(r) => r.assignee?.displayName ?? '—'} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <StatusChip />
        </DataTable.Col>
        <DataTable.Col source="submittedAt">
          <FunctionField render={(r) => <ShanghaiTime value={r.submittedAt} />} />
        </DataTable.Col>
        <DataTable.Col source="dueAt">
          <DueDate />
        </DataTable.Col>
      </DataTable>
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
    >
      <AutoRefresh />
      <QueueTable />
    </List>
  );
}
