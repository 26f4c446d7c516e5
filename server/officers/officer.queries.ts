import type { DataSource } from 'typeorm';
import { tableOf } from '../db/rows';
import { Officer } from './officer.entity';
import { Session } from './session.entity';

// The statements of officers and their sessions. Conditions are written with named parameters
// (`:name`, `:...list`), as TypeORM's query builder takes them; the session's statement takes `?`.

/** The alias of an officer. */
export const OFFICER = 'o';
/** The alias of a session in the statement of a session's officer. */
export const SESSION = 's';
/** The name of the session's end in the raw row of sessionStatement. */
export const SESSION_EXPIRES_AT = 's_expiresAt';

/** The officers' order in the list: by username. */
export const BY_USERNAME_ORDER = `${OFFICER}.username`;

/** Officers of the offices :...scope (the signed-in officer's). */
export const IN_SCOPE = `${OFFICER}.officeId IN (:...scope)`;

/** Officers of the offices :...officeIds (the list's filter). */
export const IN_OFFICES = `${OFFICER}.officeId IN (:...officeIds)`;

/** Officers of the role :role. */
export const OF_ROLE = `${OFFICER}.role = :role`;

/** Officers whose username or name holds :qLike (`!` escapes LIKE's wildcards in both dialects). */
export const NAME_LIKE = `(${OFFICER}.username LIKE :qLike ESCAPE '!' OR ${OFFICER}.displayName LIKE :qLike ESCAPE '!')`;

/** The officer's password hash, which an officer's row leaves out unless asked for. */
export const PASSWORD_HASH = `${OFFICER}.passwordHash`;

/** The officer :id. */
export const OFFICER_BY_ID = `${OFFICER}.id = :id`;

/** The officer of username :username. */
export const OFFICER_BY_USERNAME = `${OFFICER}.username = :username`;

/**
 * The session `?` (its id): its end as SESSION_EXPIRES_AT, its officer's `officerColumns` (a
 * select list over OFFICER), and each of `selects` (SQL and its name) along.
 */
export function sessionStatement(
  ds: DataSource,
  officerColumns: string,
  selects: readonly { sql: string; alias: string }[],
): string {
  const q = (name: string) => ds.driver.escape(name);
  const named = selects.map((v) => `${v.sql} AS ${v.alias}`);
  return `SELECT ${SESSION}.${q('expiresAt')} AS ${SESSION_EXPIRES_AT}, ${officerColumns}, ${named.join(', ')} FROM ${tableOf(ds, Session)} ${SESSION} JOIN ${tableOf(ds, Officer)} ${OFFICER} ON ${OFFICER}.id = ${SESSION}.${q('officerId')} WHERE ${SESSION}.id = ?`;
}
