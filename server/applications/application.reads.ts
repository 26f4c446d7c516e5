import type { ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../core/context';
import type { Application } from './application.entity';
import { type ApplicationChildList, DOCUMENTS, HALL_EVENTS, NOTIFICATIONS, RECORD_CHECKS } from './application.lists';
import type { SlaFacts } from './sla';

/**
 * What a GraphQL field of Application reads: `columns` of the case's row (WHOLE_ROW: all of them), and a
 * `list` of the case's rows in another table, which its loader answers.
 */
export interface FieldRead {
  columns: readonly (keyof Application)[] | typeof WHOLE_ROW;
  list?: ApplicationChildList;
}

/** The field needs the whole row of the case (it passes the case on as it is). */
export const WHOLE_ROW = 'whole row';

/**
 * The one declaration of what the fields of Application read that are not a column of their own
 * (a column's field reads that column; the id is always read). From it come the columns a page of
 * the queue selects (pageProperties) and the lists the case's own statement reads with it
 * (listsOfFields). A field that is neither a column nor declared here reads the whole row.
 */
export const APPLICATION_READS: Readonly<Record<string, FieldRead>> = {
  office: { columns: ['officeId'] },
  assignee: { columns: ['assigneeId'] },
  decidedBy: { columns: ['decidedById'] },
  signedOffBy: { columns: ['signedOffById'] },
  returnedBy: { columns: ['returnedById'] },
  otherApplications: { columns: ['subjectIdHash'] },
  slaState: { columns: ['status', 'acceptedAt', 'dueAt', 'decidedAt'] satisfies (keyof SlaFacts)[] },
  workingDaysWaited: { columns: ['submittedAt', 'decidedAt', 'status', 'updatedAt'] },
  issuedDocument: { columns: ['issued'] },
  progressUrl: { columns: ['referenceNo', 'applicantKind', 'entrusted', 'subject'] },
  deliveredAt: { columns: ['mailing'] },
  supplementRequest: { columns: ['supplement'] },
  // Read by the case's id: the routing decision (when the row was read without it) and the history.
  routing: { columns: [] },
  history: { columns: [] },
  documents: { columns: [], list: DOCUMENTS },
  missingDocumentKinds: { columns: WHOLE_ROW, list: DOCUMENTS },
  availableActions: { columns: WHOLE_ROW, list: DOCUMENTS },
  recordChecks: { columns: [], list: RECORD_CHECKS },
  notifications: { columns: [], list: NOTIFICATIONS },
  hallEvents: { columns: ['hallClientId'], list: HALL_EVENTS },
};

/** The properties of Application the rows of a page need for `fields` (selected of each row), or null for all. */
export function pageProperties(
  fields: ReadonlySet<string>,
  columns: ReadonlySet<string>,
): (keyof Application)[] | null {
  const properties = new Set<keyof Application>();
  for (const field of fields) {
    if (field === '__typename') continue;
    const read = APPLICATION_READS[field];
    if (!read && !columns.has(field)) return null;
    const reads = read ? read.columns : [field as keyof Application];
    if (reads === WHOLE_ROW) return null;
    for (const property of reads) properties.add(property);
  }
  return [...properties];
}

/** The lists of a case that `fields` (selected of the case) read, each once. */
export function listsOfFields(fields: ReadonlySet<string>): ApplicationChildList[] {
  const lists = new Set<ApplicationChildList>();
  for (const field of fields) {
    const list = APPLICATION_READS[field]?.list;
    if (list) lists.add(list);
  }
  return [...lists];
}

/**
 * Hands the lists read with case `id` (rows in the order of ids) to the loaders that answer them:
 * the one place the case's loaders are primed.
 */
export function primeLists(
  ctx: RequestContext,
  id: number,
  lists: readonly ApplicationChildList[],
  rows: ObjectLiteral[][],
): void {
  for (const [i, list] of lists.entries()) {
    ctx.loaders.of(list.loader).prime(id, list.newestFirst ? [...rows[i]].reverse() : rows[i]);
  }
}
