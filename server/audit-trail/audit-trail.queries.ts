import { headSeqSql } from '../audit/audit.queries';

// The statement of an entity's audit trail: conditions with named parameters (`:name`), as
// TypeORM's query builder takes them.

/** The alias of an audit event of the trail. */
export const TRAIL_EVENT = 'e';

/** The events of the entity :entityType :entityId. */
export const OF_ENTITY = `${TRAIL_EVENT}.entityType = :entityType AND ${TRAIL_EVENT}.entityId = :entityId`;

/** The events sealed up to the chain's head (a place, and not beyond the head's), names quoted by `quote`. */
export const sealedUpToHead = (quote: (name: string) => string) =>
  `${TRAIL_EVENT}.seq IS NOT NULL AND ${TRAIL_EVENT}.seq <= ${headSeqSql(quote)}`;

/** The trail's order: newest first (with DESC). */
export const TRAIL_ORDER = `${TRAIL_EVENT}.id`;
