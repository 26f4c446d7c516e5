import type { ApplicationRecord } from '../../dataProvider';
import type { DocumentKind } from '../../generated/graphql';

/**
 * What a supplement request starts from: the kinds of the papers rejected on verification (each
 * once), and their rejection notes as the reason, both still the officer's to change.
 */
export function rejectedPapers(record: ApplicationRecord | undefined): { kinds: DocumentKind[]; reason?: string } {
  const rejected = (record?.documents ?? []).filter((d) => d.status === 'REJECTED');
  const notes = [...new Set(rejected.map((d) => d.note?.trim()).filter((note): note is string => !!note))];
  return {
    kinds: [...new Set(rejected.map((d) => d.kind))],
    ...(notes.length ? { reason: notes.join('；') } : {}),
  };
}
