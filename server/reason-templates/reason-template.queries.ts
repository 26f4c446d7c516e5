// The statements of reason templates: conditions with named parameters, as TypeORM's query builder takes them.

/** The alias of a template. */
export const TEMPLATE = 't';

/** Templates of the kind :kind. */
export const OF_KIND = `${TEMPLATE}.kind = :kind`;

/** Templates offered to officers. */
export const ACTIVE = `${TEMPLATE}.active = :active`;

/** The order officers see them in: by position, then as they were made. */
export const IN_ORDER = [`${TEMPLATE}.position`, `${TEMPLATE}.id`] as const;
