import type { EntityManager } from 'typeorm';
import { shanghaiDate } from '../core/time';
import { maxParameters } from '../db/dialect';
import { addToCountersStatement } from './counters.queries';

type Row = Record<string, string | number>;

/**
 * Adds to counter rows, creating them at need: `keys` name the primary-key columns, every other
 * column of the rows is added to what is there.
 */
export async function addToCounters(em: EntityManager, table: string, keys: string[], rows: Row[]): Promise<void> {
  if (!rows.length) return;
  // Rows locked in one order by every writer: a claim (moving a case from "no holder" to an
  // officer) and a release (the other way) would otherwise each hold one row the other waits for.
  rows = [...rows].sort((a, b) => {
    for (const key of keys) if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
    return 0;
  });
  const columns = Object.keys(rows[0]);
  const perStatement = Math.floor(maxParameters(em.connection) / columns.length);
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await em.query(
      addToCountersStatement(em.connection, table, keys, columns, chunk.length),
      chunk.flatMap((r) => columns.map((c) => r[c])),
    );
  }
}

export type Step = 'received' | 'accepted' | 'issued' | 'mailed';

/** One step of a case in an office's workload of the day it happened. */
export function countStep(
  em: EntityManager,
  step: Step,
  at: Date,
  officeId: number,
  officerId: number | null,
): Promise<void> {
  return addToCounters(
    em,
    'workload_day',
    ['day', 'officeId', 'officerId'],
    [{ day: shanghaiDate(at), officeId, officerId: officerId ?? 0, [step]: 1 }],
  );
}

/** A decision: counted, whether it met its due time, and the working days it took. */
export async function countDecision(
  em: EntityManager,
  at: Date,
  officeId: number,
  officerId: number | null,
  met: boolean,
  days: number,
): Promise<void> {
  const key = { day: shanghaiDate(at), officeId, officerId: officerId ?? 0 };
  await addToCounters(em, 'workload_day', ['day', 'officeId', 'officerId'], [{ ...key, decided: 1, met: met ? 1 : 0 }]);
  await addToCounters(em, 'decision_days', ['day', 'officeId', 'officerId', 'days'], [{ ...key, days, count: 1 }]);
}

export interface ApplicationCell {
  officeId: number;
  status: string;
  assigneeId: number | null;
}

/** A case moved from one cell of the queue counts to another (from null: a new case). */
export async function moveCase(em: EntityManager, from: ApplicationCell | null, to: ApplicationCell): Promise<void> {
  const cell = (c: ApplicationCell, n: number) => ({
    officeId: c.officeId,
    status: c.status,
    assigneeId: c.assigneeId ?? 0,
    count: n,
  });
  if (
    from &&
    from.officeId === to.officeId &&
    from.status === to.status &&
    (from.assigneeId ?? 0) === (to.assigneeId ?? 0)
  )
    return;
  await addToCounters(
    em,
    'case_count',
    ['officeId', 'status', 'assigneeId'],
    from ? [cell(from, -1), cell(to, 1)] : [cell(to, 1)],
  );
}
