import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { Config } from '../config';
import { isMysqlFamily } from '../core/dialect';
import { RecordCheckStatus, RecordMatchKind } from '../core/enums';
import { log } from '../core/log';
import { recordCheckDuration, recordChecksDone } from '../core/metrics';
import { inTransaction } from '../core/transaction';
import { DemoRegistry } from './demo-registry';
import { HttpRegistry } from './http-registry';
import { RecordCheck } from './record-check.entity';
import { matchesOf, suggestedOutcomeOf } from './record-match';
import { type RecordRegistry, type RegistryRecord, RegistryUnavailable } from './registry';

/** Longer than a lookup can take (three attempts of 5 s and their backoff): a check taken longer ago was lost with its process. */
const LEASE_MS = 60_000;
/** How often a process looks for checks it was not woken for: another process's, or one a stopped process left. */
const POLL_MS = 5_000;
/** Lookups one process runs at once. */
const CONCURRENCY = 2;

/** What the case makes of a check that has answered, in the transaction that stores the answer. */
export type SettleCheck = (em: EntityManager, check: RecordCheck) => Promise<void>;

export function registryOf(ds: DataSource, config: Pick<Config, 'recordRegistry' | 'recordRegistryUrl'>): RecordRegistry {
  return config.recordRegistry === 'http' ? new HttpRegistry({ url: config.recordRegistryUrl! }) : new DemoRegistry(ds);
}

/**
 * Runs the checks asked for, outside the transactions that asked them: takes one at a time
 * (`FOR UPDATE SKIP LOCKED` on MySQL/MariaDB, so processes never take the same one), marks it
 * taken and commits, asks the registry, then stores the answer with its audit event. A check
 * taken by a process that stopped is taken again once its lease has run out.
 */
export class RecordCheckWorker {
  private readonly loops = new Set<Promise<void>>();
  /** Counts wakes: a loop that found nothing ends only if nobody woke it meanwhile. */
  private wakes = 0;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly registry: RecordRegistry,
    private readonly config: Config,
    private readonly settle: SettleCheck,
  ) {}

  get source(): string {
    return this.registry.name;
  }

  start(): void {
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Something was asked: run what waits. Returns at once. */
  wake(): void {
    if (this.stopped) return;
    this.wakes++;
    while (this.loops.size < CONCURRENCY) {
      const loop: Promise<void> = this.loop()
        .catch((error: unknown) => log.error({ err: error }, 'record check worker failed; it looks again shortly'))
        .finally(() => this.loops.delete(loop));
      this.loops.add(loop);
    }
  }

  /** Takes nothing more; resolves when the lookups under way have been stored. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.loops]);
  }

  private async loop(): Promise<void> {
    for (;;) {
      const woken = this.wakes;
      const check = this.stopped ? null : await this.take();
      if (check) await this.run(check);
      else if (this.wakes === woken || this.stopped) return;
    }
  }

  private take(): Promise<RecordCheck | null> {
    return inTransaction(this.ds, async (em) => {
      const qb = em
        .getRepository(RecordCheck)
        .createQueryBuilder('c')
        .where('c.status = :pending', { pending: RecordCheckStatus.PENDING })
        .andWhere('(c.startedAt IS NULL OR c.startedAt < :stale)', { stale: new Date(Date.now() - LEASE_MS) })
        .orderBy('c.id', 'ASC')
        .limit(1);
      if (isMysqlFamily(this.ds)) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
      const check = await qb.getOne();
      if (!check) return null;
      check.startedAt = new Date();
      check.attempts += 1;
      await em.update(RecordCheck, { id: check.id }, { startedAt: check.startedAt, attempts: check.attempts });
      return check;
    });
  }

  private async run(check: RecordCheck): Promise<void> {
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
  }
}

const workers = new WeakMap<DataSource, { worker: RecordCheckWorker; servers: number }>();

/**
 * The process's worker for `ds`, started by the first server on it; every server that calls this
 * calls releaseRecordCheckWorker when it stops, and the last one stops the worker.
 */
export function startRecordCheckWorker(ds: DataSource, config: Config, settle: SettleCheck): RecordCheckWorker {
  let entry = workers.get(ds);
  if (!entry) {
    entry = { worker: new RecordCheckWorker(ds, registryOf(ds, config), config, settle), servers: 0 };
    workers.set(ds, entry);
    entry.worker.start();
  }
  entry.servers++;
  return entry.worker;
}

export async function releaseRecordCheckWorker(ds: DataSource, worker: RecordCheckWorker): Promise<void> {
  const entry = workers.get(ds);
  // A worker stopped meanwhile (stopRecordCheckWorker) is released already.
  if (entry?.worker !== worker || --entry.servers > 0) return;
  workers.delete(ds);
  await worker.stop();
}

/** The worker running for `ds` in this process, if any (tools that run no server have none: their checks wait for a server). */
export function recordCheckWorkerOf(ds: DataSource): RecordCheckWorker | undefined {
  return workers.get(ds)?.worker;
}

/** Stops the worker of `ds` now, whoever started it, as a process that stops would (the next start takes up what it left). */
export async function stopRecordCheckWorker(ds: DataSource): Promise<void> {
  const entry = workers.get(ds);
  workers.delete(ds);
  await entry?.worker.stop();
}
