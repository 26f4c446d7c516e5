import type { DataSource } from 'typeorm';

/** SQL for the Asia/Shanghai calendar day (YYYY-MM-DD) of a UTC timestamp column. */
export function shanghaiDaySql(ds: DataSource, column: string): string {
  return isMysqlFamily(ds) ? `DATE_FORMAT(DATE_ADD(${column}, INTERVAL 8 HOUR), '%Y-%m-%d')` : `date(${column}, '+8 hours')`;
}

/** A timestamp as a raw query's parameter: SQLite keeps them as UTC text, MySQL takes a Date. */
export function sqlTimestamp(ds: DataSource, at: Date): Date | string {
  return isMysqlFamily(ds) ? at : at.toISOString().replace('T', ' ').replace('Z', '');
}

/** MySQL and MariaDB share one SQL dialect here; everything else is the embedded SQLite. */
export function isMysqlFamily(ds: DataSource): boolean {
  return ds.options.type === 'mysql' || ds.options.type === 'mariadb';
}
