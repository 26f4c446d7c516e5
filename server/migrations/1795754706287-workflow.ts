import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMysqlFamily } from '../core/dialect';

// Generated per dialect by `npm run migration:sql -- --write Workflow`, then kept as written, less
// the duplicate unique index TypeORM adds on MySQL beside ix_application_issued_number.
const SQL = {
  sqlite: {
    up: [
      "CREATE TABLE \"application_status_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"applicationId\" integer NOT NULL, \"officeId\" integer NOT NULL, \"fromStatus\" varchar(40), \"toStatus\" varchar(40) NOT NULL, \"action\" varchar(40) NOT NULL, \"at\" datetime(3) NOT NULL, \"actorId\" integer)",
      "CREATE INDEX \"ix_status_change_to_at\" ON \"application_status_change\" (\"toStatus\", \"at\") ",
      "CREATE INDEX \"ix_status_change_application\" ON \"application_status_change\" (\"applicationId\", \"at\") ",
      "CREATE TABLE \"document_number_sequence\" (\"officeId\" integer NOT NULL, \"year\" integer NOT NULL, \"lastNumber\" integer NOT NULL, PRIMARY KEY (\"officeId\", \"year\"))",
      "CREATE TABLE \"fee_rule\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"regionPrefix\" varchar(12) NOT NULL, \"amount\" decimal(10,2) NOT NULL DEFAULT (0), \"note\" varchar(200), \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE UNIQUE INDEX \"IDX_2f1a92e26cef9a8d81a82682b9\" ON \"fee_rule\" (\"regionPrefix\") ",
      "DROP INDEX \"ix_application_office_status_due\"",
      "DROP INDEX \"ix_application_office_status_submitted\"",
      "DROP INDEX \"ix_application_office_submitted\"",
      "DROP INDEX \"ix_application_assignee_status\"",
      "DROP INDEX \"IDX_99be6a3ca234aef92029b47343\"",
      "CREATE TABLE \"temporary_application\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"referenceNo\" varchar(24) NOT NULL, \"status\" varchar(40) NOT NULL, \"channel\" varchar(40) NOT NULL, \"applicantKind\" varchar(40) NOT NULL, \"entrusted\" boolean NOT NULL DEFAULT (0), \"purpose\" varchar(40) NOT NULL, \"purposeDetail\" varchar(500), \"destinationCountry\" varchar(64), \"delivery\" varchar(40) NOT NULL, \"officeId\" integer NOT NULL, \"assigneeId\" integer, \"routingDecision\" text NOT NULL, \"submittedAt\" datetime(3) NOT NULL, \"acceptedAt\" datetime(3), \"dueAt\" datetime(3), \"outcome\" varchar(40), \"decidedAt\" datetime(3), \"decidedById\" integer, \"signedOffById\" integer, \"feeAmount\" decimal(10,2) NOT NULL DEFAULT (0), \"feePaid\" boolean NOT NULL DEFAULT (0), \"statusReason\" varchar(1000), \"updatedAt\" datetime(3) NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"subjectName\" varchar(100), \"subjectCategory\" varchar(40), \"subjectIdtype\" varchar(40), \"subjectIdnumber\" varchar(32), \"subjectNationality\" varchar(64), \"subjectBirthdate\" varchar(10), \"subjectGender\" varchar(8), \"subjectDomicileregion\" varchar(12), \"subjectResidenceregion\" varchar(12), \"subjectDaysinchina\" integer, \"subjectPhone\" varchar(32), \"agentName\" varchar(100), \"agentCategory\" varchar(40), \"agentIdtype\" varchar(40), \"agentIdnumber\" varchar(32), \"agentNationality\" varchar(64), \"agentBirthdate\" varchar(10), \"agentGender\" varchar(8), \"agentDomicileregion\" varchar(12), \"agentResidenceregion\" varchar(12), \"agentDaysinchina\" integer, \"agentPhone\" varchar(32), \"unitName\" varchar(200), \"unitCreditcode\" varchar(18), \"unitRegion\" varchar(12), \"unitContactname\" varchar(100), \"unitContactphone\" varchar(32), \"mailRecipient\" varchar(100), \"mailPhone\" varchar(32), \"mailRegion\" varchar(12), \"mailLine\" varchar(300), \"mailPostalcode\" varchar(10), \"clockStartedAt\" datetime(3), \"pausedSince\" datetime(3), \"pausedWorkingDays\" integer NOT NULL DEFAULT (0), \"resumeStatus\" varchar(40), \"decisionNote\" varchar(1000), \"feeReceiptNo\" varchar(64), \"issuedKind\" varchar(40), \"issuedNumber\" varchar(40), \"issuedIssuedat\" datetime(3), \"issuedIssuedbyid\" integer, \"issuedVerificationcode\" varchar(16), \"issuedPdfsha256\" varchar(64), \"mailingCarrier\" varchar(40), \"mailingTrackingnumber\" varchar(40), \"mailingMailedat\" datetime(3), \"mailingMailedbyid\" integer, \"mailingDeliveredat\" datetime(3), \"supplementReason\" varchar(1000), \"supplementKinds\" text, \"supplementRequestedat\" datetime(3), \"supplementRequestedbyid\" integer)",
      "INSERT INTO \"temporary_application\"(\"id\", \"referenceNo\", \"status\", \"channel\", \"applicantKind\", \"entrusted\", \"purpose\", \"purposeDetail\", \"destinationCountry\", \"delivery\", \"officeId\", \"assigneeId\", \"routingDecision\", \"submittedAt\", \"acceptedAt\", \"dueAt\", \"outcome\", \"decidedAt\", \"decidedById\", \"signedOffById\", \"feeAmount\", \"feePaid\", \"statusReason\", \"updatedAt\", \"version\", \"subjectName\", \"subjectCategory\", \"subjectIdtype\", \"subjectIdnumber\", \"subjectNationality\", \"subjectBirthdate\", \"subjectGender\", \"subjectDomicileregion\", \"subjectResidenceregion\", \"subjectDaysinchina\", \"subjectPhone\", \"agentName\", \"agentCategory\", \"agentIdtype\", \"agentIdnumber\", \"agentNationality\", \"agentBirthdate\", \"agentGender\", \"agentDomicileregion\", \"agentResidenceregion\", \"agentDaysinchina\", \"agentPhone\", \"unitName\", \"unitCreditcode\", \"unitRegion\", \"unitContactname\", \"unitContactphone\", \"mailRecipient\", \"mailPhone\", \"mailRegion\", \"mailLine\", \"mailPostalcode\") SELECT \"id\", \"referenceNo\", \"status\", \"channel\", \"applicantKind\", \"entrusted\", \"purpose\", \"purposeDetail\", \"destinationCountry\", \"delivery\", \"officeId\", \"assigneeId\", \"routingDecision\", \"submittedAt\", \"acceptedAt\", \"dueAt\", \"outcome\", \"decidedAt\", \"decidedById\", \"signedOffById\", \"feeAmount\", \"feePaid\", \"statusReason\", \"updatedAt\", \"version\", \"subjectName\", \"subjectCategory\", \"subjectIdtype\", \"subjectIdnumber\", \"subjectNationality\", \"subjectBirthdate\", \"subjectGender\", \"subjectDomicileregion\", \"subjectResidenceregion\", \"subjectDaysinchina\", \"subjectPhone\", \"agentName\", \"agentCategory\", \"agentIdtype\", \"agentIdnumber\", \"agentNationality\", \"agentBirthdate\", \"agentGender\", \"agentDomicileregion\", \"agentResidenceregion\", \"agentDaysinchina\", \"agentPhone\", \"unitName\", \"unitCreditcode\", \"unitRegion\", \"unitContactname\", \"unitContactphone\", \"mailRecipient\", \"mailPhone\", \"mailRegion\", \"mailLine\", \"mailPostalcode\" FROM \"application\"",
      "DROP TABLE \"application\"",
      "ALTER TABLE \"temporary_application\" RENAME TO \"application\"",
      "CREATE INDEX \"ix_application_office_status_due\" ON \"application\" (\"officeId\", \"status\", \"dueAt\") ",
      "CREATE INDEX \"ix_application_office_status_submitted\" ON \"application\" (\"officeId\", \"status\", \"submittedAt\") ",
      "CREATE INDEX \"ix_application_office_submitted\" ON \"application\" (\"officeId\", \"submittedAt\") ",
      "CREATE INDEX \"ix_application_assignee_status\" ON \"application\" (\"assigneeId\", \"status\") ",
      "CREATE UNIQUE INDEX \"IDX_99be6a3ca234aef92029b47343\" ON \"application\" (\"referenceNo\") ",
      "CREATE UNIQUE INDEX \"ix_application_issued_number\" ON \"application\" (\"issuedNumber\") ",
    ],
    down: [
      "DROP INDEX \"ix_application_issued_number\"",
      "DROP INDEX \"IDX_99be6a3ca234aef92029b47343\"",
      "DROP INDEX \"ix_application_assignee_status\"",
      "DROP INDEX \"ix_application_office_submitted\"",
      "DROP INDEX \"ix_application_office_status_submitted\"",
      "DROP INDEX \"ix_application_office_status_due\"",
      "ALTER TABLE \"application\" RENAME TO \"temporary_application\"",
      "CREATE TABLE \"application\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"referenceNo\" varchar(24) NOT NULL, \"status\" varchar(40) NOT NULL, \"channel\" varchar(40) NOT NULL, \"applicantKind\" varchar(40) NOT NULL, \"entrusted\" boolean NOT NULL DEFAULT (0), \"purpose\" varchar(40) NOT NULL, \"purposeDetail\" varchar(500), \"destinationCountry\" varchar(64), \"delivery\" varchar(40) NOT NULL, \"officeId\" integer NOT NULL, \"assigneeId\" integer, \"routingDecision\" text NOT NULL, \"submittedAt\" datetime(3) NOT NULL, \"acceptedAt\" datetime(3), \"dueAt\" datetime(3), \"outcome\" varchar(40), \"decidedAt\" datetime(3), \"decidedById\" integer, \"signedOffById\" integer, \"feeAmount\" decimal(10,2) NOT NULL DEFAULT (0), \"feePaid\" boolean NOT NULL DEFAULT (0), \"statusReason\" varchar(1000), \"updatedAt\" datetime(3) NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"subjectName\" varchar(100), \"subjectCategory\" varchar(40), \"subjectIdtype\" varchar(40), \"subjectIdnumber\" varchar(32), \"subjectNationality\" varchar(64), \"subjectBirthdate\" varchar(10), \"subjectGender\" varchar(8), \"subjectDomicileregion\" varchar(12), \"subjectResidenceregion\" varchar(12), \"subjectDaysinchina\" integer, \"subjectPhone\" varchar(32), \"agentName\" varchar(100), \"agentCategory\" varchar(40), \"agentIdtype\" varchar(40), \"agentIdnumber\" varchar(32), \"agentNationality\" varchar(64), \"agentBirthdate\" varchar(10), \"agentGender\" varchar(8), \"agentDomicileregion\" varchar(12), \"agentResidenceregion\" varchar(12), \"agentDaysinchina\" integer, \"agentPhone\" varchar(32), \"unitName\" varchar(200), \"unitCreditcode\" varchar(18), \"unitRegion\" varchar(12), \"unitContactname\" varchar(100), \"unitContactphone\" varchar(32), \"mailRecipient\" varchar(100), \"mailPhone\" varchar(32), \"mailRegion\" varchar(12), \"mailLine\" varchar(300), \"mailPostalcode\" varchar(10))",
      "INSERT INTO \"application\"(\"id\", \"referenceNo\", \"status\", \"channel\", \"applicantKind\", \"entrusted\", \"purpose\", \"purposeDetail\", \"destinationCountry\", \"delivery\", \"officeId\", \"assigneeId\", \"routingDecision\", \"submittedAt\", \"acceptedAt\", \"dueAt\", \"outcome\", \"decidedAt\", \"decidedById\", \"signedOffById\", \"feeAmount\", \"feePaid\", \"statusReason\", \"updatedAt\", \"version\", \"subjectName\", \"subjectCategory\", \"subjectIdtype\", \"subjectIdnumber\", \"subjectNationality\", \"subjectBirthdate\", \"subjectGender\", \"subjectDomicileregion\", \"subjectResidenceregion\", \"subjectDaysinchina\", \"subjectPhone\", \"agentName\", \"agentCategory\", \"agentIdtype\", \"agentIdnumber\", \"agentNationality\", \"agentBirthdate\", \"agentGender\", \"agentDomicileregion\", \"agentResidenceregion\", \"agentDaysinchina\", \"agentPhone\", \"unitName\", \"unitCreditcode\", \"unitRegion\", \"unitContactname\", \"unitContactphone\", \"mailRecipient\", \"mailPhone\", \"mailRegion\", \"mailLine\", \"mailPostalcode\") SELECT \"id\", \"referenceNo\", \"status\", \"channel\", \"applicantKind\", \"entrusted\", \"purpose\", \"purposeDetail\", \"destinationCountry\", \"delivery\", \"officeId\", \"assigneeId\", \"routingDecision\", \"submittedAt\", \"acceptedAt\", \"dueAt\", \"outcome\", \"decidedAt\", \"decidedById\", \"signedOffById\", \"feeAmount\", \"feePaid\", \"statusReason\", \"updatedAt\", \"version\", \"subjectName\", \"subjectCategory\", \"subjectIdtype\", \"subjectIdnumber\", \"subjectNationality\", \"subjectBirthdate\", \"subjectGender\", \"subjectDomicileregion\", \"subjectResidenceregion\", \"subjectDaysinchina\", \"subjectPhone\", \"agentName\", \"agentCategory\", \"agentIdtype\", \"agentIdnumber\", \"agentNationality\", \"agentBirthdate\", \"agentGender\", \"agentDomicileregion\", \"agentResidenceregion\", \"agentDaysinchina\", \"agentPhone\", \"unitName\", \"unitCreditcode\", \"unitRegion\", \"unitContactname\", \"unitContactphone\", \"mailRecipient\", \"mailPhone\", \"mailRegion\", \"mailLine\", \"mailPostalcode\" FROM \"temporary_application\"",
      "DROP TABLE \"temporary_application\"",
      "CREATE UNIQUE INDEX \"IDX_99be6a3ca234aef92029b47343\" ON \"application\" (\"referenceNo\") ",
      "CREATE INDEX \"ix_application_assignee_status\" ON \"application\" (\"assigneeId\", \"status\") ",
      "CREATE INDEX \"ix_application_office_submitted\" ON \"application\" (\"officeId\", \"submittedAt\") ",
      "CREATE INDEX \"ix_application_office_status_submitted\" ON \"application\" (\"officeId\", \"status\", \"submittedAt\") ",
      "CREATE INDEX \"ix_application_office_status_due\" ON \"application\" (\"officeId\", \"status\", \"dueAt\") ",
      "DROP INDEX \"IDX_2f1a92e26cef9a8d81a82682b9\"",
      "DROP TABLE \"fee_rule\"",
      "DROP TABLE \"document_number_sequence\"",
      "DROP INDEX \"ix_status_change_application\"",
      "DROP INDEX \"ix_status_change_to_at\"",
      "DROP TABLE \"application_status_change\"",
    ],
  },
  mysql: {
    up: [
      "CREATE TABLE `application_status_change` (`id` int NOT NULL AUTO_INCREMENT, `applicationId` int NOT NULL, `officeId` int NOT NULL, `fromStatus` varchar(40) NULL, `toStatus` varchar(40) NOT NULL, `action` varchar(40) NOT NULL, `at` datetime(3) NOT NULL, `actorId` int NULL, INDEX `ix_status_change_to_at` (`toStatus`, `at`), INDEX `ix_status_change_application` (`applicationId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `document_number_sequence` (`officeId` int NOT NULL, `year` int NOT NULL, `lastNumber` int NOT NULL, PRIMARY KEY (`officeId`, `year`)) ENGINE=InnoDB",
      "CREATE TABLE `fee_rule` (`id` int NOT NULL AUTO_INCREMENT, `regionPrefix` varchar(12) NOT NULL, `amount` decimal(10,2) NOT NULL DEFAULT '0.00', `note` varchar(200) NULL, `updatedAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_2f1a92e26cef9a8d81a82682b9` (`regionPrefix`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `application` ADD `clockStartedAt` datetime(3) NULL",
      "ALTER TABLE `application` ADD `pausedSince` datetime(3) NULL",
      "ALTER TABLE `application` ADD `pausedWorkingDays` int NOT NULL DEFAULT '0'",
      "ALTER TABLE `application` ADD `resumeStatus` varchar(40) NULL",
      "ALTER TABLE `application` ADD `decisionNote` varchar(1000) NULL",
      "ALTER TABLE `application` ADD `feeReceiptNo` varchar(64) NULL",
      "ALTER TABLE `application` ADD `issuedKind` varchar(40) NULL",
      "ALTER TABLE `application` ADD `issuedNumber` varchar(40) NULL",
      "ALTER TABLE `application` ADD `issuedIssuedat` datetime(3) NULL",
      "ALTER TABLE `application` ADD `issuedIssuedbyid` int NULL",
      "ALTER TABLE `application` ADD `issuedVerificationcode` varchar(16) NULL",
      "ALTER TABLE `application` ADD `issuedPdfsha256` varchar(64) NULL",
      "ALTER TABLE `application` ADD `mailingCarrier` varchar(40) NULL",
      "ALTER TABLE `application` ADD `mailingTrackingnumber` varchar(40) NULL",
      "ALTER TABLE `application` ADD `mailingMailedat` datetime(3) NULL",
      "ALTER TABLE `application` ADD `mailingMailedbyid` int NULL",
      "ALTER TABLE `application` ADD `mailingDeliveredat` datetime(3) NULL",
      "ALTER TABLE `application` ADD `supplementReason` varchar(1000) NULL",
      "ALTER TABLE `application` ADD `supplementKinds` text NULL",
      "ALTER TABLE `application` ADD `supplementRequestedat` datetime(3) NULL",
      "ALTER TABLE `application` ADD `supplementRequestedbyid` int NULL",
      "CREATE UNIQUE INDEX `ix_application_issued_number` ON `application` (`issuedNumber`)",
    ],
    down: [
      "DROP INDEX `ix_application_issued_number` ON `application`",
      "ALTER TABLE `application` DROP COLUMN `supplementRequestedbyid`",
      "ALTER TABLE `application` DROP COLUMN `supplementRequestedat`",
      "ALTER TABLE `application` DROP COLUMN `supplementKinds`",
      "ALTER TABLE `application` DROP COLUMN `supplementReason`",
      "ALTER TABLE `application` DROP COLUMN `mailingDeliveredat`",
      "ALTER TABLE `application` DROP COLUMN `mailingMailedbyid`",
      "ALTER TABLE `application` DROP COLUMN `mailingMailedat`",
      "ALTER TABLE `application` DROP COLUMN `mailingTrackingnumber`",
      "ALTER TABLE `application` DROP COLUMN `mailingCarrier`",
      "ALTER TABLE `application` DROP COLUMN `issuedPdfsha256`",
      "ALTER TABLE `application` DROP COLUMN `issuedVerificationcode`",
      "ALTER TABLE `application` DROP COLUMN `issuedIssuedbyid`",
      "ALTER TABLE `application` DROP COLUMN `issuedIssuedat`",
      "ALTER TABLE `application` DROP COLUMN `issuedNumber`",
      "ALTER TABLE `application` DROP COLUMN `issuedKind`",
      "ALTER TABLE `application` DROP COLUMN `feeReceiptNo`",
      "ALTER TABLE `application` DROP COLUMN `decisionNote`",
      "ALTER TABLE `application` DROP COLUMN `resumeStatus`",
      "ALTER TABLE `application` DROP COLUMN `pausedWorkingDays`",
      "ALTER TABLE `application` DROP COLUMN `pausedSince`",
      "ALTER TABLE `application` DROP COLUMN `clockStartedAt`",
      "DROP INDEX `IDX_2f1a92e26cef9a8d81a82682b9` ON `fee_rule`",
      "DROP TABLE `fee_rule`",
      "DROP TABLE `document_number_sequence`",
      "DROP INDEX `ix_status_change_application` ON `application_status_change`",
      "DROP INDEX `ix_status_change_to_at` ON `application_status_change`",
      "DROP TABLE `application_status_change`",
    ],
  },
};

export class Workflow1795754706287 implements MigrationInterface {
  name = 'Workflow1795754706287';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of SQL[isMysqlFamily(q.connection) ? 'mysql' : 'sqlite'].up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of SQL[isMysqlFamily(q.connection) ? 'mysql' : 'sqlite'].down) await q.query(sql);
  }
}
