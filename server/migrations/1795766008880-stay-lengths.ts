import type { QueryRunner } from 'typeorm';
import { setStayLengths } from '../applications/status-change.service';
import { WorkCalendar } from '../calendar/calendar.service';
import { workdaysSpanned } from '../calendar/clock';
import { rawTimestamp } from '../core/time';
import { type DialectSql, sqlMigration } from './sql-migration';

// Each status change ends the stay the case's previous change began, with its length in working
// days, so time in status is counted from one covering index; the three indexes nothing reads any
// more are dropped. Generated per dialect by `npm run migration:sql -- --write StayLengths`, then
// kept as written, with the lengths of the stays already recorded added.
const SQL: DialectSql = {
  sqlite: {
    up: [
      'DROP INDEX "ix_status_change_office_at"',
      'DROP INDEX "ix_status_change_at"',
      'DROP INDEX "ix_status_change_to_at"',
      'DROP INDEX "ix_status_change_application"',
      'CREATE TABLE "temporary_application_status_change" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "officeId" integer NOT NULL, "fromStatus" varchar(40), "toStatus" varchar(40) NOT NULL, "action" varchar(40) NOT NULL, "at" datetime(3) NOT NULL, "actorId" integer, "endedAt" datetime(3), "workingDays" integer)',
      'INSERT INTO "temporary_application_status_change"("id", "applicationId", "officeId", "fromStatus", "toStatus", "action", "at", "actorId") SELECT "id", "applicationId", "officeId", "fromStatus", "toStatus", "action", "at", "actorId" FROM "application_status_change"',
      'DROP TABLE "application_status_change"',
      'ALTER TABLE "temporary_application_status_change" RENAME TO "application_status_change"',
      'CREATE INDEX "ix_status_change_application" ON "application_status_change" ("applicationId", "at") ',
      'CREATE INDEX "ix_status_change_stay" ON "application_status_change" ("at", "officeId", "toStatus", "workingDays") ',
    ],
    down: [
      'DROP INDEX "ix_status_change_stay"',
      'DROP INDEX "ix_status_change_application"',
      'ALTER TABLE "application_status_change" RENAME TO "temporary_application_status_change"',
      'CREATE TABLE "application_status_change" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "officeId" integer NOT NULL, "fromStatus" varchar(40), "toStatus" varchar(40) NOT NULL, "action" varchar(40) NOT NULL, "at" datetime(3) NOT NULL, "actorId" integer)',
      'INSERT INTO "application_status_change"("id", "applicationId", "officeId", "fromStatus", "toStatus", "action", "at", "actorId") SELECT "id", "applicationId", "officeId", "fromStatus", "toStatus", "action", "at", "actorId" FROM "temporary_application_status_change"',
      'DROP TABLE "temporary_application_status_change"',
      'CREATE INDEX "ix_status_change_application" ON "application_status_change" ("applicationId", "at") ',
      'CREATE INDEX "ix_status_change_to_at" ON "application_status_change" ("toStatus", "at") ',
      'CREATE INDEX "ix_status_change_at" ON "application_status_change" ("at") ',
      'CREATE INDEX "ix_status_change_office_at" ON "application_status_change" ("officeId", "at") ',
    ],
  },
  mysql: {
    up: [
      'DROP INDEX `ix_status_change_to_at` ON `application_status_change`',
      'DROP INDEX `ix_status_change_at` ON `application_status_change`',
      'DROP INDEX `ix_status_change_office_at` ON `application_status_change`',
      'ALTER TABLE `application_status_change` ADD `endedAt` datetime(3) NULL',
      'ALTER TABLE `application_status_change` ADD `workingDays` int NULL',
      'CREATE INDEX `ix_status_change_stay` ON `application_status_change` (`at`, `officeId`, `toStatus`, `workingDays`)',
    ],
    down: [
      'DROP INDEX `ix_status_change_stay` ON `application_status_change`',
      'ALTER TABLE `application_status_change` DROP COLUMN `workingDays`',
      'ALTER TABLE `application_status_change` DROP COLUMN `endedAt`',
      'CREATE INDEX `ix_status_change_office_at` ON `application_status_change` (`officeId`, `at`)',
      'CREATE INDEX `ix_status_change_at` ON `application_status_change` (`at`)',
      'CREATE INDEX `ix_status_change_to_at` ON `application_status_change` (`toStatus`, `at`)',
    ],
  },
};

const Tables = sqlMigration('StayLengths1795766008880', SQL);

export class StayLengths1795766008880 extends Tables {
  async up(q: QueryRunner): Promise<void> {
    await super.up(q);
    const calendar = await WorkCalendar.load(q.manager);
    const step = 500;
    const [{ last }] = await q.query('SELECT MAX(applicationId) AS last FROM application_status_change');
    for (let from = 0; from < Number(last ?? 0); from += step) {
      const rows: { id: number; applicationId: number; at: Date | string }[] = await q.query(
        'SELECT id, applicationId, at FROM application_status_change WHERE applicationId > ? AND applicationId <= ? ORDER BY applicationId, at, id',
        [from, from + step],
      );
      const ended: { id: number; endedAt: Date | string; workingDays: number }[] = [];
      for (const [i, row] of rows.entries()) {
        const next = rows[i + 1];
        if (next?.applicationId === row.applicationId) {
          ended.push({
            id: row.id,
            endedAt: next.at,
            workingDays: workdaysSpanned(calendar, rawTimestamp(row.at), rawTimestamp(next.at)),
          });
        }
      }
      await setStayLengths(q.manager, ended);
    }
  }
}
