import { badInput } from '../core/errors';

export const MIN_PASSWORD_LENGTH = 12;

// Passwords long enough to pass the length rule that are still among the first an attacker tries,
// compared without case. The published demo password is among them: it must never guard a real account.
const COMMON_PASSWORDS = new Set([
  'demo1234demo',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'password123!',
  'administrator',
  'administrator1',
  'admin1234567',
  'admin12345678',
  'adminadmin123',
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '111111111111',
  '000000000000',
  '1234567890ab',
  'abc123456789',
  'abcd12345678',
  'abcdefghijkl',
  'aaaaaaaaaaaa',
  'qwertyuiop12',
  'qwerty123456',
  'qwertyuiop123',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'changeme1234',
  'trustno11234',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'princess1234',
  'woaini520520',
  'woaini1314520',
  'a123456789012',
]);

/** Characters other than white space a password must hold, each different. */
export const MIN_DISTINCT_CHARACTERS = 3;

/** Why `password` may not be used, or null when it may. It is taken as typed: nothing is trimmed. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const distinct = new Set(password.replace(/\s/gu, ''));
  if (distinct.size < MIN_DISTINCT_CHARACTERS)
    return `must hold at least ${MIN_DISTINCT_CHARACTERS} different characters other than spaces`;
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'is too common; choose another';
  return null;
}

/** The one password rule of every caller (createOfficer, a reset by updateOfficer, changePassword, admin:create). */
export function validatePassword(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw badInput(field, problem);
}
