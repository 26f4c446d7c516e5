import { type EntityManager, In } from 'typeorm';
import { RecordCheckStatus, RecordMatchKind } from '../core/enums';
import { rowsWhere } from '../db/rows';
import { afterCommit } from '../db/transaction';
import { workerOf } from '../operations/job-worker';
import { NEWEST_FIRST, ofCases } from './record.queries';
import { type CheckedSubject, RecordCheck } from './record-check.entity';
import { RECORD_CHECKS } from './record-check.worker';

export const hasExactMatch = (check: RecordCheck | null): boolean =>
  !!check?.matchList?.some((m) => m.kind === RecordMatchKind.EXACT_ID);

/** A check that has not answered: the worker has not run it yet, or it failed. */
export const unanswered = (check: RecordCheck | null): boolean =>
  !check || check.status === RecordCheckStatus.PENDING || check.status === RecordCheckStatus.FAILED;

/**
 * Asks for a lookup of `subject` in the transaction of `em` (a change that rolls back asks
 * nothing); the worker runs it once the transaction has committed.
 */
export async function requestRecordCheck(
  em: EntityManager,
  applicationId: number,
  subject: CheckedSubject,
  requestedById: number | null,
): Promise<RecordCheck> {
  const check = await em.save(
    em.create(RecordCheck, {
      applicationId,
      status: RecordCheckStatus.PENDING,
      // Which registry answered is written when one has.
      source: '',
      requestedAt: new Date(),
      requestedById,
      subject: { idType: subject.idType, idNumber: subject.idNumber, name: subject.name, birthDate: subject.birthDate },
      matchList: null,
      suggestedOutcome: null,
      error: null,
      startedAt: null,
      attempts: 0,
    }),
  );
  afterCommit(em, 'run record checks', async () => workerOf(em.connection, RECORD_CHECKS)?.wake());
  return check;
}

export function latestRecordCheck(em: EntityManager, applicationId: number): Promise<RecordCheck | null> {
  return em.findOne(RecordCheck, { where: { applicationId }, order: { id: 'DESC' } });
}

/** The latest check the registry answered (CLEAR or MATCHES_FOUND): what is known of the subject while a newer one waits or failed. */
export function latestAnsweredCheck(em: EntityManager, applicationId: number): Promise<RecordCheck | null> {
  return em.findOne(RecordCheck, {
    where: { applicationId, status: In([RecordCheckStatus.CLEAR, RecordCheckStatus.MATCHES_FOUND]) },
    order: { id: 'DESC' },
  });
}

/** The checks of each case, newest first. */
export async function recordChecksOf(em: EntityManager, applicationIds: readonly number[]): Promise<RecordCheck[][]> {
  const rows = await rowsWhere(em, RecordCheck, ofCases(applicationIds), applicationIds, {
    orderBy: NEWEST_FIRST,
  });
  return applicationIds.map((id) => rows.filter((c) => c.applicationId === id));
}
