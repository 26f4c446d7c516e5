import { stringField } from '../../common/json';

// The case's audit trail as the history tab lists it: reads of the papers (which every opening of
// a case logs) folded into one line per run, so that the steps that changed the case stand out.
// So are the reads of what the registry answered or what was decided (VIEW_CRIMINAL_RECORD, and
// VIEW_RECORD_MATCHES for a check's matches), which an opening of such a case logs too, once per
// officer in ten minutes.

/** Audit actions that only read: consecutive ones by the same officer are shown as one line. */
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
  /** How many events the line stands for: 1, or the length of a run of reads. */
  count: number;
  /** The oldest event of a run of reads (the same as `event` for one). */
  first: AuditEntry;
  /** The document kinds a run of reads opened, in the order first read. */
  kinds: string[];
}

/** Folds runs of the same read by the same officer into one line; every other event is a line of its own. */
export function historyLines(events: readonly AuditEntry[]): HistoryLine[] {
  const lines: HistoryLine[] = [];
  for (const event of events) {
    const last = lines.at(-1);
    const kind = stringField(event.detail, 'kind');
    if (
      last &&
      READ_ACTIONS.has(event.action) &&
      last.event.action === event.action &&
      (last.event.actor?.username ?? last.event.actor?.displayName) ===
        (event.actor?.username ?? event.actor?.displayName)
    ) {
      last.count += 1;
      last.first = event;
      if (kind && !last.kinds.includes(kind)) last.kinds.unshift(kind);
      continue;
    }
    lines.push({ event, count: 1, first: event, kinds: kind ? [kind] : [] });
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
