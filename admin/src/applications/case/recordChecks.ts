import type { Outcome, RecordCheckFieldsFragment } from '../../generated/graphql';

// What the case page reads from a case's record checks (newest first, as the server lists them):
// only the latest speaks for the case, as it does for the server's decision rules.

export type RecordCheckData = RecordCheckFieldsFragment;

/** The case's latest check; null before its first (or where the record was read without its checks). */
export const latestCheck = (record: Record<string, unknown> | null | undefined): RecordCheckData | null =>
  (record?.recordChecks as readonly RecordCheckData[] | null | undefined)?.[0] ?? null;

/** Whether the registry has answered the check (CLEAR or MATCHES_FOUND): the server then takes a decision without a note. */
export const answered = (check: RecordCheckData | null): boolean =>
  check?.status === 'CLEAR' || check?.status === 'MATCHES_FOUND';

/** Whether the check found a record under the subject's own number: NO_RECORD against it goes to a supervisor's sign-off. */
export const hasExactMatch = (check: RecordCheckData | null): boolean =>
  !!check?.matches.some((m) => m.kind === 'EXACT_ID');

/** The outcome the decision dialog starts from: the answered check's suggestion, else none. */
export const suggestedOutcome = (check: RecordCheckData | null): Outcome | null =>
  answered(check) ? (check?.suggestedOutcome ?? null) : null;

/** While the latest check waits for the registry, the case page asks for the case again this often. */
export const PENDING_POLL_MS = 2_000;

/** How often react-query refetches a case: every PENDING_POLL_MS while its latest check is pending, else never. */
export const pendingCheckInterval = (record: Record<string, unknown> | null | undefined): number | false =>
  latestCheck(record)?.status === 'PENDING' ? PENDING_POLL_MS : false;
