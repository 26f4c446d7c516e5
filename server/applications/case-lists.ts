import type DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import type { Loader, RequestContext } from '../core/context';
import type { ListOf } from '../db/rows';
import { HallEvent } from '../hall-events/hall-event.entity';
import { hallEventsLoader } from '../hall-events/hall-event.loaders';
import { Notification } from '../notifications/notification.entity';
import { notificationsLoader } from '../notifications/notification.loaders';
import { RecordCheck } from '../records/record-check.entity';
import { recordChecksLoader } from '../records/record-check.loaders';
import { documentsLoader } from './application.loaders';
import { Document } from './document.entity';

/** A list of a case: the loader that answers it (in the order of ids, or newest first), and the fields of a case that read it. */
export interface CaseList extends ListOf<ObjectLiteral> {
  loader: Loader<DataLoader<number, ObjectLiteral[]>>;
  fields: readonly string[];
  newestFirst?: boolean;
}

const ofCase = 'l.applicationId = r.id';

/** The lists of a case its page shows. */
const CASE_LISTS: readonly CaseList[] = [
  {
    entity: Document,
    on: ofCase,
    loader: documentsLoader,
    fields: ['documents', 'missingDocumentKinds', 'availableActions'],
  },
  { entity: RecordCheck, on: ofCase, loader: recordChecksLoader, fields: ['recordChecks'], newestFirst: true },
  { entity: Notification, on: ofCase, loader: notificationsLoader, fields: ['notifications'] },
  { entity: HallEvent, on: ofCase, loader: hallEventsLoader, fields: ['hallEvents'] },
];

/** The lists of a case that these of its fields read. */
export const caseListsOf = (fields: ReadonlySet<string>) =>
  CASE_LISTS.filter((list) => list.fields.some((field) => fields.has(field)));

/** Hands a list of case `id`, read in the order of ids with the case, to the loader that answers it. */
export function primeCaseList(ctx: RequestContext, list: CaseList, id: number, rows: ObjectLiteral[]): void {
  ctx.loaders.of(list.loader).prime(id, list.newestFirst ? [...rows].reverse() : rows);
}
