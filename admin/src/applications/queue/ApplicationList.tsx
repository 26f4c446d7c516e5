import { List, Loading, usePermissions } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { IsoDateInput } from '../../common/IsoDateInput';
import { isLinkedView } from '../queueLink';
import { ApplicationFilterSidebar } from './ApplicationFilterSidebar';
import { AutoRefresh } from './AutoRefresh';
import { ListActions } from './ListActions';
import { QueueTable } from './QueueTable';

const filters = [<IsoDateInput key="from" source="submittedFrom" />, <IsoDateInput key="to" source="submittedTo" />];

/** Where the queue keeps the officer's own filters, sort and page between visits. */
const STORE_KEY = 'applications.queue';

/**
 * The queue: status tabs with counts, quick filters, the filter sidebar, bulk assignment for
 * supervisors. An officer's queue starts with the nearest deadline on top; a supervisor's with
 * the newest cases. A view opened by a link (a dashboard card) is not kept as the officer's own.
 */
export function ApplicationList() {
  const { permissions: role, isPending } = usePermissions<string>();
  const linked = isLinkedView(useLocation().search);
  if (isPending) return <Loading />;
  const officer = role === 'STATION_OFFICER' || role === 'EXIT_ENTRY_OFFICER';
  return (
    <List
      key={linked ? 'linked' : STORE_KEY}
      filters={filters}
      aside={<ApplicationFilterSidebar />}
      actions={<ListActions />}
      sort={officer ? { field: 'dueAt', order: 'ASC' } : { field: 'submittedAt', order: 'DESC' }}
      perPage={25}
      storeKey={linked ? false : STORE_KEY}
      sx={{ '& .RaList-main': { minWidth: 0 } }}
    >
      <AutoRefresh />
      <QueueTable />
    </List>
  );
}
