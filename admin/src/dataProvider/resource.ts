import type { DataProvider } from 'react-admin';
import { ApiError } from './graphql';

// What every resource's data provider shares: a refusal for what the API cannot do, and getOne's
// answer when the server says there is no such record (or none this officer may see).

/** A data provider that refuses every method; a resource spreads it and writes what it supports. */
export function refusing(resource: string): DataProvider {
  const refuse = (what: string) => async (): Promise<never> => {
    throw new ApiError(`Cannot ${what} ${resource}`, 'BAD_REQUEST');
  };
  return {
    getList: refuse('list'),
    getOne: refuse('read'),
    getMany: refuse('read'),
    getManyReference: refuse('list'),
    create: refuse('create'),
    update: refuse('update'),
    updateMany: refuse('update'),
    delete: refuse('delete'),
    deleteMany: refuse('delete'),
  };
}

// react-admin's methods are generic in the record type each view asks for; the records here are
// typed by the schema, and handed to react-admin as whatever record type it asked for.

/** A method's answer: { data }. */
export const result = <T>(data: T) => ({ data: data as never });

/** getOne's answer: the record, or NOT_FOUND. */
export function found<T>(record: T | null | undefined) {
  if (!record) throw new ApiError('Not found', 'NOT_FOUND');
  return result(record);
}

/**
 * A field the form requires (its validators ask for it, and the schema's input type does): its
 * value, or BAD_USER_INPUT on the field, as the server answers an input without it (the message
 * is react-admin's own "required", which the form translates). react-admin hands a create or an
 * update its form's values as a Partial.
 */
export function requiredField<T, K extends keyof T>(values: Partial<T>, field: K): NonNullable<T[K]> {
  const value = values[field];
  if (value === undefined || value === null)
    throw new ApiError('ra.validation.required', 'BAD_USER_INPUT', { field: String(field) });
  return value;
}

/** A page of records as getList answers it. */
export const page = <T>(items: T[], total: number) => ({ data: items as never[], total });
