import { type EntityManager, IsNull } from 'typeorm';
import { WorkCalendar } from '../calendar/calendar.service';
import { shanghaiDate } from '../core/time';
import { StatusChange } from './status-change.entity';

/** Working days a stay lasted, from the day it began to the day it ended. */
export function stayWorkingDays(calendar: WorkCalendar, began: Date, ended: Date): number {
  return calendar.workdaysBetween(shanghaiDate(began), shanghaiDate(ended));
}

/** Records a change of a case's status or office, ending the stay its previous change began. */
export async function recordStatusChange(em: EntityManager, change: Omit<StatusChange, 'id' | 'endedAt' | 'workingDays'>): Promise<void> {
  const stay = await em.findOne(StatusChange, { where: { applicationId: change.applicationId, endedAt: IsNull() }, order: { at: 'DESC', id: 'DESC' } });
  if (stay) {
    const workingDays = stayWorkingDays(await WorkCalendar.load(em), stay.at, change.at);
    await em.update(StatusChange, { id: stay.id }, { endedAt: change.at, workingDays });
  }
  await em.insert(StatusChange, { ...change, endedAt: null, workingDays: null });
}
