import { type KeyboardEvent, useEffect, useState } from 'react';
import { FilterLiveSearch, useListContext, useRedirect, useTranslate } from 'react-admin';

/**
 * The queue's search: it filters as one types (a reference or its tail, an identity number, a
 * name, a name with the phone's last four digits); Enter filters at once and, once the list has
 * read the rows for what is typed, opens the case when exactly one is found.
 */
export function SearchBox() {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters, data, total, isFetching } = useListContext();
  const redirect = useRedirect();
  // The search Enter was pressed on, until the list has answered it.
  const [opening, setOpening] = useState<string>();
  useEffect(() => {
    if (opening === undefined || isFetching || String(filterValues.q ?? '').trim() !== opening) return;
    setOpening(undefined);
    if (total === 1 && data?.[0]) redirect('show', 'applications', data[0].id);
  }, [opening, isFetching, filterValues.q, total, data, redirect]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const q = (e.target as HTMLInputElement).value?.trim();
    if (e.key !== 'Enter' || !q) return;
    // The list reads the rows itself: without waiting for the pause that ends typing.
    setFilters({ ...filterValues, q }, displayedFilters);
    setOpening(q);
  };
  return <FilterLiveSearch source="q" placeholder={translate('app.queue.search')} onKeyDown={onKeyDown} />;
}
