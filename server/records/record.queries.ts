import { inList, ROW } from '../db/rows';
import { JOB } from '../operations/job.queries';

// The statements of record checks and of the demo registry's table of judgments: conditions with
// named parameters (`:name`), as TypeORM's query builder takes them, but those of rowsWhere
// (db/rows.ts), which take `?`.

/** The checks waiting for the registry (JOB): :pending. */
export const WAITING = `${JOB}.status = :pending`;

/** The check :id while this taking holds it: still :pending, at :attempts. */
export const STILL_TAKEN = 'id = :id AND status = :pending AND attempts = :attempts';

/** The checks (ROW) of the cases `applicationIds` (a `?` for each). */
export const ofCases = (applicationIds: readonly unknown[]) => inList(`${ROW}.applicationId`, applicationIds);
/** The order of a case's checks: newest first. */
export const NEWEST_FIRST = `${ROW}.id DESC`;

/** The alias of a judgment of the demo registry (criminal_record). */
export const JUDGMENT = 'r';
/** The judgments of the identity number :idNumber. */
export const OF_ID_NUMBER = `${JUDGMENT}.idNumber = :idNumber`;
/** The judgments of the name :name born on :birthDate. */
export const OF_NAME_AND_BIRTH = `(${JUDGMENT}.name = :name AND ${JUDGMENT}.birthDate = :birthDate)`;
/** The order of the judgments found: as the table holds them. */
export const JUDGMENT_ORDER = `${JUDGMENT}.id`;
