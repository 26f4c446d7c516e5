import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { Config } from '../config';
import { RecordCheckStatus, RecordMatchKind } from '../core/enums';
import { inTransaction } from '../db/transaction';
import { JOB, OLDEST_JOB_FIRST } from '../operations/job.queries';
import { type JobKind, takeLeased } from '../operations/job-worker';
import { log } from '../operations/log';
import { recordCheckDuration, recordChecksDone } from '../operations/metrics';
import { DemoRegistry } from './demo-registry';
import { HttpRegistry } from './http-registry';
import { STILL_TAKEN, WAITING } from './record.queries';
import { RecordCheck, type RecordMatch } from './record-check.entity';
import { matchesOf, suggestedOutcomeOf } from './record-match';
import { type RecordRegistry, type RegistryRecord, RegistryUnavailable } from './registry';

/** The job worker's name for record checks. */
export const RECORD_CHECKS = 'record checks';

/** Longer than a lookup can take (three attempts of 5 s and their backoff): a check taken longer ago was lost with its process. */
const LEASE_MS = 60_000;
/** Takings of one check before it is given up as FAILED (its answer could not be stored, or its processes kept stopping). */
const MAX_TAKINGS = 3;
/** Matches kept on a check, exact ones first: enough for any person, and within what its column holds. */
export const MAX_MATCHES = 20;

/** What the case makes of its checks, in the transaction that stores an answer. */
export interface RecordCheckTarget {
  /** Locks the case first, as every change of a case does, so a store and a new request take turns. */
  lock(em: EntityManager, applicationId: number): Promise<void>;
  /** Shows the answer on the case (when it is the case's latest check). */
  settle(em: EntityManager, check: RecordCheck): Promise<void>;
}

export function registryOf(
  ds: DataSource,
  config: Pick<Config, 'recordRegistry' | 'recordRegistryUrl'>,
): RecordRegistry {
  if (config.recordRegistry !== 'http') return new DemoRegistry(ds);
  // loadConfig refuses RECORD_REGISTRY=http without RECORD_REGISTRY_URL.
  if (!config.recordRegistryUrl) throw new Error('RECORD_REGISTRY is http but RECORD_REGISTRY_URL is not set');
  return new HttpRegistry({ url: config.recordRegistryUrl });
}

/**
 * Runs the checks asked for: takes one and marks it taken, asks the registry, then stores the
 * answer with its audit event. A check taken by a process that stopped is taken again once its
 * lease has run out; the answer of a process whose lease ran out is not stored; a check taken
 * MAX_TAKINGS times without an answer stored is FAILED.
 */
export class RecordCheckJobs implements JobKind<RecordCheck> {
  readonly name = RECORD_CHECKS;

  constructor(
    private readonly ds: DataSource,
    private readonly registry: RecordRegistry,
    private readonly config: Config,
    private readonly cases: RecordCheckTarget,
  ) {}

  async take(em: EntityManager): Promise<RecordCheck | null> {
    for (;;) {
      const check = await takeLeased(
        em,
        em
          .getRepository(RecordCheck)
          .createQueryBuilder(JOB)
          .where(WAITING, { pending: RecordCheckStatus.PENDING })
          .orderBy(OLDEST_JOB_FIRST, 'ASC'),
        LEASE_MS,
      );
      if (!check || check.attempts <= MAX_TAKINGS) return check;
      await this.store(
        em,
        check,
        { ...FAILED_ANSWER, error: `given up after ${MAX_TAKINGS} attempts to look up and store` },
        [],
      );
    }
  }

  async run(check: RecordCheck): Promise<null> {
    const started = process.hrtime.bigint();
    let records: RegistryRecord[] = [];
    let error: string | null = null;
    try {
      records = await this.registry.lookup(check.subject);
    } catch (e) {
      if (!(e instanceof RegistryUnavailable)) log.error({ err: e, recordCheckId: check.id }, 'registry lookup failed');
      error = e instanceof RegistryUnavailable ? e.message.slice(0, 500) : 'the lookup failed (internal error)';
    }
    recordCheckDuration.observe(Number(process.hrtime.bigint() - started) / 1e9);
    const matches = matchesOf(check.subject, records).slice(0, MAX_MATCHES);
    const answer: Answer = error
      ? { ...FAILED_ANSWER, error }
      : {
          status: matches.length ? RecordCheckStatus.MATCHES_FOUND : RecordCheckStatus.CLEAR,
          matchList: matches,
          suggestedOutcome: suggestedOutcomeOf(matches),
          error: null,
        };
    await inTransaction(this.ds, (em) => this.store(em, check, answer, matches));
    return null;
  }

  /**
   * Stores the answer and shows it on the case, only while the check is still this taking's (one
   * taken over after its lease ran out is the other's to store); the lookup is audited either way.
   */
  private async store(em: EntityManager, check: RecordCheck, answer: Answer, matches: RecordMatch[]): Promise<void> {
    const stored = { ...answer, source: this.registry.name.slice(0, 100), completedAt: new Date() };
    await this.cases.lock(em, check.applicationId);
    const { affected } = await em
      .createQueryBuilder()
      .update(RecordCheck)
      .set(stored)
      .where(STILL_TAKEN, {
        id: check.id,
        pending: RecordCheckStatus.PENDING,
        attempts: check.attempts,
      })
      .execute();
    if (affected) await this.cases.settle(em, Object.assign(check, stored));
    // A lookup reads criminal data: audited as the officer's who asked for it.
    await recordAudit({ config: this.config, officer: null }, em, {
      action: 'RECORD_CHECK',
      entityType: 'Application',
      entityId: check.applicationId,
      actorId: check.requestedById,
      detail: {
        recordCheckId: check.id,
        status: stored.status,
        source: stored.source,
        matches: matches.length,
        exactMatches: matches.filter((m) => m.kind === RecordMatchKind.EXACT_ID).length,
        suggestedOutcome: stored.suggestedOutcome,
        error: stored.error,
        ...(affected ? {} : { superseded: true }),
      },
    });
    if (affected) recordChecksDone.inc({ status: stored.status });
  }
}

type Answer = Pick<RecordCheck, 'status' | 'matchList' | 'suggestedOutcome' | 'error'>;
const FAILED_ANSWER = { status: RecordCheckStatus.FAILED, matchList: null, suggestedOutcome: null };
