import { type DialectSql, sqlMigration } from './sql-migration';

// Indexes for queues over every office. Generated per dialect by
// `npm run migration:sql -- --write QueueIndexes`, then kept as written.
const SQL: DialectSql = {
  sqlite: {
    up: [
      'CREATE INDEX "ix_application_status_due" ON "application" ("status", "dueAt") ',
      'CREATE INDEX "ix_application_submitted" ON "application" ("submittedAt") ',
    ],
    down: ['DROP INDEX "ix_application_submitted"', 'DROP INDEX "ix_application_status_due"'],
  },
  mysql: {
    up: [
      'CREATE INDEX `ix_application_status_due` ON `application` (`status`, `dueAt`)',
      'CREATE INDEX `ix_application_submitted` ON `application` (`submittedAt`)',
    ],
    down: [
      'DROP INDEX `ix_application_submitted` ON `application`',
      'DROP INDEX `ix_application_status_due` ON `application`',
    ],
  },
};

export const QueueIndexes1795759633340 = sqlMigration('QueueIndexes1795759633340', SQL);
