// The statements of the job worker's taking (job-worker.ts): conditions with named parameters
// (`:name`), as TypeORM's query builder takes them. A kind of job's own conditions on its due rows
// name its rows JOB too.

/** The alias of a job's row in the statement that takes it. */
export const JOB = 'job';

/** The order of jobs due alike: the oldest first. */
export const OLDEST_JOB_FIRST = `${JOB}.id`;

/** The jobs nobody holds, or whose holder's lease ended before :leaseEnded. */
export const LEASE_FREE = `(${JOB}.startedAt IS NULL OR ${JOB}.startedAt < :leaseEnded)`;

/** The job :id (in the update that marks it taken). */
export const JOB_BY_ID = 'id = :id';
