import { type DialectSql, sqlMigration } from './sql-migration';

// When each text message was last handed to its channel: a case's messages handed over in the last
// hour count against its cap (notification.worker.ts). Generated per dialect by
// `npm run migration:sql -- --write NotificationHandedOver`, then kept as written.
const SQL: DialectSql = {
  sqlite: {
    up: [
      'DROP INDEX "ix_notification_status_attempted"',
      'DROP INDEX "ix_notification_due"',
      'DROP INDEX "ix_notification_application"',
      'CREATE TABLE "temporary_notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "event" varchar(40) NOT NULL, "channel" varchar(16) NOT NULL, "recipient" varchar(32) NOT NULL, "text" varchar(500) NOT NULL, "status" varchar(40) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "createdAt" datetime(3) NOT NULL, "sentAt" datetime(3), "lastError" varchar(500), "nextAttemptAt" datetime(3) NOT NULL, "lastAttemptAt" datetime(3), "startedAt" datetime(3), "handedOverAt" datetime(3))',
      'INSERT INTO "temporary_notification"("id", "applicationId", "event", "channel", "recipient", "text", "status", "attempts", "createdAt", "sentAt", "lastError", "nextAttemptAt", "lastAttemptAt", "startedAt") SELECT "id", "applicationId", "event", "channel", "recipient", "text", "status", "attempts", "createdAt", "sentAt", "lastError", "nextAttemptAt", "lastAttemptAt", "startedAt" FROM "notification"',
      'DROP TABLE "notification"',
      'ALTER TABLE "temporary_notification" RENAME TO "notification"',
      'CREATE INDEX "ix_notification_status_attempted" ON "notification" ("status", "lastAttemptAt") ',
      'CREATE INDEX "ix_notification_due" ON "notification" ("status", "nextAttemptAt") ',
      'CREATE INDEX "ix_notification_application" ON "notification" ("applicationId", "id") ',
    ],
    down: [
      'DROP INDEX "ix_notification_application"',
      'DROP INDEX "ix_notification_due"',
      'DROP INDEX "ix_notification_status_attempted"',
      'ALTER TABLE "notification" RENAME TO "temporary_notification"',
      'CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "event" varchar(40) NOT NULL, "channel" varchar(16) NOT NULL, "recipient" varchar(32) NOT NULL, "text" varchar(500) NOT NULL, "status" varchar(40) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "createdAt" datetime(3) NOT NULL, "sentAt" datetime(3), "lastError" varchar(500), "nextAttemptAt" datetime(3) NOT NULL, "lastAttemptAt" datetime(3), "startedAt" datetime(3))',
      'INSERT INTO "notification"("id", "applicationId", "event", "channel", "recipient", "text", "status", "attempts", "createdAt", "sentAt", "lastError", "nextAttemptAt", "lastAttemptAt", "startedAt") SELECT "id", "applicationId", "event", "channel", "recipient", "text", "status", "attempts", "createdAt", "sentAt", "lastError", "nextAttemptAt", "lastAttemptAt", "startedAt" FROM "temporary_notification"',
      'DROP TABLE "temporary_notification"',
      'CREATE INDEX "ix_notification_application" ON "notification" ("applicationId", "id") ',
      'CREATE INDEX "ix_notification_due" ON "notification" ("status", "nextAttemptAt") ',
      'CREATE INDEX "ix_notification_status_attempted" ON "notification" ("status", "lastAttemptAt") ',
    ],
  },
  mysql: {
    up: ['ALTER TABLE `notification` ADD `handedOverAt` datetime(3) NULL'],
    down: ['ALTER TABLE `notification` DROP COLUMN `handedOverAt`'],
  },
};

export const NotificationHandedOver1796614525169 = sqlMigration('NotificationHandedOver1796614525169', SQL);
