// The queue as the officer last saw it, kept for the session: the queue writes it (useQueueKeys),
// the case page reads it for its "next case" button (NextCaseButton).

const QUEUE_KEY = 'record-check.queue';

/** The cases of the queue as the officer last saw it (its filter, sort and page), in order. */
export interface RememberedQueue {
  ids: string[];
  references: string[];
}

/** Remembers the rows of the queue shown, in order. */
export function rememberQueue(rows: readonly { id: unknown; referenceNo?: unknown }[]) {
  const queue: RememberedQueue = {
    ids: rows.map((r) => String(r.id)),
    references: rows.map((r) => String(r.referenceNo ?? '')),
  };
  try {
    sessionStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
  } catch {
    // storage full or refused: there is simply no next case to offer
  }
}

/** The case after `id` in the queue as last seen, or null when `id` is not in it or is its last. */
export function nextInQueue(id: unknown): { id: string; referenceNo: string } | null {
  try {
    const queue = JSON.parse(sessionStorage.getItem(QUEUE_KEY) ?? 'null') as RememberedQueue | null;
    const at = queue?.ids.indexOf(String(id)) ?? -1;
    if (!queue || at < 0 || at + 1 >= queue.ids.length) return null;
    return { id: queue.ids[at + 1], referenceNo: queue.references[at + 1] ?? '' };
  } catch {
    return null;
  }
}
