import type { DataSource } from 'typeorm';

/** A timestamp as a raw query's parameter: SQLite keeps them as UTC text, MySQL takes a Date. */
export function sqlTimestamp(ds: DataSource, at: Date): Date | string {
  return isMysqlFamily(ds) ? at : at.toISOString().replace('T', ' ').replace('Z', '');
}

/** MySQL and MariaDB share one SQL dialect here; everything else is the embedded SQLite. */
export function isMysqlFamily(ds: DataSource): boolean {
  return ds.options.type === 'mysql' || ds.options.type === 'mariadb';
}

/** Parameters one statement may carry, with room to spare: SQLite takes at most 32766, MySQL 65535. */
export function maxParameters(ds: DataSource): number {
  return isMysqlFamily(ds) ? 60000 : 30000;
}
