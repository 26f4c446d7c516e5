import { List } from 'react-admin';
import { IsoDateInput } from '../../common/IsoDateInput';
import { ApplicationFilterSidebar } from './ApplicationFilterSidebar';
import { AutoRefresh } from './AutoRefresh';
import { ListActions } from './ListActions';
import { QueueTable } from './QueueTable';

const filters = [<IsoDateInput key="from" source="submittedFrom" />, <IsoDateInput key="to" source="submittedTo" />];

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
