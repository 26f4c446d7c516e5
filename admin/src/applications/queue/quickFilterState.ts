// The queue's quick filters (QuickFilters): which list filter each chip sets, and how a click sets or takes it off.

/** A chip of the queue: the filter it sets, one key or several (all set together, all taken off together). */
export const QUICK_FILTERS: { key: string; filter: Record<string, unknown> }[] = [
  { key: 'mine', filter: { mine: true } },
  { key: 'unassigned', filter: { unassigned: true } },
  { key: 'overdue', filter: { slaState: 'OVERDUE' } },
  { key: 'due_soon', filter: { slaState: 'DUE_SOON' } },
  { key: 'documents_waiting', filter: { documentsPending: true } },
  // Decided online cases whose fee the hall's payment platform has not reported paid yet.
  { key: 'online_awaiting_payment', filter: { channel: 'ONLINE', awaitingPayment: true } },
  // Supplements the applicant answered through the hall, for the officer to confirm.
  { key: 'supplement_answered', filter: { supplementAnswered: true } },
];

/** Whether every key of `filter` is set to its value in the list's filter. */
export const quickFilterActive = (filterValues: Record<string, unknown>, filter: Record<string, unknown>): boolean =>
  Object.entries(filter).every(([name, value]) => filterValues[name] === value);

/** The list's filter with `filter` taken off (every key of it) or set (every key of it, over what was there). */
export function toggleQuickFilter(
  filterValues: Record<string, unknown>,
  filter: Record<string, unknown>,
): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(filterValues).filter(([name]) => !(name in filter)));
  return quickFilterActive(filterValues, filter) ? rest : { ...rest, ...filter };
}
