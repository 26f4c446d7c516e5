import { type DialectSql, sqlMigration } from './sql-migration';

// Record checks (records/): the lookups of a case's subject in the criminal-record registry and
// their answers; the demo registry's judgments; and on each case the status of its latest check.
const SQL: DialectSql = {
  sqlite: {
    up: [
      'CREATE TABLE "criminal_record" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "recordRef" varchar(64) NOT NULL, "idNumber" varchar(32), "name" varchar(100) NOT NULL, "birthDate" varchar(10), "offence" varchar(500) NOT NULL, "judgmentDate" varchar(10), "sentence" varchar(200), "committedUnder18" boolean NOT NULL DEFAULT (0), "sealed" boolean NOT NULL DEFAULT (0))',
      'CREATE UNIQUE INDEX "ux_criminal_record_ref" ON "criminal_record" ("recordRef") ',
      'CREATE INDEX "ix_criminal_record_id_number" ON "criminal_record" ("idNumber") ',
      'CREATE INDEX "ix_criminal_record_name_birth" ON "criminal_record" ("name", "birthDate") ',
      'CREATE TABLE "record_check" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "status" varchar(40) NOT NULL, "source" varchar(100) NOT NULL, "requestedAt" datetime(3) NOT NULL, "completedAt" datetime(3), "requestedById" integer, "subject" text NOT NULL, "matchList" text, "suggestedOutcome" varchar(40), "error" varchar(500), "startedAt" datetime(3), "attempts" integer NOT NULL DEFAULT (0))',
      'CREATE INDEX "ix_record_check_application" ON "record_check" ("applicationId", "id") ',
      'CREATE INDEX "ix_record_check_status" ON "record_check" ("status", "id") ',
      'ALTER TABLE "application" ADD "recordCheckStatus" varchar(40)',
      'CREATE INDEX "ix_application_record_check" ON "application" ("recordCheckStatus", "officeId") ',
    ],
    down: [
      'DROP INDEX "ix_application_record_check"',
      'ALTER TABLE "application" DROP COLUMN "recordCheckStatus"',
      'DROP TABLE "record_check"',
      'DROP TABLE "criminal_record"',
    ],
  },
  mysql: {
    up: [
      'CREATE TABLE `criminal_record` (`id` int NOT NULL AUTO_INCREMENT, `recordRef` varchar(64) NOT NULL, `idNumber` varchar(32) NULL, `name` varchar(100) NOT NULL, `birthDate` varchar(10) NULL, `offence` varchar(500) NOT NULL, `judgmentDate` varchar(10) NULL, `sentence` varchar(200) NULL, `committedUnder18` tinyint NOT NULL DEFAULT 0, `sealed` tinyint NOT NULL DEFAULT 0, UNIQUE INDEX `ux_criminal_record_ref` (`recordRef`), INDEX `ix_criminal_record_id_number` (`idNumber`), INDEX `ix_criminal_record_name_birth` (`name`, `birthDate`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'CREATE TABLE `record_check` (`id` int NOT NULL AUTO_INCREMENT, `applicationId` int NOT NULL, `status` varchar(40) NOT NULL, `source` varchar(100) NOT NULL, `requestedAt` datetime(3) NOT NULL, `completedAt` datetime(3) NULL, `requestedById` int NULL, `subject` text NOT NULL, `matchList` text NULL, `suggestedOutcome` varchar(40) NULL, `error` varchar(500) NULL, `startedAt` datetime(3) NULL, `attempts` int NOT NULL DEFAULT 0, INDEX `ix_record_check_application` (`applicationId`, `id`), INDEX `ix_record_check_status` (`status`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'ALTER TABLE `application` ADD `recordCheckStatus` varchar(40) NULL, ADD INDEX `ix_application_record_check` (`recordCheckStatus`, `officeId`)',
    ],
    down: [
      'ALTER TABLE `application` DROP INDEX `ix_application_record_check`, DROP COLUMN `recordCheckStatus`',
      'DROP TABLE `record_check`',
      'DROP TABLE `criminal_record`',
    ],
  },
};

export const RecordChecks1796100000000 = sqlMigration('RecordChecks1796100000000', SQL);
