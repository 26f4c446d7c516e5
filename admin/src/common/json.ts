// Reading JSON the schema types as `unknown` (an audit event's detail, a routing step's params, an
// error's body): field by field, each narrowed to what the console needs.

/** Whether a JSON value is an object whose fields may be read (not null, not a primitive). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A field of a JSON object when it is a string; undefined when it is absent, null or anything else. */
export function stringField(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}
