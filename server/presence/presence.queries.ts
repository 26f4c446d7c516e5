import type { EntityManager } from 'typeorm';
import { CaseViewer } from './case-viewer.entity';

// The statements of the case page's heartbeat, over case_viewer.

/** That `officerId` has the case open now: its row made or moved to `seenAt`. */
export const markViewer = (em: EntityManager, viewer: CaseViewer) =>
  em.upsert(CaseViewer, viewer, ['applicationId', 'officerId']);

/** That `officerId` has left the case: its row goes at once. */
export const forgetViewer = (em: EntityManager, applicationId: number, officerId: number) =>
  em.delete(CaseViewer, { applicationId, officerId });

/** An officer's rows last seen before `before`: cases they have long left (ix_case_viewer_officer). */
export const clearStaleViewers = (em: EntityManager, officerId: number, before: Date) =>
  em
    .createQueryBuilder()
    .delete()
    .from(CaseViewer)
    .where('officerId = :officerId AND seenAt < :before', { officerId, before })
    .execute();

/** The officers other than `officerId` seen on the case since `since`, the latest `most` first. */
export const otherViewers = (em: EntityManager, applicationId: number, officerId: number, since: Date, most: number) =>
  em
    .createQueryBuilder(CaseViewer, 'viewer')
    .where('viewer.applicationId = :applicationId AND viewer.officerId <> :officerId AND viewer.seenAt >= :since', {
      applicationId,
      officerId,
      since,
    })
    .orderBy('viewer.seenAt', 'DESC')
    .take(most)
    .getMany();
