import type DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import type { Loader } from '../core/context';
import { LIST, type ListOf, ROW } from '../db/rows';
import { HallEvent } from '../hall-events/hall-event.entity';
import { hallEventsLoader } from '../hall-events/hall-event.loaders';
import { Notification } from '../notifications/notification.entity';
import { notificationsLoader } from '../notifications/notification.loaders';
import { RecordCheck } from '../records/record-check.entity';
import { recordChecksLoader } from '../records/record-check.loaders';
import { documentsLoader } from './application.loaders';
import { Document } from './document.entity';

/**
 * A list of a case's rows in a table of its own, which the case's statement can read with it: the
 * loader that answers it (rows in the order of ids, or newest first).
 */
export interface ApplicationChildList extends ListOf<ObjectLiteral> {
  loader: Loader<DataLoader<number, ObjectLiteral[]>>;
  newestFirst?: boolean;
}

const ofCase = `${LIST}.applicationId = ${ROW}.id`;

export const DOCUMENTS: ApplicationChildList = { entity: Document, on: ofCase, loader: documentsLoader };
export const RECORD_CHECKS: ApplicationChildList = {
  entity: RecordCheck,
  on: ofCase,
  loader: recordChecksLoader,
  newestFirst: true,
};
export const NOTIFICATIONS: ApplicationChildList = { entity: Notification, on: ofCase, loader: notificationsLoader };
export const HALL_EVENTS: ApplicationChildList = { entity: HallEvent, on: ofCase, loader: hallEventsLoader };
