import { type ApplicationStatus, SlaState } from '../core/enums';
import { Clock, statusesWhere } from './workflow';

// The time-limit state of a case as code (for one case); sla.queries.ts is the same as SQL (for
// filters and counts), and test/applications.test.ts ("filters by SLA state in the database exactly as the field reports it") holds the two to the same answers. What the clock does
// in each status comes from the lifecycle table (STATUSES in workflow.ts).

/** While in these statuses after acceptance the clock stands still undecided (paused, or closed undecided): PAUSED. */
export const STOPPED = statusesWhere((s) => s.clock === Clock.Paused || s.clock === Clock.Closed);
/** The statuses in which an undecided case's clock runs (named, so the status index serves the filter). */
export const RUNNING = statusesWhere((s) => s.clock === Clock.Runs);

export interface SlaFacts {
  status: ApplicationStatus;
  acceptedAt: Date | null;
  dueAt: Date | null;
  decidedAt: Date | null;
}

export function slaStateOf(a: SlaFacts, now: Date, dueSoonBefore: Date): SlaState {
  if (!a.acceptedAt || !a.dueAt) return SlaState.NOT_STARTED;
  if (a.decidedAt) return a.decidedAt.getTime() <= a.dueAt.getTime() ? SlaState.MET : SlaState.BREACHED;
  if (STOPPED.includes(a.status)) return SlaState.PAUSED;
  if (now.getTime() > a.dueAt.getTime()) return SlaState.OVERDUE;
  // Due by the end of the next working day ("due within one working day").
  if (a.dueAt.getTime() <= dueSoonBefore.getTime()) return SlaState.DUE_SOON;
  return SlaState.ON_TRACK;
}
