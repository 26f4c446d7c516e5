import type { DataSource } from 'typeorm';
import { inList } from '../db/rows';
import type { AuditEvent } from './audit-event.entity';

// The audit chain's statements that TypeORM's finders cannot say: where the head is, as a place.

/** The alias of an audit event. */
export const EVENT = 'e';
/** The alias of the chain's head. */
export const HEAD = 'h';

/** The place (seq) of the chain head's event, 0 while the chain is empty: a subquery, quoted by `quote`. */
export function headSeqSql(quote: (name: string) => string): string {
  return `COALESCE((SELECT ${EVENT}.${quote('seq')} FROM ${quote('audit_event')} ${EVENT} JOIN ${quote('audit_chain_head')} ${HEAD} ON ${EVENT}.${quote('id')} = ${HEAD}.${quote('lastEventId')} WHERE ${HEAD}.${quote('id')} = 1), 0)`;
}

/**
 * The first event with a place beyond the head as it is now: a seal moves the head with its
 * events in one transaction, so a sealed event never lies beyond it. One statement reads the head
 * and the events alike, so a seal committing meanwhile is seen whole or not at all.
 */
export async function eventBeyondTheHead(ds: DataSource): Promise<{ id: number; seq: number } | null> {
  const quote = (name: string) => ds.driver.escape(name);
  const rows: { id: number; seq: number }[] = await ds.query(
    `SELECT ${quote('id')} AS id, ${quote('seq')} AS seq FROM ${quote('audit_event')} WHERE ${quote('seq')} > ${headSeqSql(quote)} ORDER BY ${quote('seq')} LIMIT 1`,
  );
  return rows.length ? { id: Number(rows[0].id), seq: Number(rows[0].seq) } : null;
}

/** The last place given in the chain (over EVENT), NULL while none is. */
export const LAST_SEQ = `MAX(${EVENT}.seq)`;

/**
 * Seals `events` in one statement: sets each one's seq, prevHash and hash to its own (as the
 * events hold them), with the statement's parameters.
 */
export function sealEvents(ds: DataSource, events: readonly AuditEvent[]): { sql: string; parameters: unknown[] } {
  const quote = (name: string) => ds.driver.escape(name);
  const set = (column: keyof AuditEvent) => ({
    sql: `${quote(column)} = CASE ${quote('id')} ${events.map(() => 'WHEN ? THEN ?').join(' ')} END`,
    params: events.flatMap((e) => [e.id, e[column]]),
  });
  const columns = [set('seq'), set('prevHash'), set('hash')];
  return {
    sql: `UPDATE ${quote('audit_event')} SET ${columns.map((c) => c.sql).join(', ')} WHERE ${inList(quote('id'), events)}`,
    parameters: [...columns.flatMap((c) => c.params), ...events.map((e) => e.id)],
  };
}
