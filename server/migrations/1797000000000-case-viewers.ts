import { type DialectSql, sqlMigration } from './sql-migration';

// Who has a case open in the console: the heartbeat of the case page, read by every server process.
const SQL: DialectSql = {
  sqlite: {
    up: [
      'CREATE TABLE "case_viewer" ("applicationId" integer NOT NULL, "officerId" integer NOT NULL, "seenAt" datetime(3) NOT NULL, PRIMARY KEY ("applicationId", "officerId"))',
      'CREATE INDEX "ix_case_viewer_officer" ON "case_viewer" ("officerId", "seenAt") ',
    ],
    down: ['DROP INDEX "ix_case_viewer_officer"', 'DROP TABLE "case_viewer"'],
  },
  mysql: {
    up: [
      'CREATE TABLE `case_viewer` (`applicationId` int NOT NULL, `officerId` int NOT NULL, `seenAt` datetime(3) NOT NULL, INDEX `ix_case_viewer_officer` (`officerId`, `seenAt`), PRIMARY KEY (`applicationId`, `officerId`)) ENGINE=InnoDB',
    ],
    down: ['DROP TABLE `case_viewer`'],
  },
};

export const CaseViewers1797000000000 = sqlMigration('CaseViewers1797000000000', SQL);
