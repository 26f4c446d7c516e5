import { stringField } from '../../common/json';

// The case's audit trail as the history tab lists it: reads of the papers (which every opening of
// a case logs) folded into one line per officer, day and kind of read, where the newest of them
// stands, so that the steps that changed the case stand out.
// So are the reads of what the registry answered or what was decided (VIEW_CRIMINAL_RECORD, and
// VIEW_RECORD_MATCHES for a check's matches), which an opening of such a case logs too, once per
// officer in ten minutes.

/** Audit actions that only read: an officer's of one kind on one day are shown as one line. */
export const READ_ACTIONS: ReadonlySet<string> = new Set([
  'DOCUMENT_DOWNLOADED',
  'ISSUED_DOCUMENT_DOWNLOADED',
  'ISSUED_DOCUMENT_RENDERED',
  'VIEW_RECORD_MATCHES',
  'VIEW_CRIMINAL_RECORD',
]);

export interface AuditEntry {
  id: string;
  at: string;
  action: string;
  /** What the server wrote with the event (JSON): a step's fromStatus, toStatus, reason, note; a read's kind. */
  detail?: unknown;
  actor?: { displayName: string; username?: string } | null;
}

export interface HistoryLine {
  /** The newest event of the line (the trail is newest first). */
  event: AuditEntry;
  /** How many events the line stands for: 1, or the number of reads folded into it. */
  count: number;
  /** The oldest event of the reads folded (the same as `event` for one). */
  first: AuditEntry;
  /** The document kinds the reads opened, in the order first read. */
  kinds: string[];
}

/** The Shanghai calendar day of an instant, YYYY-MM-DD. */
const shanghaiDay = (at: string) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Folds the reads of one kind by one officer on one (Shanghai) day into one line, where the
 * newest of them stands; every other event is a line of its own. `events` are newest first.
 */
export function historyLines(events: readonly AuditEntry[]): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const reads = new Map<string, HistoryLine>();
  for (const event of events) {
    const kind = stringField(event.detail, 'kind');
    const key = READ_ACTIONS.has(event.action)
      ? [event.action, event.actor?.username ?? event.actor?.displayName, shanghaiDay(event.at)].join(' ')
      : null;
    const line = key ? reads.get(key) : undefined;
    if (line) {
      line.count += 1;
      line.first = event;
      if (kind && !line.kinds.includes(kind)) line.kinds.unshift(kind);
      continue;
    }
    const added = { event, count: 1, first: event, kinds: kind ? [kind] : [] };
    lines.push(added);
    if (key) reads.set(key, added);
  }
  return lines;
}

/**
 * The status change of an event when it changed the status: [from, to], from null for the case's
 * first status; null for a step that left the status as it was (a claim, a fee, a transfer).
 */
export function statusChange(event: AuditEntry): [string | null, string] | null {
  const from = stringField(event.detail, 'fromStatus') ?? null;
  const to = stringField(event.detail, 'toStatus');
  return to && from !== to ? [from, to] : null;
}
