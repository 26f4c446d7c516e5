import { type DialectSql, sqlMigration } from './sql-migration';

// Text messages to applicants (notifications/): written with the change they tell of, sent after
// its commit by a worker, tried again with backoff.
const SQL: DialectSql = {
  sqlite: {
    up: [
      'CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "event" varchar(40) NOT NULL, "channel" varchar(16) NOT NULL, "recipient" varchar(32) NOT NULL, "text" varchar(500) NOT NULL, "status" varchar(40) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "createdAt" datetime(3) NOT NULL, "sentAt" datetime(3), "lastError" varchar(500), "nextAttemptAt" datetime(3) NOT NULL, "lastAttemptAt" datetime(3), "startedAt" datetime(3))',
      'CREATE INDEX "ix_notification_application" ON "notification" ("applicationId", "id") ',
      'CREATE INDEX "ix_notification_due" ON "notification" ("status", "nextAttemptAt") ',
      'CREATE INDEX "ix_notification_status_attempted" ON "notification" ("status", "lastAttemptAt") ',
    ],
    down: ['DROP TABLE "notification"'],
  },
  mysql: {
    up: [
      'CREATE TABLE `notification` (`id` int NOT NULL AUTO_INCREMENT, `applicationId` int NOT NULL, `event` varchar(40) NOT NULL, `channel` varchar(16) NOT NULL, `recipient` varchar(32) NOT NULL, `text` varchar(500) NOT NULL, `status` varchar(40) NOT NULL, `attempts` int NOT NULL DEFAULT 0, `createdAt` datetime(3) NOT NULL, `sentAt` datetime(3) NULL, `lastError` varchar(500) NULL, `nextAttemptAt` datetime(3) NOT NULL, `lastAttemptAt` datetime(3) NULL, `startedAt` datetime(3) NULL, INDEX `ix_notification_application` (`applicationId`, `id`), INDEX `ix_notification_due` (`status`, `nextAttemptAt`), INDEX `ix_notification_status_attempted` (`status`, `lastAttemptAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    ],
    down: ['DROP TABLE `notification`'],
  },
};

export const Notifications1796200000000 = sqlMigration('Notifications1796200000000', SQL);
