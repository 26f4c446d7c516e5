/**
 * The value, known to be there: a test that reads something the server or a lookup must have
 * given fails here, naming what is missing, rather than on a property of undefined further on.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/** A JSON object (not null, not an array), whose members are yet to be narrowed. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
