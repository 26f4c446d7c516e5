import type { QueryKey } from '@tanstack/react-query';

// The case page's record in react-admin's cache (useGetOne's key for the applications resource):
// a step's answer is written there, so the page shows it without reading the case again.

/** The cache key of case `id` as the case page reads it. */
export const caseQueryKey = (id: string | number): QueryKey => [
  'applications',
  'getOne',
  { id: String(id), meta: undefined },
];

/** Whether a cached query is a case page's record (any case). */
export const isCaseQuery = (queryKey: QueryKey): boolean => queryKey[0] === 'applications' && queryKey[1] === 'getOne';
