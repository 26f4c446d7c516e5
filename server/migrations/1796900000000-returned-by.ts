import { type DialectSql, sqlMigration } from './sql-migration';

// A case sent back at sign-off names the supervisor who sent it back, until it is decided again.
const SQL: DialectSql = {
  sqlite: {
    up: ['ALTER TABLE "application" ADD COLUMN "returnedById" integer'],
    down: ['ALTER TABLE "application" DROP COLUMN "returnedById"'],
  },
  mysql: {
    up: ['ALTER TABLE `application` ADD `returnedById` int NULL'],
    down: ['ALTER TABLE `application` DROP COLUMN `returnedById`'],
  },
};

export const ReturnedBy1796900000000 = sqlMigration('ReturnedBy1796900000000', SQL);
