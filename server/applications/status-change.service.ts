import { type EntityManager, IsNull } from 'typeorm';
import { transactionCalendar, WorkCalendar } from '../calendar/calendar.service';
import { workdaysSpanned } from '../calendar/clock';
import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from '../core/time';
import { sqlTimestamp } from '../db/dialect';
import { CHANGE, CHANGES_ACROSS_DAY, endStatusChanges } from './application.queries';
import { StatusChange } from './status-change.entity';

/** Records a change of a case's status or office, ending the stay its previous change began. */
export async function recordStatusChange(
  em: EntityManager,
  change: Omit<StatusChange, 'id' | 'endedAt' | 'workingDays'>,
): Promise<void> {
  const stay = await em.findOne(StatusChange, {
    where: { applicationId: change.applicationId, endedAt: IsNull() },
    order: { at: 'DESC', id: 'DESC' },
  });
  if (stay) {
    const workingDays = workdaysSpanned(await transactionCalendar(em), stay.at, change.at);
    await em.update(StatusChange, { id: stay.id }, { endedAt: change.at, workingDays });
  }
  await em.insert(StatusChange, { ...change, endedAt: null, workingDays: null });
}

/** Sets the end and length of many stays, a thousand a statement (any database, raw timestamps too). */
export async function setStayLengths(
  em: EntityManager,
  stays: { id: number; endedAt: Date | string; workingDays: number }[],
): Promise<void> {
  for (let i = 0; i < stays.length; i += 1000) {
    const chunk = stays.slice(i, i + 1000);
    await em.query(endStatusChanges(em.connection, chunk.length), [
      ...chunk.flatMap((s) => [
        s.id,
        typeof s.endedAt === 'string' ? s.endedAt : sqlTimestamp(em.connection, s.endedAt),
      ]),
      ...chunk.flatMap((s) => [s.id, s.workingDays]),
      ...chunk.map((s) => s.id),
    ]);
  }
}

/**
 * Counts again the ended stays a corrected calendar day falls within, after the correction;
 * returns how many changed. A day not yet over lies within no ended stay.
 */
export async function recountStaysOver(em: EntityManager, date: string): Promise<number> {
  if (date > shanghaiDate(new Date())) return 0;
  const stays = await em
    .createQueryBuilder(StatusChange, CHANGE)
    .where(CHANGES_ACROSS_DAY, {
      dayEnd: endOfShanghaiDay(date),
      dayStart: startOfShanghaiDay(date),
    })
    .getMany();
  const calendar = await WorkCalendar.load(em);
  const changed = stays.flatMap(({ id, at, endedAt, workingDays }) => {
    // The query selects ended stays only.
    if (!endedAt) throw new Error(`Stay ${id} has not ended`);
    const counted = workdaysSpanned(calendar, at, endedAt);
    return counted === workingDays ? [] : [{ id, endedAt, workingDays: counted }];
  });
  await setStayLengths(em, changed);
  return changed.length;
}
