import type { EntityManager } from 'typeorm';
import { isMysqlFamily } from '../db/dialect';
import type { RecordCheck } from '../records/record-check.entity';
import { requestRecordCheck } from '../records/record-check.service';
import type { RecordCheckTarget } from '../records/record-check.worker';
import { Application } from './application.entity';
import { CASE, CASE_ID, CASE_IS, settleRecordCheck } from './application.queries';

// A case's record checks: asked when it is accepted or on an officer's demand, and the latest
// one's status kept on the case for the queue's filter and the dashboard.

/** Asks for a lookup of the case's subject in the transaction of `em`; the case shows it as pending. */
export async function requestSubjectRecordCheck(
  em: EntityManager,
  a: Application,
  requestedById: number | null,
): Promise<RecordCheck> {
  // The case first, then its check, as the worker storing an answer takes them: accepting a case
  // while the worker stores its older check deadlocked (the worker's settle waits on the new check,
  // the acceptance's change of the case on the worker's lock).
  await recordCheckTarget.lock(em, a.id);
  const { idType, idNumber, name, birthDate } = a.subject;
  return requestRecordCheck(em, a.id, { idType, idNumber, name, birthDate }, requestedById);
}

/** The worker's side of the case: it locks the case before storing an answer (as runRecordCheck does), and only the latest check speaks for the case. */
export const recordCheckTarget: RecordCheckTarget = {
  async lock(em, applicationId) {
    // SQLite's transactions take turns already.
    if (!isMysqlFamily(em.connection)) return;
    await em
      .getRepository(Application)
      .createQueryBuilder(CASE)
      .select(CASE_ID)
      .where(CASE_IS, { id: applicationId })
      .setLock('pessimistic_write')
      .getOne();
  },
  async settle(em, check) {
    await em
      .createQueryBuilder()
      .update(Application)
      .set({ recordCheckStatus: check.status })
      .where(settleRecordCheck.where, { id: check.applicationId })
      .andWhere(settleRecordCheck.latest(em.connection), { recordCheckId: check.id })
      .execute();
  },
};
