import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';

/** Runs one statement on the server of `url` itself, outside any database. */
async function onServer(url: URL, sql: string): Promise<void> {
  const connection = await mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  });
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

/** Drops the database that `databaseUrl` names (a throwaway one: nothing else calls this). */
export function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  return onServer(url, `DROP DATABASE IF EXISTS \`${url.pathname.slice(1).replace(/`/g, '')}\``);
}

/**
 * Creates a uniquely named MySQL/MariaDB database next to the one in `baseUrl` and returns its URL
 * and a function that drops it, so tests and tools never touch data they did not make.
 */
export async function createThrowawayDatabase(
  baseUrl: string,
  label = 'rcc',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(baseUrl);
  const name = `${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await onServer(url, `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  url.pathname = `/${name}`;
  const created = url.toString();
  return { url: created, drop: () => dropDatabase(created) };
}
