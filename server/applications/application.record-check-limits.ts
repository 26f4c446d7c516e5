import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { tooManyRequests } from '../core/errors';
import { rateLimiter } from '../limits/rate-limits';

/** Lookups of one case asked again (runRecordCheck), whoever asks: one a minute. */
export const RECORD_CHECKS_PER_CASE = { points: 1, duration: 60 };

/**
 * Lookups one officer may ask again in an hour: a day's real second looks fit many times over, a
 * walk through the registry does not (acceptance's own lookups are not counted).
 */
export const RECORD_CHECKS_PER_OFFICER_HOUR = 30;

/**
 * The limits of runRecordCheck, counted before its transaction (see RecordCheckLimits.spend): a
 * limiter kept in the database (MySQL/MariaDB) takes a pooled connection of its own, which a
 * transaction already holding one could wait for without end once every connection is held so.
 */
export class RecordCheckLimits {
  private constructor(
    private readonly perCase: RateLimiterAbstract,
    private readonly perOfficer: RateLimiterAbstract,
  ) {}

  static create(ds: DataSource): RecordCheckLimits {
    return new RecordCheckLimits(
      rateLimiter(ds, 'record-check-case', RECORD_CHECKS_PER_CASE),
      rateLimiter(ds, 'record-check-officer', { points: RECORD_CHECKS_PER_OFFICER_HOUR, duration: 3600 }),
    );
  }

  /**
   * Counts one lookup of case `applicationId` asked by officer `officerId`, then refuses it
   * (TOO_MANY_REQUESTS) when the case's minute or the officer's hour is used up: counted first, so
   * that parallel requests cannot all slip past. A lookup the officer's hour refuses gives the
   * case's minute back.
   */
  async spend(officerId: number, applicationId: number): Promise<void> {
    const caseKey = String(applicationId);
    const caseWait = await secondsToWait(this.perCase.consume(caseKey));
    if (caseWait) {
      throw tooManyRequests(
        `this case's registry lookup was asked less than a minute ago: try again in ${caseWait} s`,
        caseWait,
        {
          reason: 'RECORD_CHECK_CASE_LIMIT',
          params: { seconds: caseWait },
        },
      );
    }
    const officerWait = await secondsToWait(this.perOfficer.consume(String(officerId)));
    if (officerWait) {
      await this.perCase.reward(caseKey);
      const minutes = Math.ceil(officerWait / 60);
      throw tooManyRequests(
        `you have asked ${RECORD_CHECKS_PER_OFFICER_HOUR} registry lookups in the last hour: try again in ${minutes} min`,
        officerWait,
        { reason: 'RECORD_CHECK_OFFICER_LIMIT', params: { limit: RECORD_CHECKS_PER_OFFICER_HOUR, minutes } },
      );
    }
  }
}

/** 0 when the count was allowed, else the whole seconds (at least 1) until its window lets one more through. */
function secondsToWait(consumed: Promise<RateLimiterRes>): Promise<number> {
  return consumed.then(
    () => 0,
    (refusal: unknown) => {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    },
  );
}

const limits = new WeakMap<DataSource, RecordCheckLimits>();

/** The limits of runRecordCheck for this database: one counter per process and database (shared by processes on MySQL/MariaDB). */
export function recordCheckLimitsOf(ds: DataSource): RecordCheckLimits {
  let found = limits.get(ds);
  if (!found) {
    found = RecordCheckLimits.create(ds);
    limits.set(ds, found);
  }
  return found;
}
