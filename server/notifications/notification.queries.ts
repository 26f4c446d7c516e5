import { inList, ROW } from '../db/rows';
import { JOB } from '../operations/job.queries';

// The statements of text messages to applicants: conditions with named parameters (`:name`), as
// TypeORM's query builder takes them, but those of rowsWhere (db/rows.ts), which take `?`.

/** The alias of a case's message in the statement that counts the case's hand-overs. */
export const MESSAGE = 'm';

/** The messages due (JOB): :pending and their next attempt at :now or before. */
export const DUE = `${JOB}.status = :pending AND ${JOB}.nextAttemptAt <= :now`;
/** The order the due messages are taken in: by the time of their next attempt (then OLDEST_JOB_FIRST). */
export const BY_NEXT_ATTEMPT = `${JOB}.nextAttemptAt`;

/** The message :id while this taking holds it: still :pending, at :attempts, taken at :startedAt. */
export const STILL_TAKEN = 'id = :id AND status = :pending AND attempts = :attempts AND startedAt = :startedAt';

/** The columns of a case's messages that the count of its hand-overs reads. */
export const HAND_OVERS = [`${MESSAGE}.id`, `${MESSAGE}.handedOverAt`];
/** The messages of the case :applicationId. */
export const OF_CASE = `${MESSAGE}.applicationId = :applicationId`;

/** The messages (ROW) of the cases `applicationIds` (a `?` for each). */
export const ofCases = (applicationIds: readonly unknown[]) => inList(`${ROW}.applicationId`, applicationIds);
/** The order of a case's messages: oldest first. */
export const OLDEST_FIRST = `${ROW}.id`;
