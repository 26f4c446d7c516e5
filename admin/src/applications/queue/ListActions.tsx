import { CreateButton, TopToolbar, useCanAccess, useListContext } from 'react-admin';
import { ExportButtons } from '../../common/ExportButtons';
import { applicationFilter } from '../../dataProvider';
import { ClaimNextButton } from './ClaimNextButton';

/** The queue's toolbar: the next case to claim, counter intake, and the exports of what the queue shows (its filter and sort). */
export function ListActions() {
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
      <ClaimNextButton />
      {canCreate && <CreateButton label="app.intake.title" />}
      <ExportButtons path={(format) => `/api/exports/applications.${format}?${query()}`} />
    </TopToolbar>
  );
}
