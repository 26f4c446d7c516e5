import { type DialectSql, sqlMigration } from './sql-migration';

// Rate-limit counters (failed sign-ins, public verifications) shared by every server process on MySQL/MariaDB, in the layout
// rate-limiter-flexible's MySQL store reads (key, points, expire in epoch milliseconds). The
// embedded SQLite server is a single process and counts in memory.
const SQL: DialectSql = {
  sqlite: { up: [], down: [] },
  mysql: {
    up: [
      'CREATE TABLE `rate_limit` (`key` varchar(255) NOT NULL, `points` int NOT NULL DEFAULT 0, `expire` bigint UNSIGNED NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB',
    ],
    down: ['DROP TABLE `rate_limit`'],
  },
};

export const RateLimits1795800000000 = sqlMigration('RateLimits1795800000000', SQL);
