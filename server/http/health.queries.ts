// The statement of the readiness check.

/** Nothing: answered by any database that answers at all. */
export const PING = 'SELECT 1';
