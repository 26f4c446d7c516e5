import type { DataSource } from 'typeorm';

/** MySQL and MariaDB share one SQL dialect here; everything else is the embedded SQLite. */
export function isMysqlFamily(ds: DataSource): boolean {
  return ds.options.type === 'mysql' || ds.options.type === 'mariadb';
}
