import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { readQuery } from '../db/read-query';
import { inTransaction } from '../db/transaction';
import { setIdHashes, unhashedIdNumbers } from './application.queries';

// A case is found by its subject's (or agent's) full identity or passport number through a keyed
// hash of the number, kept beside it: the search compares hashes, so the number is neither stored
// a second time in a form that reads back nor matched with LIKE. The key derives from AUDIT_KEY,
// which never changes over a database's life (the audit chain rests on it).

/** The number as compared: without spaces, its letters in upper case (a resident id's X, a passport's letters). */
export const normalIdNumber = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

/** What a search text must be to be taken as an identity or passport number: 6–20 letters and digits, a digit among them. */
export const looksLikeIdNumber = (text: string): boolean => /^(?=.*\d)[0-9A-Z]{6,20}$/.test(normalIdNumber(text));

const keys = new Map<string, Buffer>();

/** The keyed hash (32 hex characters) of an identity or passport number; null for none. */
export function idNumberHash(auditKey: string, idNumber: string | null | undefined): string | null {
  if (!idNumber) return null;
  let key = keys.get(auditKey);
  if (!key) {
    key = createHmac('sha256', auditKey).update('id-number-search/v1').digest();
    keys.set(auditKey, key);
  }
  return createHmac('sha256', key).update(normalIdNumber(idNumber)).digest('hex').slice(0, 32);
}

/** Cases hashed per transaction by hashIdNumbers. */
const BATCH = 1000;

/**
 * Gives every case written before the hashes were kept (or by a tool that left them out) the keyed
 * hashes of its identity numbers; run as the server starts. Returns how many cases it hashed.
 */
export async function hashIdNumbers(ds: DataSource, auditKey: string): Promise<number> {
  let hashed = 0;
  for (;;) {
    const rows = await readQuery<{ id: number; subjectIdNumber: string | null; agentIdNumber: string | null }>(
      ds.manager,
      unhashedIdNumbers(ds, BATCH),
    );
    if (!rows.length) return hashed;
    await inTransaction(ds, async (em) => {
      for (const row of rows) {
        await em.query(setIdHashes(ds), [
          idNumberHash(auditKey, row.subjectIdNumber),
          idNumberHash(auditKey, row.agentIdNumber),
          row.id,
        ]);
      }
    });
    hashed += rows.length;
  }
}
