// Identity-document and code validators, maskers and demo-data generators.
// Pure functions with no dependencies so they can run anywhere (resolvers,
// seed scripts, tests). The *Issue validators return null when valid, otherwise
// the first problem found as a stable reason code with its parameters and a short
// English message (the console translates the reason; the message is the
// fallback); the *Problem validators return just that message. Neither ever names
// the correct check character: that would help forge numbers. They expect input that has
// been passed through normalizeIdNumber (trimmed, uppercased) so that a
// lowercase "x" or stray whitespace is fixed silently rather than reported.

/** What is wrong with an identifier: a stable reason code, its parameters and an English sentence. */
export interface IdIssue {
  reason: IdReason;
  params: Record<string, string | number>;
  message: string;
}

/** The reason codes of identifier problems (extensions.reason of a BAD_USER_INPUT error). */
export type IdReason =
  | 'ID_LENGTH'
  | 'ID_LENGTH_RANGE'
  | 'ID_NOT_DIGIT'
  | 'ID_CHECK_CHARACTER_FORMAT'
  | 'ID_CHECK_CHARACTER'
  | 'ID_BIRTH_DATE_INVALID'
  | 'ID_BIRTH_DATE_BEFORE_1900'
  | 'ID_BIRTH_DATE_FUTURE'
  | 'ID_FOREIGN_PR_PREFIX'
  | 'ID_EMPTY'
  | 'ID_HM_PERMIT_FORMAT'
  | 'ID_HMT_RESIDENCE_PREFIX'
  | 'ID_TW_PERMIT_LENGTH'
  | 'ID_HMT_FORMAT'
  | 'ID_PASSPORT_CHARACTER'
  | 'CREDIT_CODE_CHARACTER'
  | 'CREDIT_CODE_REGION'
  | 'TRACKING_PREFIX'
  | 'TRACKING_DIGITS'
  | 'TRACKING_COUNTRY'
  | 'TRACKING_CHECK_DIGIT'
  | 'TRACKING_SF_FORMAT'
  | 'TRACKING_FORMAT'
  | 'PHONE_MOBILE'
  | 'PHONE_REACHABLE';

function issue(reason: IdReason, message: string, params: Record<string, string | number> = {}): IdIssue {
  return { reason, params, message };
}

const lengthIssue = (expected: number, actual: number) =>
  issue('ID_LENGTH', `must be ${expected} characters (got ${actual})`, { expected, actual });

/** Trim and uppercase; run user input through this before validating. */
export function normalizeIdNumber(s: string): string {
  return s.trim().toUpperCase();
}

// ---------------------------------------------------------------------------
// ISO 7064 MOD 11-2 (GB 11643 resident ID, foreign PR card, HMT residence permit)

const MOD112_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const MOD112_CHARS = '10X98765432';

/** Check character for the first 17 digits of an 18-character ID number. */
export function mod112CheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('mod112CheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * MOD112_WEIGHTS[i];
  return MOD112_CHARS[sum % 11];
}

const notDigitIssue = (id: string, at: number) =>
  issue('ID_NOT_DIGIT', `character ${at + 1} ('${id[at]}') must be a digit`, { position: at + 1, char: id[at] });

// Shared shape + check for every 18-character MOD 11-2 number. A wrong check character is
// reported without the right one.
function mod112Issue(id: string): IdIssue | null {
  if (id.length !== 18) return lengthIssue(18, id.length);
  const bad = firstNonDigit(id.slice(0, 17));
  if (bad >= 0) return notDigitIssue(id, bad);
  if (!/[0-9X]/.test(id[17])) {
    return issue('ID_CHECK_CHARACTER_FORMAT', `check character ('${id[17]}') must be a digit or X`, { char: id[17] });
  }
  if (id[17] !== mod112CheckChar(id.slice(0, 17))) return issue('ID_CHECK_CHARACTER', 'check character is wrong');
  return null;
}

function firstNonDigit(s: string): number {
  for (let i = 0; i < s.length; i++) if (s[i] < '0' || s[i] > '9') return i;
  return -1;
}

// YYYYMMDD -> problem or null. Real calendar date, 1900 or later, not in the
// future (a birth date from tomorrow is a typo, not a baby).
function birthDateIssue(yyyymmdd: string, now: Date = new Date()): IdIssue | null {
  const invalid = () => issue('ID_BIRTH_DATE_INVALID', `birth date ${yyyymmdd} is not a real date`, { date: yyyymmdd });
  if (!/^\d{8}$/.test(yyyymmdd)) return invalid();
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  // Before the round-trip test: Date.UTC maps years 0-99 to 1900-1999.
  if (y < 1900) return issue('ID_BIRTH_DATE_BEFORE_1900', `birth date ${yyyymmdd} is before 1900`, { date: yyyymmdd });
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return invalid();
  }
  // Compare against the local calendar day: the office works in local time.
  const today = `${now.getFullYear()}${pad(now.getMonth() + 1, 2)}${pad(now.getDate(), 2)}`;
  if (yyyymmdd > today)
    return issue('ID_BIRTH_DATE_FUTURE', `birth date ${yyyymmdd} is in the future`, { date: yyyymmdd });
  return null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// ---------------------------------------------------------------------------
// PRC resident identity card (GB 11643-1999)

/**
 * Null when `id` is a well-formed resident ID number. The region prefix is
 * not checked here: retired region codes stay valid on old cards, so region
 * checks belong to regions.ts where the caller decides.
 */
export function residentIdIssue(id: string): IdIssue | null {
  if (id.length !== 18) return lengthIssue(18, id.length);
  const bad = firstNonDigit(id.slice(0, 17));
  if (bad >= 0) return notDigitIssue(id, bad);
  // Date before check character: a bad date is the more specific message.
  return birthDateIssue(id.slice(6, 14)) ?? mod112Issue(id);
}

/** YYYY-MM-DD from digits 7-14; assumes a valid ID. */
export function birthDateFromResidentId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** 17th digit odd = male, even = female; assumes a valid ID. */
export function genderFromResidentId(id: string): 'M' | 'F' {
  return Number(id[16]) % 2 === 1 ? 'M' : 'F';
}

// ---------------------------------------------------------------------------
// Foreign permanent resident ID card, 2023 version: '9' + 16 digits + MOD 11-2
// check, i.e. shaped like a resident ID so existing systems accept it.

export function foreignPermanentResidenceCardIssue(id: string): IdIssue | null {
  if (id.length !== 18) return lengthIssue(18, id.length);
  if (id[0] !== '9') return issue('ID_FOREIGN_PR_PREFIX', `must start with 9 (got '${id[0]}')`, { char: id[0] });
  return mod112Issue(id);
}

// ---------------------------------------------------------------------------
// Hong Kong / Macao / Taiwan residents

const HMT_PERMIT_PREFIXES = ['810000', '820000', '830000'];

/**
 * Mainland travel permit (HK/Macao: H|M + 8 or 10 digits; Taiwan: 8 digits,
 * older 10 digits) or an 18-character HMT residence permit number.
 */
export function hmtTravelPermitIssue(id: string): IdIssue | null {
  if (id.length === 0) return issue('ID_EMPTY', 'must not be empty');
  if (id[0] === 'H' || id[0] === 'M') {
    return /^[HM](\d{8}|\d{10})$/.test(id)
      ? null
      : issue('ID_HM_PERMIT_FORMAT', 'Hong Kong/Macao permit must be H or M followed by 8 or 10 digits');
  }
  if (id.length === 18) {
    // Residence permits follow the resident ID layout (birth date + MOD 11-2).
    if (!HMT_PERMIT_PREFIXES.includes(id.slice(0, 6))) {
      return issue('ID_HMT_RESIDENCE_PREFIX', 'residence permit number must start with 810000, 820000 or 830000');
    }
    return residentIdIssue(id);
  }
  if (/^\d+$/.test(id)) {
    return id.length === 8 || id.length === 10
      ? null
      : issue('ID_TW_PERMIT_LENGTH', `Taiwan permit must be 8 or 10 digits (got ${id.length})`, { actual: id.length });
  }
  return issue(
    'ID_HMT_FORMAT',
    'must be H/M + 8 or 10 digits, 8 or 10 digits (Taiwan), or an 18-character residence permit number',
  );
}

// ---------------------------------------------------------------------------
// Passports: formats vary by country, so only a loose sanity check.

export function passportNumberIssue(id: string): IdIssue | null {
  if (id.length < 5 || id.length > 17) {
    return issue('ID_LENGTH_RANGE', `must be 5 to 17 characters (got ${id.length})`, {
      min: 5,
      max: 17,
      actual: id.length,
    });
  }
  const m = /[^A-Z0-9]/.exec(id);
  if (m)
    return issue('ID_PASSPORT_CHARACTER', `character ${m.index + 1} ('${m[0]}') must be A-Z or 0-9`, {
      position: m.index + 1,
      char: m[0],
    });
  return null;
}

// ---------------------------------------------------------------------------
// Unified social credit code (GB 32100-2015)

// I, O, Z, S, V are left out to avoid confusion with 1, 0, 2, 5, U.
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARSET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  const value = 31 - (sum % 31);
  return CREDIT_CHARSET[value === 31 ? 0 : value];
}

export function creditCodeIssue(code: string): IdIssue | null {
  if (code.length !== 18) return lengthIssue(18, code.length);
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CHARSET.includes(code[i])) {
      return issue(
        'CREDIT_CODE_CHARACTER',
        `character ${i + 1} ('${code[i]}') is not allowed (digits and uppercase letters except I, O, S, V, Z)`,
        {
          position: i + 1,
          char: code[i],
        },
      );
    }
  }
  const bad = firstNonDigit(code.slice(2, 8));
  if (bad >= 0) {
    return issue(
      'CREDIT_CODE_REGION',
      `region code (positions 3-8) must be digits, got '${code[bad + 2]}' at position ${bad + 3}`,
      {
        position: bad + 3,
        char: code[bad + 2],
      },
    );
  }
  if (code[17] !== creditCheckChar(code.slice(0, 17))) return issue('ID_CHECK_CHARACTER', 'check character is wrong');
  return null;
}

// ---------------------------------------------------------------------------
// UPU S10 postal tracking number, e.g. EA123456785CN

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

function s10CheckDigit(serial8: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial8[i]) * S10_WEIGHTS[i];
  const r = 11 - (sum % 11);
  return r === 10 ? 0 : r === 11 ? 5 : r;
}

export function s10TrackingIssue(n: string): IdIssue | null {
  if (n.length !== 13) return lengthIssue(13, n.length);
  if (!/^[A-Z]{2}/.test(n)) return issue('TRACKING_PREFIX', 'must start with 2 uppercase letters');
  if (!/^\d{9}$/.test(n.slice(2, 11)))
    return issue('TRACKING_DIGITS', 'characters 3-11 must be digits (8 serial + 1 check)');
  if (!/[A-Z]{2}$/.test(n)) return issue('TRACKING_COUNTRY', 'must end with a 2-letter country code');
  if (Number(n[10]) !== s10CheckDigit(n.slice(2, 10))) return issue('TRACKING_CHECK_DIGIT', 'check digit is wrong');
  return null;
}

/** A tracking number's problem for its carrier (UPU S10 for EMS and China Post), or null. */
export function trackingIssue(carrier: string, n: string): IdIssue | null {
  if (carrier === 'EMS' || carrier === 'CHINA_POST') return s10TrackingIssue(n);
  if (carrier === 'SF_EXPRESS') {
    return /^\d{12,15}$/.test(n)
      ? null
      : issue('TRACKING_SF_FORMAT', 'an SF Express number is 12 to 15 digits', { min: 12, max: 15 });
  }
  return /^[A-Z0-9-]{6,40}$/.test(n)
    ? null
    : issue('TRACKING_FORMAT', 'use 6 to 40 letters, digits or dashes', { min: 6, max: 40 });
}

/** A mainland mobile number (11 digits from 13 to 19), spaces and dashes aside. */
const MOBILE_RE = /^1[3-9]\d{9}$/;

/**
 * The problem of a number to send text messages to, or null: a mainland mobile number, or an
 * international one written with its country code (+ and 7 to 15 digits), spaces and dashes aside.
 */
export function mobileIssue(phone: string): IdIssue | null {
  const n = phone.replace(/[\s-]/g, '');
  return MOBILE_RE.test(n) || /^\+[1-9]\d{6,14}$/.test(n)
    ? null
    : issue('PHONE_MOBILE', 'must be a mobile number: 11 digits beginning 13 to 19, or + and a country code');
}

/**
 * The problem of a number a courier calls on delivery in mainland China, or null: a mobile number,
 * or a landline with its area code (0 and 2 or 3 digits, then 7 or 8), spaces and dashes aside.
 */
export function deliveryPhoneIssue(phone: string): IdIssue | null {
  const n = phone.replace(/[\s-]/g, '');
  return MOBILE_RE.test(n) || /^0\d{2,3}\d{7,8}$/.test(n)
    ? null
    : issue(
        'PHONE_REACHABLE',
        'must be a mobile number (11 digits) or a landline with its area code, e.g. 024-23456789',
      );
}

// ---------------------------------------------------------------------------
// Masking for lists, logs, exports and text messages (PIPL: show no more than needed). A
// document number shows at most its last 4 characters, and never more than half of it. A number
// built on its holder's birth date (resident ID, foreign permanent residence card, HMT residence
// permit) shows only its check character: the birth date, region and nationality are shown
// beside it, and with them a few more digits would rebuild the number. A resident ID number also
// shows its region prefix, which the officers' work goes by.

/** The kinds of identity document, as IdType names them (spelled here for the console to share this file). */
export type IdDocumentKind =
  | 'RESIDENT_ID_CARD'
  | 'HMT_TRAVEL_PERMIT'
  | 'PASSPORT'
  | 'FOREIGNER_PERMANENT_RESIDENCE_CARD';

/** `s` hidden but for its last `keep` characters, and never more than half of it. */
function keepingEnd(s: string, keep: number): string {
  const shown = Math.min(keep, Math.floor(s.length / 2));
  return '*'.repeat(s.length - shown) + s.slice(s.length - shown);
}

/** 2101*************X: the region prefix and the check character. */
function maskResidentIdNumber(id: string): string {
  return id.length === 18 ? mask(id, 4, 1) : keepingEnd(id, 1);
}

/** *****************X: only the check character. */
function maskForeignPermanentResidenceCardNumber(id: string): string {
  return keepingEnd(id, 1);
}

/** *****5678 for a travel permit; a residence permit (18 characters, on the resident ID's layout) only its check character. */
function maskHmtPermitNumber(id: string): string {
  return keepingEnd(id, id.length === 18 ? 1 : 4);
}

/** *****1981 */
function maskPassportNumber(id: string): string {
  return keepingEnd(id, 4);
}

const MASK_BY_KIND: Record<IdDocumentKind, (id: string) => string> = {
  RESIDENT_ID_CARD: maskResidentIdNumber,
  HMT_TRAVEL_PERMIT: maskHmtPermitNumber,
  PASSPORT: maskPassportNumber,
  FOREIGNER_PERMANENT_RESIDENCE_CARD: maskForeignPermanentResidenceCardNumber,
};

/** A document number masked by its kind: how every list, export and page shows one. */
export function maskIdNumber(kind: IdDocumentKind, id: string): string {
  return MASK_BY_KIND[kind](id);
}

/**
 * A number of unknown kind found in free text: masked as a number built on a birth date when it is
 * that long (15 or 18 characters), else as a travel document's.
 */
export function maskNumberOfUnknownKind(n: string): string {
  return keepingEnd(n, n.length >= 15 ? 1 : 4);
}

function mask(s: string, keepStart: number, keepEnd: number): string {
  // Never reveal everything: if nothing would be hidden, hide it all.
  if (s.length <= keepStart + keepEnd) return '*'.repeat(s.length);
  return s.slice(0, keepStart) + '*'.repeat(s.length - keepStart - keepEnd) + s.slice(s.length - keepEnd);
}

/** 138****1234; under 8 characters keep only the last 2. */
export function maskPhone(p: string): string {
  return p.length >= 8 ? mask(p, 3, 4) : mask(p, 0, 2);
}

// ---------------------------------------------------------------------------
// Generators for demo/seed data. Deterministic; they throw on bad input
// because a seed script with a typo should fail loudly.

function requireIntIn(name: string, n: number, min: number, max: number): void {
  if (!Number.isInteger(n) || n < min || n > max) throw new RangeError(`${name} must be an integer in ${min}..${max}`);
}

function requireDigits(name: string, s: string, len: number): void {
  if (!new RegExp(`^\\d{${len}}$`).test(s)) throw new RangeError(`${name} must be ${len} digits`);
}

/** Resident ID for region6 + birthDate (YYYY-MM-DD); sequence 0..999 (odd = male). */
export function makeResidentId(region6: string, birthDate: string, sequence: number): string {
  requireDigits('region6', region6, 6);
  const ymd = birthDate.replace(/-/g, '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || birthDateIssue(ymd))
    throw new RangeError(`bad birth date ${birthDate}`);
  requireIntIn('sequence', sequence, 0, 999);
  const first17 = region6 + ymd + pad(sequence, 3);
  return first17 + mod112CheckChar(first17);
}

/**
 * 2023 foreign permanent resident card: 9 + province of issue (2) + nationality
 * (ISO 3166 numeric, 3) + birth date (8) + sequence (3) + check. The seed only
 * varies country and sequence, so province defaults to 11 (Beijing) and the
 * birth date is derived from the sequence to keep the demo data varied.
 */
export function makeForeignPermanentResidenceCard(countryNumeric3: string, sequence: number): string {
  requireDigits('countryNumeric3', countryNumeric3, 3);
  requireIntIn('sequence', sequence, 0, Number.MAX_SAFE_INTEGER);
  // 1960-01-01 plus a sequence-derived offset within ~40 years.
  const birth = new Date(Date.UTC(1960, 0, 1) + ((sequence * 7919) % 14600) * 86_400_000);
  const ymd = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}`;
  const province = '11';
  const first17 = `9${province}${countryNumeric3}${ymd}${pad(sequence % 1000, 3)}`;
  return first17 + mod112CheckChar(first17);
}

/** Credit code '91' (industry & commerce, enterprise) + region + organisation code from sequence. */
export function makeCreditCode(region6: string, sequence: number): string {
  requireDigits('region6', region6, 6);
  requireIntIn('sequence', sequence, 0, 31 ** 9 - 1);
  // Organisation part: sequence written in base 31 over the code's charset.
  let org = '';
  for (let i = 0, n = sequence; i < 9; i++, n = Math.floor(n / 31)) org = CREDIT_CHARSET[n % 31] + org;
  const first17 = `91${region6}${org}`;
  return first17 + creditCheckChar(first17);
}

/** S10 tracking number; serial 0..99999999. */
export function makeS10(prefix2: string, serial: number, country2 = 'CN'): string {
  if (!/^[A-Z]{2}$/.test(prefix2)) throw new RangeError('prefix2 must be 2 uppercase letters');
  if (!/^[A-Z]{2}$/.test(country2)) throw new RangeError('country2 must be 2 uppercase letters');
  requireIntIn('serial', serial, 0, 99_999_999);
  const serial8 = pad(serial, 8);
  return prefix2 + serial8 + s10CheckDigit(serial8) + country2;
}
