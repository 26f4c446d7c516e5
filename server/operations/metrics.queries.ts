// The statements the metrics read when scraped: written out, the same on both dialects.

/** The cases per status, from the kept queue counters. */
export const CASES_BY_STATUS = 'SELECT status, SUM(count) AS n FROM case_count GROUP BY status';

/** How many registry lookups wait for an answer. */
export const PENDING_RECORD_CHECKS = "SELECT COUNT(*) AS n FROM record_check WHERE status = 'PENDING'";

/** How many text messages wait to be sent. */
export const PENDING_NOTIFICATIONS = "SELECT COUNT(*) AS n FROM notification WHERE status = 'PENDING'";
