import { Outcome, RecordMatchKind } from '../core/enums';
import type { CheckedSubject, RecordMatch } from './record-check.entity';
import type { RegistryRecord } from './registry';

// What a lookup's answer means for a case: which of the registry's records are the subject's and
// how sure that is, and the outcome they point to. The officer decides; this is the evidence.

const sameIdNumber = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();
const sameName = (a: string, b: string) => a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

/** The records that are the subject's: the same identity number, else the same name and birth date. Others are dropped. */
export function matchesOf(subject: CheckedSubject, records: RegistryRecord[]): RecordMatch[] {
  const matches: RecordMatch[] = [];
  for (const r of records) {
    const exact = !!r.idNumber && sameIdNumber(r.idNumber, subject.idNumber);
    const nameAndBirth = !!subject.birthDate && r.birthDate === subject.birthDate && sameName(r.name, subject.name);
    if (!exact && !nameAndBirth) continue;
    matches.push({
      kind: exact ? RecordMatchKind.EXACT_ID : RecordMatchKind.NAME_AND_BIRTH_DATE,
      recordRef: r.recordRef,
      offence: r.offence,
      judgmentDate: r.judgmentDate,
      sentence: r.sentence,
      sealedJuvenile: r.sealedJuvenile,
    });
  }
  // Exact matches first: they are what the decision rests on.
  return matches.sort(
    (a, b) => Number(b.kind === RecordMatchKind.EXACT_ID) - Number(a.kind === RecordMatchKind.EXACT_ID),
  );
}

/**
 * The outcome the matches point to. Only exact matches count: a record found when one of them is
 * not a sealed juvenile record, a sealed juvenile record when all are; a match on name and birth
 * date alone is for the officer to rule out and suggests nothing by itself.
 */
export function suggestedOutcomeOf(matches: RecordMatch[]): Outcome {
  const exact = matches.filter((m) => m.kind === RecordMatchKind.EXACT_ID);
  if (!exact.length) return Outcome.NO_RECORD;
  return exact.every((m) => m.sealedJuvenile) ? Outcome.SEALED_JUVENILE_RECORD : Outcome.RECORD_FOUND;
}
