import type { EntityManager, ObjectLiteral } from 'typeorm';
import { readQuery } from './read-query';

/**
 * SQL conditions joined by AND, with named parameters (`:name`, `:...list`) as TypeORM's query
 * builder takes them: the hot reads write their statements themselves (building one with the
 * query builder cost more CPU than the database spent answering it) and the rest hand the same
 * conditions to a query builder.
 */
export class Conditions {
  readonly where: string[] = [];
  readonly parameters: ObjectLiteral = {};

  and(condition: string, parameters?: ObjectLiteral): this {
    this.where.push(condition);
    Object.assign(this.parameters, parameters);
    return this;
  }

  /** The conditions as one (true when there are none). */
  get sql(): string {
    return this.where.length ? this.where.join(' AND ') : '1 = 1';
  }
}

/** `text` matched literally by LIKE ... ESCAPE '!': '!' escapes the wildcards the same way in SQLite and MySQL (a backslash does not). */
export const likeLiteral = (text: string): string => text.replace(/[!%_]/g, (ch) => `!${ch}`);

/** Runs `sql`, a read, with named parameters, expanded by the driver as it expands a query builder's. */
export function queryNamed<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  parameters: ObjectLiteral,
): Promise<T[]> {
  const [query, values] = em.connection.driver.escapeQueryWithParameters(sql, parameters);
  return readQuery<T>(em, query, values);
}
