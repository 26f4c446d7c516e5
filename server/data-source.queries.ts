// The statements of opening the database: what the server is, and each connection's settings.

/** The server's version and the database's default character set, as `version` and `charset`. */
export const SERVER_PROBE = 'SELECT VERSION() AS version, @@character_set_database AS charset';

/** The pragmas of the embedded SQLite database: wait up to 5 s on a lock, and enforce foreign keys. */
export const SQLITE_PRAGMAS = ['busy_timeout = 5000', 'foreign_keys = ON'] as const;

/** Sets the connection's time budget of one statement to `ms` (MariaDB counts seconds, MySQL milliseconds). */
export const limitStatementTimeStatement = (mariadb: boolean, ms: number) =>
  mariadb ? `SET SESSION max_statement_time = ${ms / 1000}` : `SET SESSION max_execution_time = ${Math.round(ms)}`;
