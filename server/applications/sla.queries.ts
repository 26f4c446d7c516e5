import { SlaState } from '../core/enums';
import { CASE } from './application.queries';
import { RUNNING, STOPPED } from './sla';

// The time-limit state of a case as SQL, for filters and counts: the same answers as slaStateOf in
// sla.ts gives one case (test/sla.test.ts holds the two together).

/** The cases in one state, over alias `a`; parameters from slaParameters(). */
export function slaCondition(state: SlaState, a = CASE): string {
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
 * The cases in any of `states`. Adjacent states of a running clock (OVERDUE, DUE_SOON,
 * ON_TRACK) merge into one range of dueAt, which the (status, dueAt) index answers directly.
 */
export function slaStatesCondition(states: SlaState[], a = CASE): string {
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

/**
 * Cases due by `:endOfToday` whose clock runs and is not past yet (DUE_SOON or ON_TRACK): the
 * dashboard's "due today" and the queue's filter of the same name, one range of the (status, dueAt) index.
 */
export const dueTodayCondition = (a = CASE): string =>
  `(${slaStatesCondition([SlaState.DUE_SOON, SlaState.ON_TRACK], a)} AND ${a}.dueAt <= :endOfToday)`;

export function slaParameters(now: Date, dueSoonBefore: Date) {
  return { slaNow: now, slaDueSoonBefore: dueSoonBefore, slaStopped: STOPPED, slaRunning: RUNNING };
}
