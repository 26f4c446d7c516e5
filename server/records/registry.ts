import type { IdType } from '../core/enums';

// The port to the criminal-record registry: who is looked up, and what the registry holds about
// people who may be that person. Which of its records match, and how, is decided here
// (record-check.service.ts), not by the registry.

/** The person a check looks up, as the application names them. */
export interface RegistrySubject {
  idType: IdType;
  idNumber: string;
  name: string;
  /** YYYY-MM-DD; null when the application gives none. */
  birthDate: string | null;
}

/** One record of the registry that may be the subject's: the same identity number, or the same name and birth date. */
export interface RegistryRecord {
  /** The registry's own reference of the record. */
  recordRef: string;
  /** The number the record was filed under; null when the registry has none. */
  idNumber: string | null;
  name: string;
  /** YYYY-MM-DD, or null. */
  birthDate: string | null;
  offence: string;
  /** YYYY-MM-DD, or null. */
  judgmentDate: string | null;
  sentence: string | null;
  /** Sealed under Art. 286 of the Criminal Procedure Law (committed under 18, five years or less). */
  sealedJuvenile: boolean;
}

/** A registry lookup that could not be answered (down, timed out, malformed): the check FAILS with this message. */
export class RegistryUnavailable extends Error {
  override name = 'RegistryUnavailable';
}

export interface RecordRegistry {
  /** Which registry answers, written on each check ("demo", or the configured registry's name). */
  readonly name: string;
  /** The records that share the subject's identity number, or name and birth date. Throws RegistryUnavailable. */
  lookup(subject: RegistrySubject): Promise<RegistryRecord[]>;
}
