import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { Config } from '../config';
import { RecordCheckStatus, RecordMatchKind } from '../core/enums';
import { type JobKind, takeDue } from '../core/job-worker';
import { log } from '../core/log';
import { recordCheckDuration, recordChecksDone } from '../core/metrics';
import { inTransaction } from '../core/transaction';
import { DemoRegistry } from './demo-registry';
import { HttpRegistry } from './http-registry';
import { RecordCheck } from './record-check.entity';
import { matchesOf, suggestedOutcomeOf } from './record-match';
import { type RecordRegistry, type RegistryRecord, RegistryUnavailable } from './registry';

/** The job worker's name for record checks. */
export const RECORD_CHECKS = 'record checks';

/** Longer than a lookup can take (three attempts of 5 s and their backoff): a check taken longer ago was lost with its process. */
const LEASE_MS = 60_000;

/** What the case makes of a check that has answered, in the transaction that stores the answer. */
export type SettleCheck = (em: EntityManager, check: RecordCheck) => Promise<void>;

export function registryOf(ds: DataSource, config: Pick<Config, 'recordRegistry' | 'recordRegistryUrl'>): RecordRegistry {
  return config.recordRegistry === 'http' ? new HttpRegistry({ url: config.recordRegistryUrl! }) : new DemoRegistry(ds);
}

/**
 * Runs the checks asked for: takes one and marks it taken, asks the registry, then stores the
 * answer with its audit event. A check taken by a process that stopped is taken again once its
 * lease has run out; the answer of a process whose lease ran out is not stored.
 */
export class RecordCheckJobs implements JobKind<RecordCheck> {
  readonly name = RECORD_CHECKS;

  constructor(
    private readonly ds: DataSource,
    private readonly registry: RecordRegistry,
    private readonly config: Config,
    private readonly settle: SettleCheck,
  ) {}

  async take(em: EntityManager): Promise<RecordCheck | null> {
    const check = await takeDue(
      em
        .getRepository(RecordCheck)
        .createQueryBuilder('c')
        .where('c.status = :pending', { pending: RecordCheckStatus.PENDING })
        .andWhere('(c.startedAt IS NULL OR c.startedAt < :stale)', { stale: new Date(Date.now() - LEASE_MS) })
        .orderBy('c.id', 'ASC'),
    );
    if (!check) return null;
    check.startedAt = new Date();
    check.attempts += 1;
    await em.update(RecordCheck, { id: check.id }, { startedAt: check.startedAt, attempts: check.attempts });
    return check;
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
    const matches = matchesOf(check.subject, records);
    const answer = {
      status: error ? RecordCheckStatus.FAILED : matches.length ? RecordCheckStatus.MATCHES_FOUND : RecordCheckStatus.CLEAR,
      source: this.registry.name,
      completedAt: new Date(),
      matchList: error ? null : matches,
      suggestedOutcome: error ? null : suggestedOutcomeOf(matches),
      error,
    };
    await inTransaction(this.ds, async (em) => {
      // Only while it is still this process's: one taken over after its lease ran out is the other's to store.
      const stored = await em
        .createQueryBuilder()
        .update(RecordCheck)
        .set(answer)
        .where('id = :id AND status = :pending AND attempts = :attempts', {
          id: check.id,
          pending: RecordCheckStatus.PENDING,
          attempts: check.attempts,
        })
        .execute();
      if (!stored.affected) return;
      await this.settle(em, Object.assign(check, answer));
      // A lookup reads criminal data: audited as the officer's who asked for it.
      await recordAudit({ config: this.config, officer: null }, em, {
        action: 'RECORD_CHECK',
        entityType: 'Application',
        entityId: check.applicationId,
        actorId: check.requestedById,
        detail: {
          recordCheckId: check.id,
          status: answer.status,
          source: answer.source,
          matches: matches.length,
          exactMatches: matches.filter((m) => m.kind === RecordMatchKind.EXACT_ID).length,
          suggestedOutcome: answer.suggestedOutcome,
          error,
        },
      });
      recordChecksDone.inc({ status: answer.status });
    });
    return null;
  }
}
