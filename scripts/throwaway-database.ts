import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';

/**
 * Creates a uniquely named MySQL/MariaDB database next to the one in `baseUrl` and returns its URL
 * and a function that drops it, so tests and tools never touch data they did not make.
 */
export async function createThrowawayDatabase(baseUrl: string, label = 'rcc'): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(baseUrl);
  const name = `${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  // A statement run on the server itself, outside any database.
  const onServer = async (sql: string) => {
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
  };
  await onServer(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS \`${name}\``) };
}
