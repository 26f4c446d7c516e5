import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMysqlFamily } from '../core/dialect';

// The first schema: offices, officers, sessions, routing rules, applications, documents, the audit
// chain and the calendar. Generated per dialect by `npm run migration:sql`, then kept as written.
const SQL = {
  sqlite: {
    up: [
      "CREATE TABLE \"application\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"referenceNo\" varchar(24) NOT NULL, \"status\" varchar(40) NOT NULL, \"channel\" varchar(40) NOT NULL, \"applicantKind\" varchar(40) NOT NULL, \"entrusted\" boolean NOT NULL DEFAULT (0), \"purpose\" varchar(40) NOT NULL, \"purposeDetail\" varchar(500), \"destinationCountry\" varchar(64), \"delivery\" varchar(40) NOT NULL, \"officeId\" integer NOT NULL, \"assigneeId\" integer, \"routingDecision\" text NOT NULL, \"submittedAt\" datetime(3) NOT NULL, \"acceptedAt\" datetime(3), \"dueAt\" datetime(3), \"outcome\" varchar(40), \"decidedAt\" datetime(3), \"decidedById\" integer, \"signedOffById\" integer, \"feeAmount\" decimal(10,2) NOT NULL DEFAULT (0), \"feePaid\" boolean NOT NULL DEFAULT (0), \"statusReason\" varchar(1000), \"updatedAt\" datetime(3) NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"subjectName\" varchar(100), \"subjectCategory\" varchar(40), \"subjectIdtype\" varchar(40), \"subjectIdnumber\" varchar(32), \"subjectNationality\" varchar(64), \"subjectBirthdate\" varchar(10), \"subjectGender\" varchar(8), \"subjectDomicileregion\" varchar(12), \"subjectResidenceregion\" varchar(12), \"subjectDaysinchina\" integer, \"subjectPhone\" varchar(32), \"agentName\" varchar(100), \"agentCategory\" varchar(40), \"agentIdtype\" varchar(40), \"agentIdnumber\" varchar(32), \"agentNationality\" varchar(64), \"agentBirthdate\" varchar(10), \"agentGender\" varchar(8), \"agentDomicileregion\" varchar(12), \"agentResidenceregion\" varchar(12), \"agentDaysinchina\" integer, \"agentPhone\" varchar(32), \"unitName\" varchar(200), \"unitCreditcode\" varchar(18), \"unitRegion\" varchar(12), \"unitContactname\" varchar(100), \"unitContactphone\" varchar(32), \"mailRecipient\" varchar(100), \"mailPhone\" varchar(32), \"mailRegion\" varchar(12), \"mailLine\" varchar(300), \"mailPostalcode\" varchar(10))",
      "CREATE UNIQUE INDEX \"IDX_99be6a3ca234aef92029b47343\" ON \"application\" (\"referenceNo\") ",
      "CREATE INDEX \"ix_application_assignee_status\" ON \"application\" (\"assigneeId\", \"status\") ",
      "CREATE INDEX \"ix_application_office_submitted\" ON \"application\" (\"officeId\", \"submittedAt\") ",
      "CREATE INDEX \"ix_application_office_status_submitted\" ON \"application\" (\"officeId\", \"status\", \"submittedAt\") ",
      "CREATE INDEX \"ix_application_office_status_due\" ON \"application\" (\"officeId\", \"status\", \"dueAt\") ",
      "CREATE TABLE \"audit_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"at\" datetime(3) NOT NULL, \"actorId\" integer, \"action\" varchar(64) NOT NULL, \"entityType\" varchar(32) NOT NULL, \"entityId\" varchar(64) NOT NULL, \"detail\" text, \"prevHash\" varchar(64) NOT NULL, \"hash\" varchar(64) NOT NULL)",
      "CREATE INDEX \"IDX_2b778fde3afc04ec59f83e29fa\" ON \"audit_event\" (\"actorId\") ",
      "CREATE INDEX \"ix_audit_entity\" ON \"audit_event\" (\"entityType\", \"entityId\", \"id\") ",
      "CREATE TABLE \"audit_chain_head\" (\"id\" integer PRIMARY KEY NOT NULL, \"lastHash\" varchar(64) NOT NULL, \"lastEventId\" integer NOT NULL DEFAULT (0))",
      "CREATE TABLE \"document\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"applicationId\" integer NOT NULL, \"kind\" varchar(40) NOT NULL, \"fileName\" varchar(255) NOT NULL, \"contentType\" varchar(100) NOT NULL, \"byteSize\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"status\" varchar(40) NOT NULL DEFAULT ('PENDING'), \"note\" varchar(500), \"uploadedAt\" datetime(3) NOT NULL, \"verifiedAt\" datetime(3), \"verifiedById\" integer)",
      "CREATE INDEX \"ix_document_application_status\" ON \"document\" (\"applicationId\", \"status\") ",
      "CREATE TABLE \"office\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(32) NOT NULL, \"name\" varchar(120) NOT NULL, \"kind\" varchar(40) NOT NULL, \"jurisdiction\" text NOT NULL, \"parentId\" integer, \"address\" varchar(200), \"phone\" varchar(40), \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE UNIQUE INDEX \"IDX_f327efa51a74e5c588b9df2170\" ON \"office\" (\"code\") ",
      "CREATE INDEX \"IDX_c6b46dde341ae68a9de8f1b7f8\" ON \"office\" (\"parentId\") ",
      "CREATE TABLE \"officer\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"displayName\" varchar(64) NOT NULL, \"role\" varchar(40) NOT NULL, \"officeId\" integer NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), \"passwordHash\" varchar(255) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE UNIQUE INDEX \"IDX_76cc8ff9afd1cec54b4884501e\" ON \"officer\" (\"username\") ",
      "CREATE INDEX \"IDX_d615e95d65ab95ede7df14d78a\" ON \"officer\" (\"officeId\") ",
      "CREATE TABLE \"session\" (\"id\" varchar(64) PRIMARY KEY NOT NULL, \"officerId\" integer NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"expiresAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_fc410bcd3036e5e680ab9d08eb\" ON \"session\" (\"officerId\") ",
      "CREATE INDEX \"IDX_5d97cf9773002b16861b4bb8ae\" ON \"session\" (\"expiresAt\") ",
      "CREATE TABLE \"routing_rule\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(120) NOT NULL, \"priority\" integer NOT NULL, \"enabled\" boolean NOT NULL, \"applicantKind\" varchar(40), \"subjectCategory\" varchar(40), \"entrusted\" boolean, \"regionBasis\" varchar(40) NOT NULL, \"regionPrefix\" varchar(12), \"minDaysInChina\" integer, \"targetOfficeKind\" varchar(40), \"targetOfficeId\" integer, \"legalBasis\" varchar(500), \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE TABLE \"calendar_day\" (\"date\" varchar(10) PRIMARY KEY NOT NULL, \"workday\" boolean NOT NULL, \"note\" varchar(100))",
    ],
    down: [
      "DROP TABLE \"calendar_day\"",
      "DROP TABLE \"routing_rule\"",
      "DROP INDEX \"IDX_5d97cf9773002b16861b4bb8ae\"",
      "DROP INDEX \"IDX_fc410bcd3036e5e680ab9d08eb\"",
      "DROP TABLE \"session\"",
      "DROP INDEX \"IDX_d615e95d65ab95ede7df14d78a\"",
      "DROP INDEX \"IDX_76cc8ff9afd1cec54b4884501e\"",
      "DROP TABLE \"officer\"",
      "DROP INDEX \"IDX_c6b46dde341ae68a9de8f1b7f8\"",
      "DROP INDEX \"IDX_f327efa51a74e5c588b9df2170\"",
      "DROP TABLE \"office\"",
      "DROP INDEX \"ix_document_application_status\"",
      "DROP TABLE \"document\"",
      "DROP TABLE \"audit_chain_head\"",
      "DROP INDEX \"ix_audit_entity\"",
      "DROP INDEX \"IDX_2b778fde3afc04ec59f83e29fa\"",
      "DROP TABLE \"audit_event\"",
      "DROP INDEX \"ix_application_office_status_due\"",
      "DROP INDEX \"ix_application_office_status_submitted\"",
      "DROP INDEX \"ix_application_office_submitted\"",
      "DROP INDEX \"ix_application_assignee_status\"",
      "DROP INDEX \"IDX_99be6a3ca234aef92029b47343\"",
      "DROP TABLE \"application\"",
    ],
  },
  mysql: {
    up: [
      "CREATE TABLE `application` (`id` int NOT NULL AUTO_INCREMENT, `referenceNo` varchar(24) NOT NULL, `status` varchar(40) NOT NULL, `channel` varchar(40) NOT NULL, `applicantKind` varchar(40) NOT NULL, `entrusted` tinyint NOT NULL DEFAULT 0, `purpose` varchar(40) NOT NULL, `purposeDetail` varchar(500) NULL, `destinationCountry` varchar(64) NULL, `delivery` varchar(40) NOT NULL, `officeId` int NOT NULL, `assigneeId` int NULL, `routingDecision` text NOT NULL, `submittedAt` datetime(3) NOT NULL, `acceptedAt` datetime(3) NULL, `dueAt` datetime(3) NULL, `outcome` varchar(40) NULL, `decidedAt` datetime(3) NULL, `decidedById` int NULL, `signedOffById` int NULL, `feeAmount` decimal(10,2) NOT NULL DEFAULT '0.00', `feePaid` tinyint NOT NULL DEFAULT 0, `statusReason` varchar(1000) NULL, `updatedAt` datetime(3) NOT NULL, `version` int NOT NULL DEFAULT '1', `subjectName` varchar(100) NULL, `subjectCategory` varchar(40) NULL, `subjectIdtype` varchar(40) NULL, `subjectIdnumber` varchar(32) NULL, `subjectNationality` varchar(64) NULL, `subjectBirthdate` varchar(10) NULL, `subjectGender` varchar(8) NULL, `subjectDomicileregion` varchar(12) NULL, `subjectResidenceregion` varchar(12) NULL, `subjectDaysinchina` int NULL, `subjectPhone` varchar(32) NULL, `agentName` varchar(100) NULL, `agentCategory` varchar(40) NULL, `agentIdtype` varchar(40) NULL, `agentIdnumber` varchar(32) NULL, `agentNationality` varchar(64) NULL, `agentBirthdate` varchar(10) NULL, `agentGender` varchar(8) NULL, `agentDomicileregion` varchar(12) NULL, `agentResidenceregion` varchar(12) NULL, `agentDaysinchina` int NULL, `agentPhone` varchar(32) NULL, `unitName` varchar(200) NULL, `unitCreditcode` varchar(18) NULL, `unitRegion` varchar(12) NULL, `unitContactname` varchar(100) NULL, `unitContactphone` varchar(32) NULL, `mailRecipient` varchar(100) NULL, `mailPhone` varchar(32) NULL, `mailRegion` varchar(12) NULL, `mailLine` varchar(300) NULL, `mailPostalcode` varchar(10) NULL, UNIQUE INDEX `IDX_99be6a3ca234aef92029b47343` (`referenceNo`), INDEX `ix_application_assignee_status` (`assigneeId`, `status`), INDEX `ix_application_office_submitted` (`officeId`, `submittedAt`), INDEX `ix_application_office_status_submitted` (`officeId`, `status`, `submittedAt`), INDEX `ix_application_office_status_due` (`officeId`, `status`, `dueAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `audit_event` (`id` int NOT NULL AUTO_INCREMENT, `at` datetime(3) NOT NULL, `actorId` int NULL, `action` varchar(64) NOT NULL, `entityType` varchar(32) NOT NULL, `entityId` varchar(64) NOT NULL, `detail` text NULL, `prevHash` varchar(64) NOT NULL, `hash` varchar(64) NOT NULL, INDEX `IDX_2b778fde3afc04ec59f83e29fa` (`actorId`), INDEX `ix_audit_entity` (`entityType`, `entityId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `audit_chain_head` (`id` int NOT NULL, `lastHash` varchar(64) NOT NULL, `lastEventId` int NOT NULL DEFAULT '0', PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `document` (`id` int NOT NULL AUTO_INCREMENT, `applicationId` int NOT NULL, `kind` varchar(40) NOT NULL, `fileName` varchar(255) NOT NULL, `contentType` varchar(100) NOT NULL, `byteSize` int NOT NULL, `sha256` varchar(64) NOT NULL, `status` varchar(40) NOT NULL DEFAULT 'PENDING', `note` varchar(500) NULL, `uploadedAt` datetime(3) NOT NULL, `verifiedAt` datetime(3) NULL, `verifiedById` int NULL, INDEX `ix_document_application_status` (`applicationId`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `office` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(32) NOT NULL, `name` varchar(120) NOT NULL, `kind` varchar(40) NOT NULL, `jurisdiction` text NOT NULL, `parentId` int NULL, `address` varchar(200) NULL, `phone` varchar(40) NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_f327efa51a74e5c588b9df2170` (`code`), INDEX `IDX_c6b46dde341ae68a9de8f1b7f8` (`parentId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `officer` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(64) NOT NULL, `displayName` varchar(64) NOT NULL, `role` varchar(40) NOT NULL, `officeId` int NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `passwordHash` varchar(255) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_76cc8ff9afd1cec54b4884501e` (`username`), INDEX `IDX_d615e95d65ab95ede7df14d78a` (`officeId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `session` (`id` varchar(64) NOT NULL, `officerId` int NOT NULL, `createdAt` datetime(3) NOT NULL, `expiresAt` datetime(3) NOT NULL, INDEX `IDX_fc410bcd3036e5e680ab9d08eb` (`officerId`), INDEX `IDX_5d97cf9773002b16861b4bb8ae` (`expiresAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `routing_rule` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(120) NOT NULL, `priority` int NOT NULL, `enabled` tinyint NOT NULL, `applicantKind` varchar(40) NULL, `subjectCategory` varchar(40) NULL, `entrusted` tinyint NULL, `regionBasis` varchar(40) NOT NULL, `regionPrefix` varchar(12) NULL, `minDaysInChina` int NULL, `targetOfficeKind` varchar(40) NULL, `targetOfficeId` int NULL, `legalBasis` varchar(500) NULL, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `calendar_day` (`date` varchar(10) NOT NULL, `workday` tinyint NOT NULL, `note` varchar(100) NULL, PRIMARY KEY (`date`)) ENGINE=InnoDB",
    ],
    down: [
      "DROP TABLE `calendar_day`",
      "DROP TABLE `routing_rule`",
      "DROP INDEX `IDX_5d97cf9773002b16861b4bb8ae` ON `session`",
      "DROP INDEX `IDX_fc410bcd3036e5e680ab9d08eb` ON `session`",
      "DROP TABLE `session`",
      "DROP INDEX `IDX_d615e95d65ab95ede7df14d78a` ON `officer`",
      "DROP INDEX `IDX_76cc8ff9afd1cec54b4884501e` ON `officer`",
      "DROP TABLE `officer`",
      "DROP INDEX `IDX_c6b46dde341ae68a9de8f1b7f8` ON `office`",
      "DROP INDEX `IDX_f327efa51a74e5c588b9df2170` ON `office`",
      "DROP TABLE `office`",
      "DROP INDEX `ix_document_application_status` ON `document`",
      "DROP TABLE `document`",
      "DROP TABLE `audit_chain_head`",
      "DROP INDEX `ix_audit_entity` ON `audit_event`",
      "DROP INDEX `IDX_2b778fde3afc04ec59f83e29fa` ON `audit_event`",
      "DROP TABLE `audit_event`",
      "DROP INDEX `ix_application_office_status_due` ON `application`",
      "DROP INDEX `ix_application_office_status_submitted` ON `application`",
      "DROP INDEX `ix_application_office_submitted` ON `application`",
      "DROP INDEX `ix_application_assignee_status` ON `application`",
      "DROP INDEX `IDX_99be6a3ca234aef92029b47343` ON `application`",
      "DROP TABLE `application`",
    ],
  },
};

const GENESIS = "INSERT INTO audit_chain_head (id, lastHash, lastEventId) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000', 0)";

export class Init1764200000000 implements MigrationInterface {
  name = 'Init1764200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of SQL[isMysqlFamily(q.connection) ? 'mysql' : 'sqlite'].up) await q.query(sql);
    await q.query(GENESIS);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of SQL[isMysqlFamily(q.connection) ? 'mysql' : 'sqlite'].down) await q.query(sql);
  }
}
