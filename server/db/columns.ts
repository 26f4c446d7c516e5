import { Column, type ColumnOptions } from 'typeorm';

// Explicit column types everywhere: esbuild (used by the tests) emits no decorator metadata,
// and both dialects must get the same schema from the same migration.

/**
 * Milliseconds kept: MySQL's plain datetime would drop them. Stored in UTC. Set by the code, not by
 * database defaults, whose syntax differs between the dialects.
 */
export const TimestampColumn = (options: ColumnOptions = {}) => Column({ type: 'datetime', precision: 3, ...options });

/** Enum values as short strings: portable, readable in the database, and no ALTER to add a value. */
export const EnumColumn = (options: ColumnOptions = {}) => Column({ type: 'varchar', length: 40, ...options });

export const TextColumn = (length: number, options: ColumnOptions = {}) =>
  Column({ type: 'varchar', length, ...options });

export const IntColumn = (options: ColumnOptions = {}) => Column({ type: 'int', ...options });

export const BoolColumn = (options: ColumnOptions = {}) => Column({ type: 'boolean', ...options });

/** Money as an exact decimal; mysql2 returns decimals as strings, so convert on read. */
export const MoneyColumn = (options: ColumnOptions = {}) =>
  Column({
    type: 'decimal',
    precision: 10,
    scale: 2,
    default: 0,
    ...options,
    transformer: { to: (v: number) => v, from: (v: string | number | null) => (v == null ? 0 : Number(v)) },
  });

/** Small structured values stored as JSON text. */
export const JsonColumn = (options: ColumnOptions = {}) => Column({ type: 'simple-json', ...options });
