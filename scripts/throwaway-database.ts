import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';

/**
 * Creates a uniquely named MySQL/MariaDB database next to the one in `baseUrl` and returns its URL
 * and a function that drops it, so tests and tools never touch data they did not make.
 */
export async function createThrowawayDatabase(baseUrl: string, label = 'rcc'): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(baseUrl);
  const name = `${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = await mysql.createConnection({
    host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = await mysql.createConnection({
        host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
      });
      await again.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await again.end();
    },
  };
}
