import { type DialectSql, sqlMigration } from './sql-migration';

// A search by a full identity or passport number finds cases by a keyed hash of the subject's and
// the agent's numbers (applications/id-number-hash.ts), kept beside them and indexed. The server
// fills them for the cases written before, as it starts (the key is not the database's to know).
const SQL: DialectSql = {
  sqlite: {
    up: [
      'ALTER TABLE "application" ADD COLUMN "subjectIdHash" varchar(32)',
      'ALTER TABLE "application" ADD COLUMN "agentIdHash" varchar(32)',
      'CREATE INDEX "ix_application_subject_id_hash" ON "application" ("subjectIdHash") ',
      'CREATE INDEX "ix_application_agent_id_hash" ON "application" ("agentIdHash") ',
    ],
    down: [
      'DROP INDEX "ix_application_agent_id_hash"',
      'DROP INDEX "ix_application_subject_id_hash"',
      'ALTER TABLE "application" DROP COLUMN "agentIdHash"',
      'ALTER TABLE "application" DROP COLUMN "subjectIdHash"',
    ],
  },
  mysql: {
    up: [
      'ALTER TABLE `application` ADD `subjectIdHash` varchar(32) NULL, ADD `agentIdHash` varchar(32) NULL, ADD INDEX `ix_application_subject_id_hash` (`subjectIdHash`), ADD INDEX `ix_application_agent_id_hash` (`agentIdHash`)',
    ],
    down: [
      'ALTER TABLE `application` DROP INDEX `ix_application_agent_id_hash`, DROP INDEX `ix_application_subject_id_hash`, DROP COLUMN `agentIdHash`, DROP COLUMN `subjectIdHash`',
    ],
  },
};

export const IdNumberSearch1796800000000 = sqlMigration('IdNumberSearch1796800000000', SQL);
