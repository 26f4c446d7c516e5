import { isIPv4, isIPv6 } from 'node:net';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterMySQL } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { isMysqlFamily } from '../db/dialect';

/** The table the counters live in on MySQL/MariaDB (created by the RateLimits migration). */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * A counter of `points` per key and `duration` seconds. On MySQL/MariaDB it is kept in the
 * database, so a limit holds across every server process; the embedded SQLite server is a single
 * process and counts in memory.
 */
export function rateLimiter(
  ds: DataSource,
  keyPrefix: string,
  limit: { points: number; duration: number },
): RateLimiterAbstract {
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

/**
 * The key a client's address is counted under: an IPv4 address as it is, an IPv6 address by its
 * /64 (one subscriber is given a whole /64, 2^64 addresses to rotate through), an IPv4 address
 * mapped into IPv6 as the IPv4 address.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const ip = address.split('%')[0].toLowerCase();
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return ip.slice(0, 64);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return mapped[1];
  return `${ipv6Groups(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, without leading zeros (a trailing dotted IPv4 part as two groups). */
function ipv6Groups(ip: string): string[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
  const hex = dotted
    ? ip.slice(0, dotted.index) +
      [(+dotted[1] << 8) | +dotted[2], (+dotted[3] << 8) | +dotted[4]].map((n) => n.toString(16)).join(':')
    : ip;
  const [head, tail] = hex.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}
