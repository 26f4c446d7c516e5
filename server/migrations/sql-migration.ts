import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMysqlFamily } from '../db/dialect';

/** The statements of one migration for each dialect, as `npm run migration:sql` prints them. */
export interface DialectSql {
  sqlite: { up: string[]; down: string[] };
  mysql: { up: string[]; down: string[] };
}

/**
 * A migration made of plain SQL per dialect. `name` ends in the migration's timestamp, which is
 * how TypeORM orders migrations.
 */
export function sqlMigration(name: string, sql: DialectSql, extraUp: string[] = []): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = name;

    async up(q: QueryRunner): Promise<void> {
      for (const statement of [...sql[isMysqlFamily(q.connection) ? 'mysql' : 'sqlite'].up, ...extraUp])
        await q.query(statement);
    }

    async down(q: QueryRunner): Promise<void> {
      for (const statement of sql[isMysqlFamily(q.connection) ? 'mysql' : 'sqlite'].down) await q.query(statement);
    }
  };
}
