import type DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../core/context';
import type { ListOf } from '../db/rows';
import { HallEvent } from '../hall-events/hall-event.entity';
import { Notification } from '../notifications/notification.entity';
import { RecordCheck } from '../records/record-check.entity';
import { Document } from './document.entity';

/** A list of a case: the loader that answers it (in the order of ids, or newest first), and the fields of a case that read it. */
export interface CaseList extends ListOf<ObjectLiteral> {
  loader: (loaders: RequestContext['loaders']) => DataLoader<number, ObjectLiteral[]>;
  fields: readonly string[];
  newestFirst?: boolean;
}

const ofCase = 'l.applicationId = r.id';

/** The lists of a case its page shows. */
const CASE_LISTS: readonly CaseList[] = [
  {
    entity: Document,
    on: ofCase,
    loader: (l) => l.documentsOfApplication,
    fields: ['documents', 'missingDocumentKinds', 'availableActions'],
  },
  { entity: RecordCheck, on: ofCase, loader: (l) => l.recordChecks, fields: ['recordChecks'], newestFirst: true },
  { entity: Notification, on: ofCase, loader: (l) => l.notifications, fields: ['notifications'] },
  { entity: HallEvent, on: ofCase, loader: (l) => l.hallEvents, fields: ['hallEvents'] },
];

/** The lists of a case that these of its fields read. */
export const caseListsOf = (fields: ReadonlySet<string>) =>
  CASE_LISTS.filter((list) => list.fields.some((field) => fields.has(field)));

/** Hands a list of case `id`, read in the order of ids with the case, to the loader that answers it. */
export function primeCaseList(ctx: RequestContext, list: CaseList, id: number, rows: ObjectLiteral[]): void {
  list.loader(ctx.loaders).prime(id, list.newestFirst ? [...rows].reverse() : rows);
}
