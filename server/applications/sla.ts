import { type ApplicationStatus, SlaState } from '../core/enums';
import { Clock, statusesWhere } from './workflow';

// The time-limit state of a case, defined once here both as code (for one case) and as SQL
// (for filters and counts), so the list filter and the field can never disagree. What the clock
// does in each status comes from the lifecycle table (STATUSES in workflow.ts).

/** While in these statuses after acceptance the clock stands still undecided (paused, or closed undecided): PAUSED. */
const STOPPED = statusesWhere((s) => s.clock === Clock.Paused || s.clock === Clock.Closed);
/** The statuses in which an undecided case's clock runs (named, so the status index serves the filter). */
const RUNNING = statusesWhere((s) => s.clock === Clock.Runs);

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

/** SQL condition for one state over alias `a`; parameters from slaParameters(). */
export function slaCondition(state: SlaState, a = 'a'): string {
  const started = `${a}.acceptedAt IS NOT NULL AND ${a}.dueAt IS NOT NULL`;
  // A case in a running status is accepted and undecided (the state machine keeps it so): the
  // condition stays within the (officeId, status, dueAt) index and is counted without reading rows.
  const running = `${a}.status IN (:...slaRunning) AND ${a}.dueAt IS NOT NULL`;
  switch (state) {
    case SlaState.NOT_STARTED:
      return `(${a}.acceptedAt IS NULL OR ${a}.dueAt IS NULL)`;
    case SlaState.MET:
      return `(${started} AND ${a}.decidedAt IS NOT NULL AND ${a}.decidedAt <= ${a}.dueAt)`;
    case SlaState.BREACHED:
      return `(${started} AND ${a}.decidedAt IS NOT NULL AND ${a}.decidedAt > ${a}.dueAt)`;
    case SlaState.PAUSED:
      return `(${started} AND ${a}.decidedAt IS NULL AND ${a}.status IN (:...slaStopped))`;
    case SlaState.OVERDUE:
      return `(${running} AND ${a}.dueAt < :slaNow)`;
    case SlaState.DUE_SOON:
      return `(${running} AND ${a}.dueAt >= :slaNow AND ${a}.dueAt <= :slaDueSoonBefore)`;
    case SlaState.ON_TRACK:
      return `(${running} AND ${a}.dueAt > :slaDueSoonBefore)`;
  }
}

/**
 * SQL for cases in any of `states`. Adjacent states of a running clock (OVERDUE, DUE_SOON,
 * ON_TRACK) merge into one range of dueAt, which the (status, dueAt) index answers directly.
 */
export function slaStatesCondition(states: SlaState[], a = 'a'): string {
  const wanted = new Set(states);
  const running = [SlaState.OVERDUE, SlaState.DUE_SOON, SlaState.ON_TRACK];
  const runningWanted = running.map((s) => wanted.has(s));
  const contiguous =
    runningWanted.join('') === 'truetruefalse' ||
    runningWanted.join('') === 'falsetruetrue' ||
    runningWanted.every(Boolean);
  const merged = contiguous
    ? `(${a}.status IN (:...slaRunning) AND ${a}.dueAt IS NOT NULL${runningWanted[0] ? '' : ` AND ${a}.dueAt >= :slaNow`}${runningWanted[2] ? '' : ` AND ${a}.dueAt <= :slaDueSoonBefore`})`
    : null;
  const others = states.filter((s) => !(merged && running.includes(s)));
  return `(${[...(merged ? [merged] : []), ...others.map((s) => slaCondition(s, a))].join(' OR ')})`;
}

export function slaParameters(now: Date, dueSoonBefore: Date) {
  return { slaNow: now, slaDueSoonBefore: dueSoonBefore, slaStopped: STOPPED, slaRunning: RUNNING };
}
