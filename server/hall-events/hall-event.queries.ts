import type { DataSource } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { inList, ROW, tableOf } from '../db/rows';
import { JOB } from '../operations/job.queries';
import { HallEvent } from './hall-event.entity';

// The statements of the hall's status callbacks: conditions with named parameters (`:name`), as
// TypeORM's query builder and db/conditions.ts take them, but those of rowsWhere (db/rows.ts),
// which take `?`.

/** The alias of a callback in the statement of a client's events. */
export const HALL_EVENT = 'h';
/** The alias of the audit event a callback tells of, in the statement of a client's events. */
export const AUDIT_EVENT = 'e';

/** The callbacks due (JOB): :pending and their next attempt at :now or before. */
export const DUE = `${JOB}.status = :pending AND ${JOB}.nextAttemptAt <= :now`;
/** The order the due callbacks are taken in: by the time of their next attempt (then OLDEST_JOB_FIRST). */
export const BY_NEXT_ATTEMPT = `${JOB}.nextAttemptAt`;

/** The callback :id while this taking holds it: still :pending, at :attempts, taken at :startedAt. */
export const STILL_TAKEN = 'id = :id AND status = :pending AND attempts = :attempts AND startedAt = :startedAt';

/** The callbacks (ROW) of the cases `applicationIds` (a `?` for each). */
export const ofCases = (applicationIds: readonly unknown[]) => inList(`${ROW}.applicationId`, applicationIds);
/** The order of a case's callbacks: oldest first. */
export const OLDEST_FIRST = `${ROW}.id`;

/**
 * The events of the client :clientId whose place in the sealed audit chain (seq) is after :cursor,
 * in the chain's order, at most `limit`: each one's place and body.
 */
export const eventsAfterStatement = (ds: DataSource, limit: number) =>
  `SELECT ${AUDIT_EVENT}.seq AS seq, ${HALL_EVENT}.body AS body FROM ${tableOf(ds, HallEvent)} ${HALL_EVENT}
     JOIN ${tableOf(ds, AuditEvent)} ${AUDIT_EVENT} ON ${AUDIT_EVENT}.id = ${HALL_EVENT}.auditEventId
     WHERE ${HALL_EVENT}.clientId = :clientId AND ${AUDIT_EVENT}.seq > :cursor ORDER BY ${AUDIT_EVENT}.seq LIMIT ${limit}`;
