// The statements of offices: conditions with named parameters (`:name`), as TypeORM's query builder takes them.

/** The alias of an office. */
export const OFFICE = 'o';

/** The offices' order in the list: by code. */
export const BY_CODE_ORDER = `${OFFICE}.code`;

/** Offices of the kind :kind. */
export const OF_KIND = `${OFFICE}.kind = :kind`;

/** Offices whose name or code matches the LIKE pattern :q. */
export const NAME_OR_CODE_LIKE = `(${OFFICE}.name LIKE :q OR ${OFFICE}.code LIKE :q)`;
