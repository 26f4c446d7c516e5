import { type DialectSql, sqlMigration } from './sql-migration';

// The dashboard counts undecided cases with record matches: with the status in the index beside
// the check's, that count reads those few cases instead of every case with matches (about 3% of
// all, decided ones included), and the queue's filter on the check is served as before.
const SQL: DialectSql = {
  sqlite: {
    up: [
      'DROP INDEX "ix_application_record_check"',
      'CREATE INDEX "ix_application_record_check_status" ON "application" ("recordCheckStatus", "status", "officeId") ',
    ],
    down: [
      'DROP INDEX "ix_application_record_check_status"',
      'CREATE INDEX "ix_application_record_check" ON "application" ("recordCheckStatus", "officeId") ',
    ],
  },
  mysql: {
    up: [
      'ALTER TABLE `application` DROP INDEX `ix_application_record_check`, ADD INDEX `ix_application_record_check_status` (`recordCheckStatus`, `status`, `officeId`)',
    ],
    down: [
      'ALTER TABLE `application` DROP INDEX `ix_application_record_check_status`, ADD INDEX `ix_application_record_check` (`recordCheckStatus`, `officeId`)',
    ],
  },
};

export const RecordCheckIndex1796300000000 = sqlMigration('RecordCheckIndex1796300000000', SQL);
