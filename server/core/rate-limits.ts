import { RateLimiterMemory, RateLimiterMySQL, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { isMysqlFamily } from './dialect';

/** The table the counters live in on MySQL/MariaDB (created by the RateLimits migration). */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * A counter of `points` per key and `duration` seconds. On MySQL/MariaDB it is kept in the
 * database, so a limit holds across every server process; the embedded SQLite server is a single
 * process and counts in memory.
 */
export function rateLimiter(ds: DataSource, keyPrefix: string, limit: { points: number; duration: number }): RateLimiterAbstract {
  if (!isMysqlFamily(ds)) return new RateLimiterMemory({ keyPrefix, ...limit });
  const driver = ds.driver as unknown as { pool: unknown; database: string };
  return new RateLimiterMySQL({
    keyPrefix,
    ...limit,
    storeClient: driver.pool,
    storeType: 'pool',
    dbName: driver.database,
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
  });
}
