import { type AuditEntry, recordRead } from '../audit/audit.service';
import { loader, type RequestContext } from '../core/context';
import { CaseAction, RecordCheckStatus } from '../core/enums';

// A read that tells whether a case's subject has a criminal record leaves an audit event: what the
// registry answered (a check's status, suggested outcome or matches, the case's latest status, a
// search of cases by it), what was decided (the outcome, the kind of document issued), and a case's
// trail holding either. Once per officer and case in ten minutes, and one event per request for
// all the cases it tells about: a queue page of 200 rows is one event, and its refreshes none.

/**
 * How long an audited read stands for the same officer's next reads of the case: an open case page
 * or queue asks again every few seconds, and each answer is not a new look.
 */
const READ_AUDITED_FOR_MS = 10 * 60_000;

interface AuditedRead {
  at: number;
  /** The event's write: the reads it covers answer once it has succeeded; one that failed is forgotten. */
  written: Promise<void>;
  done: boolean;
}

/** This process's audited reads, by `officerId:applicationId` (and `officerId:search:filter` for a search). */
const auditedReads = new Map<string, AuditedRead>();
const SWEEP_AT_LEAST = 10_000;
/** Reads older than the window are swept out past this size, which then doubles what is left: a sweep costs in proportion to the reads noted since the last. */
let sweepAbove = SWEEP_AT_LEAST;

/** Whether a check's status says what the registry answered (CLEAR or MATCHES_FOUND); pending, failed and none tell nothing. */
export const tellsRecord = (
  status: RecordCheckStatus | null,
): status is RecordCheckStatus.CLEAR | RecordCheckStatus.MATCHES_FOUND =>
  status === RecordCheckStatus.CLEAR || status === RecordCheckStatus.MATCHES_FOUND;

/**
 * Audit actions whose events in a case's trail tell whether its subject has a record: the
 * registry's answer (RECORD_CHECK; VIEW_RECORD_MATCHES, a view of a check's matches, is written
 * only for a check that found some), what a check had found before the next one
 * (RUN_RECORD_CHECK), and a decision's outcome (decided, reviewed, issued as a document of its kind).
 */
const TELLING_ACTIONS: ReadonlySet<string> = new Set([
  'RECORD_CHECK',
  'VIEW_RECORD_MATCHES',
  CaseAction.RUN_RECORD_CHECK,
  CaseAction.DECIDE,
  CaseAction.OPEN_REVIEW,
  CaseAction.CLOSE_REVIEW,
  CaseAction.ISSUE,
]);

/** Whether an event of a case's trail tells whether its subject has a record (see TELLING_ACTIONS). */
export const eventTellsRecord = (event: { action: string }): boolean => TELLING_ACTIONS.has(event.action);

/**
 * `value`, which tells whether the subject of case `applicationId` has a record, once its read is
 * audited: at once when this officer's read of the case was audited lately, else once the event
 * naming it, with every other case the request tells about, is written.
 */
export function readOfRecord<T>(ctx: RequestContext, applicationId: number, value: T): T | Promise<T> {
  const key = `${ctx.officer?.id}:${applicationId}`;
  const now = Date.now();
  const covering = coveringRead(key, now);
  if (covering) return covering.done ? value : covering.written.then(() => value);
  const written = readsOf(ctx).add(ctx, applicationId);
  noteRead(key, written, now);
  return written.then(() => value);
}

/**
 * A search of cases by what the registry answered (the queue's recordCheckStatus filter): its
 * filter, its count and the cases of its page are one audit event, unless this officer's same
 * search was audited lately and lists no case his reads of which were not.
 */
export async function auditRecordSearch(
  ctx: RequestContext,
  filter: object,
  total: number,
  applicationIds: number[],
): Promise<void> {
  const now = Date.now();
  const keys = [
    `${ctx.officer?.id}:search:${JSON.stringify(filter)}`,
    ...applicationIds.map((id) => `${ctx.officer?.id}:${id}`),
  ];
  const covering = keys.map((key) => coveringRead(key, now));
  if (covering.includes(null)) {
    const search: AuditEntry = {
      action: 'SEARCH_CRIMINAL_RECORDS',
      entityType: 'Queue',
      entityId: 'applications',
      detail: { filter, total, applicationIds },
    };
    const written = recordRead(ctx, search).then(() => undefined);
    for (const key of keys) noteRead(key, written, now);
    return written;
  }
  await Promise.all(covering.map((read) => read?.written));
}

/**
 * A search of cases by a full identity or passport number, named by its keyed hash (the number is
 * not written to the trail): one event, unless this officer's same search was audited lately (a
 * queue refreshes its search every few seconds).
 */
export async function auditIdNumberSearch(ctx: RequestContext, idNumberHash: string): Promise<void> {
  const now = Date.now();
  const key = `${ctx.officer?.id}:id-number:${idNumberHash}`;
  const covering = coveringRead(key, now);
  if (covering) return covering.written;
  const search: AuditEntry = {
    action: 'SEARCH_BY_ID_NUMBER',
    entityType: 'Queue',
    entityId: 'applications',
    detail: { idNumberHash },
  };
  const written = recordRead(ctx, search).then(() => undefined);
  noteRead(key, written, now);
  return written;
}

/** The event of reads that tell about `applicationIds`: filed under the case when one, else under the queue naming them. */
function readEvent(applicationIds: readonly number[]): AuditEntry {
  return applicationIds.length === 1
    ? { action: 'VIEW_CRIMINAL_RECORD', entityType: 'Application', entityId: applicationIds[0] }
    : { action: 'VIEW_CRIMINAL_RECORDS', entityType: 'Queue', entityId: 'applications', detail: { applicationIds } };
}

/**
 * The request's reads not audited lately, written as one event once the reads of this turn of the
 * event loop are in, and those that come while it is written as one more after it: a page's rows
 * are one event, and the histories of a page's cases, which answer one by one, a few.
 */
class RequestReads {
  private waiting: number[] = [];
  private next: Promise<void> | null = null;
  private writing: Promise<void> = Promise.resolve();

  /** Resolves once an event naming case `applicationId` is written (by `ctx`, the request's context). */
  add(ctx: RequestContext, applicationId: number): Promise<void> {
    this.waiting.push(applicationId);
    if (!this.next) {
      this.next = this.writing
        .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
        .then(async () => {
          const applicationIds = this.waiting;
          this.waiting = [];
          this.next = null;
          await recordRead(ctx, readEvent(applicationIds));
        });
      this.writing = this.next.catch(() => undefined);
    }
    return this.next;
  }
}

/** The record reads of a request, audited together (see readOfRecord). */
const readsLoader = loader('recordReads', () => new RequestReads());

const readsOf = (ctx: RequestContext): RequestReads => ctx.loaders.of(readsLoader);

function coveringRead(key: string, now: number): AuditedRead | null {
  const read = auditedReads.get(key);
  return read && now - read.at < READ_AUDITED_FOR_MS ? read : null;
}

function noteRead(key: string, written: Promise<void>, now: number): void {
  const read: AuditedRead = { at: now, written, done: false };
  auditedReads.set(key, read);
  written.then(
    () => {
      read.done = true;
    },
    () => {
      if (auditedReads.get(key) === read) auditedReads.delete(key);
    },
  );
  if (auditedReads.size <= sweepAbove) return;
  for (const [k, { at }] of auditedReads) if (now - at >= READ_AUDITED_FOR_MS) auditedReads.delete(k);
  sweepAbove = Math.max(SWEEP_AT_LEAST, 2 * auditedReads.size);
}
