import { type DialectSql, sqlMigration } from './sql-migration';

// Counters for the reports and the queue counts, filled from the cases already there. Generated per
// dialect by `npm run migration:sql -- --write Counters`, then kept as written, with the backfill added.
const SQL: DialectSql = {
  sqlite: {
    up: [
      'CREATE TABLE "workload_day" ("day" varchar(10) NOT NULL, "officeId" integer NOT NULL, "officerId" integer NOT NULL, "received" integer NOT NULL DEFAULT (0), "accepted" integer NOT NULL DEFAULT (0), "decided" integer NOT NULL DEFAULT (0), "met" integer NOT NULL DEFAULT (0), "issued" integer NOT NULL DEFAULT (0), "mailed" integer NOT NULL DEFAULT (0), PRIMARY KEY ("day", "officeId", "officerId"))',
      'CREATE TABLE "decision_days" ("day" varchar(10) NOT NULL, "officeId" integer NOT NULL, "officerId" integer NOT NULL, "days" integer NOT NULL, "count" integer NOT NULL DEFAULT (0), PRIMARY KEY ("day", "officeId", "officerId", "days"))',
      'CREATE TABLE "case_count" ("officeId" integer NOT NULL, "status" varchar(40) NOT NULL, "assigneeId" integer NOT NULL, "count" integer NOT NULL DEFAULT (0), PRIMARY KEY ("officeId", "status", "assigneeId"))',
      // Counts of the cases already there.
      'INSERT INTO "case_count" ("officeId", "status", "assigneeId", "count") SELECT "officeId", "status", COALESCE("assigneeId", 0), COUNT(*) FROM "application" GROUP BY "officeId", "status", COALESCE("assigneeId", 0)',
      'INSERT INTO "workload_day" ("day", "officeId", "officerId", "received", "accepted", "decided", "met", "issued", "mailed") SELECT d, o, p, SUM(r), SUM(ac), SUM(de), SUM(me), SUM(i), SUM(m) FROM (SELECT date("at", \'+8 hours\') AS d, "officeId" AS o, COALESCE("actorId", 0) AS p, CASE WHEN "action" IN (\'SUBMIT\', \'TRANSFER\') THEN 1 ELSE 0 END AS r, CASE WHEN "action" = \'ACCEPT\' THEN 1 ELSE 0 END AS ac, 0 AS de, 0 AS me, CASE WHEN "action" = \'ISSUE\' THEN 1 ELSE 0 END AS i, CASE WHEN "action" = \'RECORD_MAILING\' THEN 1 ELSE 0 END AS m FROM "application_status_change" UNION ALL SELECT date("decidedAt", \'+8 hours\'), "officeId", COALESCE("decidedById", 0), 0, 0, 1, CASE WHEN "decidedAt" <= "dueAt" THEN 1 ELSE 0 END, 0, 0 FROM "application" WHERE "decidedAt" IS NOT NULL) x GROUP BY d, o, p',
      'INSERT INTO "decision_days" ("day", "officeId", "officerId", "days", "count") SELECT date("decidedAt", \'+8 hours\'), "officeId", COALESCE("decidedById", 0), COALESCE("decisionWorkingDays", 0), COUNT(*) FROM "application" WHERE "decidedAt" IS NOT NULL GROUP BY date("decidedAt", \'+8 hours\'), "officeId", COALESCE("decidedById", 0), COALESCE("decisionWorkingDays", 0)',
    ],
    down: ['DROP TABLE "case_count"', 'DROP TABLE "decision_days"', 'DROP TABLE "workload_day"'],
  },
  mysql: {
    up: [
      "CREATE TABLE `workload_day` (`day` varchar(10) NOT NULL, `officeId` int NOT NULL, `officerId` int NOT NULL, `received` int NOT NULL DEFAULT '0', `accepted` int NOT NULL DEFAULT '0', `decided` int NOT NULL DEFAULT '0', `met` int NOT NULL DEFAULT '0', `issued` int NOT NULL DEFAULT '0', `mailed` int NOT NULL DEFAULT '0', PRIMARY KEY (`day`, `officeId`, `officerId`)) ENGINE=InnoDB",
      "CREATE TABLE `decision_days` (`day` varchar(10) NOT NULL, `officeId` int NOT NULL, `officerId` int NOT NULL, `days` int NOT NULL, `count` int NOT NULL DEFAULT '0', PRIMARY KEY (`day`, `officeId`, `officerId`, `days`)) ENGINE=InnoDB",
      "CREATE TABLE `case_count` (`officeId` int NOT NULL, `status` varchar(40) NOT NULL, `assigneeId` int NOT NULL, `count` int NOT NULL DEFAULT '0', PRIMARY KEY (`officeId`, `status`, `assigneeId`)) ENGINE=InnoDB",
      // Counts of the cases already there.
      'INSERT INTO `case_count` (`officeId`, `status`, `assigneeId`, `count`) SELECT `officeId`, `status`, COALESCE(`assigneeId`, 0), COUNT(*) FROM `application` GROUP BY `officeId`, `status`, COALESCE(`assigneeId`, 0)',
      "INSERT INTO `workload_day` (`day`, `officeId`, `officerId`, `received`, `accepted`, `decided`, `met`, `issued`, `mailed`) SELECT d, o, p, SUM(r), SUM(ac), SUM(de), SUM(me), SUM(i), SUM(m) FROM (SELECT DATE_FORMAT(DATE_ADD(`at`, INTERVAL 8 HOUR), '%Y-%m-%d') AS d, `officeId` AS o, COALESCE(`actorId`, 0) AS p, CASE WHEN `action` IN ('SUBMIT', 'TRANSFER') THEN 1 ELSE 0 END AS r, CASE WHEN `action` = 'ACCEPT' THEN 1 ELSE 0 END AS ac, 0 AS de, 0 AS me, CASE WHEN `action` = 'ISSUE' THEN 1 ELSE 0 END AS i, CASE WHEN `action` = 'RECORD_MAILING' THEN 1 ELSE 0 END AS m FROM `application_status_change` UNION ALL SELECT DATE_FORMAT(DATE_ADD(`decidedAt`, INTERVAL 8 HOUR), '%Y-%m-%d'), `officeId`, COALESCE(`decidedById`, 0), 0, 0, 1, CASE WHEN `decidedAt` <= `dueAt` THEN 1 ELSE 0 END, 0, 0 FROM `application` WHERE `decidedAt` IS NOT NULL) x GROUP BY d, o, p",
      "INSERT INTO `decision_days` (`day`, `officeId`, `officerId`, `days`, `count`) SELECT DATE_FORMAT(DATE_ADD(`decidedAt`, INTERVAL 8 HOUR), '%Y-%m-%d'), `officeId`, COALESCE(`decidedById`, 0), COALESCE(`decisionWorkingDays`, 0), COUNT(*) FROM `application` WHERE `decidedAt` IS NOT NULL GROUP BY DATE_FORMAT(DATE_ADD(`decidedAt`, INTERVAL 8 HOUR), '%Y-%m-%d'), `officeId`, COALESCE(`decidedById`, 0), COALESCE(`decisionWorkingDays`, 0)",
    ],
    down: ['DROP TABLE `case_count`', 'DROP TABLE `decision_days`', 'DROP TABLE `workload_day`'],
  },
};

export const Counters1795759253481 = sqlMigration('Counters1795759253481', SQL);
