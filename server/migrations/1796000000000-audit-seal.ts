import { type DialectSql, sqlMigration } from './sql-migration';

// Events are appended unsealed and sealed in order after their commit (see audit/audit.service.ts):
// `seq` orders the chain, `mac` lets the sealer refuse a row written without the key. The chain
// so far kept the order of the ids; it keeps it as its sequence.
const SQL: DialectSql = {
  sqlite: {
    up: [
      'ALTER TABLE "audit_event" ADD "seq" integer',
      'ALTER TABLE "audit_event" ADD "mac" varchar(64)',
      'UPDATE "audit_event" SET "seq" = "id"',
      'CREATE UNIQUE INDEX "ux_audit_seq" ON "audit_event" ("seq") ',
    ],
    down: [
      'DROP INDEX "ux_audit_seq"',
      'ALTER TABLE "audit_event" DROP COLUMN "mac"',
      'ALTER TABLE "audit_event" DROP COLUMN "seq"',
    ],
  },
  mysql: {
    up: [
      'ALTER TABLE `audit_event` ADD `seq` int NULL, ADD `mac` varchar(64) NULL',
      'UPDATE `audit_event` SET `seq` = `id`',
      'CREATE UNIQUE INDEX `ux_audit_seq` ON `audit_event` (`seq`)',
    ],
    down: [
      'DROP INDEX `ux_audit_seq` ON `audit_event`',
      'ALTER TABLE `audit_event` DROP COLUMN `mac`, DROP COLUMN `seq`',
    ],
  },
};

export const AuditSeal1796000000000 = sqlMigration('AuditSeal1796000000000', SQL);
