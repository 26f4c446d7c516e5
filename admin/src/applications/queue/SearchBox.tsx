import type { KeyboardEvent } from 'react';
import { FilterLiveSearch, useDataProvider, useListContext, useRedirect, useTranslate } from 'react-admin';

/**
 * The queue's search: it filters as one types (a reference or its tail, an identity number, a
 * name, a name with the phone's last four digits); Enter opens the case when exactly one is found.
 */
export function SearchBox() {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const dataProvider = useDataProvider();
  const redirect = useRedirect();
  const onKeyDown = async (e: KeyboardEvent<HTMLDivElement>) => {
    const q = (e.target as HTMLInputElement).value?.trim();
    if (e.key !== 'Enter' || !q) return;
    // Asked at once with what is typed: the list itself filters only once the typing pauses.
    const { data, total } = await dataProvider.getList('applications', {
      filter: { ...filterValues, q },
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'submittedAt', order: 'DESC' },
    });
    if (total === 1 && data[0]) redirect('show', 'applications', data[0].id);
  };
  return <FilterLiveSearch source="q" placeholder={translate('app.queue.search')} onKeyDown={onKeyDown} />;
}
