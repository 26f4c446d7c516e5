import type { DataSource } from 'typeorm';

// The audit chain's statements that TypeORM's finders cannot say: where the head is, as a place.

/** The place (seq) of the chain head's event, 0 while the chain is empty: a subquery, quoted by `quote`. */
export function headSeqSql(quote: (name: string) => string): string {
  return `COALESCE((SELECT e.${quote('seq')} FROM ${quote('audit_event')} e JOIN ${quote('audit_chain_head')} h ON e.${quote('id')} = h.${quote('lastEventId')} WHERE h.${quote('id')} = 1), 0)`;
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
