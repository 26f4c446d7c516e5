// A link into the queue from elsewhere (a dashboard card, a report's figure): it opens the queue
// under its own filter for this visit only. The queue does not keep such a view as the officer's
// (ApplicationList): opened again from the menu, it shows the officer's own last filters.

/** The query parameter that marks a view opened by a link. */
export const LINKED_VIEW = 'linked';

/** The queue filtered (and sorted) as a figure counts its cases. */
export const queueLink = (filter: Record<string, unknown>, sort?: { field: string; order: 'ASC' | 'DESC' }) =>
  `/applications?${new URLSearchParams({
    filter: JSON.stringify(filter),
    ...(sort ? { sort: sort.field, order: sort.order } : {}),
    [LINKED_VIEW]: '1',
  })}`;

/** Whether the queue's address is a view opened by a link. */
export const isLinkedView = (search: string) => new URLSearchParams(search).has(LINKED_VIEW);
