import { ROW } from '../db/rows';

// The statements of routing rules: conditions with named parameters (`:name`), as TypeORM's query
// builder takes them, but those of rowsWhere (db/rows.ts), which take `?`.

/** The rule :id at the version :version it was read at (no row: another change came first). */
export const AT_VERSION = 'id = :id AND version = :version';

/** The kept versions (ROW) of `count` pairs of a rule and its version (two `?` each: the rule's id, the version). */
export const ruleVersionsCondition = (count: number) =>
  Array.from({ length: count }, () => `(${ROW}.ruleId = ? AND ${ROW}.version = ?)`).join(' OR ');
