import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isMysqlFamily } from '../db/dialect';
import { inTransaction } from '../db/transaction';
import { isDatabaseOutage, logOutage } from './failures';
import { JOB_BY_ID, LEASE_FREE } from './job.queries';
import { log } from './log';

// Work a change asks for and a worker does after the change has committed (an outbox): the
// change writes a row in its own transaction, and a worker in each server process takes the
// rows that are due, one at a time, runs them outside any transaction and stores the result.

/** A kind of job: how a worker takes the next one that is due, and how it runs it. */
export interface JobKind<J> {
  /** Names the worker in logs. */
  readonly name: string;
  /** In `em`'s transaction: the next job that is due, marked as taken (see takeLeased), or null. */
  take(em: EntityManager): Promise<J | null>;
  /** Runs a taken job to its end and stores what came of it; answers in how many ms to look again (a retry), or null. */
  run(job: J): Promise<number | null>;
}

/** A row a worker takes: when it was taken (null while nobody holds it) and how many times. */
export interface LeasedJob extends ObjectLiteral {
  id: number;
  startedAt: Date | null;
  attempts: number;
}

/**
 * Takes the first row of `qb` (due rows, ordered by the caller; alias JOB) that nobody holds or
 * whose holder's lease of `leaseMs` has run out (its process stopped): marks it taken now and
 * counts the attempt, in `em`'s transaction. On MySQL/MariaDB a row another process is taking is
 * skipped (`FOR UPDATE SKIP LOCKED`), so processes never take the same job; SQLite has one process.
 * The attempt count is the job's fence: whoever stores the result does it only while it is unchanged.
 */
export async function takeLeased<T extends LeasedJob>(
  em: EntityManager,
  qb: SelectQueryBuilder<T>,
  leaseMs: number,
): Promise<T | null> {
  const now = new Date();
  qb.andWhere(LEASE_FREE, {
    leaseEnded: new Date(now.getTime() - leaseMs),
  }).limit(1);
  if (isMysqlFamily(qb.connection)) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
  const job = await qb.getOne();
  if (!job) return null;
  // getOne hydrates the entity the query selects from: its main alias.
  const table = qb.expressionMap.mainAlias;
  if (!table) throw new Error('A query that took a job has no main alias');
  job.startedAt = now;
  job.attempts += 1;
  await em
    .createQueryBuilder()
    .update(table.target)
    .set({ startedAt: now, attempts: job.attempts })
    .where(JOB_BY_ID, { id: job.id })
    .execute();
  return job;
}

/** How often a process looks for jobs it was not woken for: another process's, a retry, or one a stopped process left. */
const POLL_MS = 5_000;
/** Jobs one process runs at once. */
const CONCURRENCY = 2;

export class JobWorker<J> {
  private readonly loops = new Set<Promise<void>>();
  /** Counts wakes: a loop that found nothing ends only if nobody woke it meanwhile. */
  private wakes = 0;
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly ds: DataSource,
    readonly kind: JobKind<J>,
  ) {}

  start(): void {
    this.every(POLL_MS);
    this.wake();
  }

  /** Something was asked: run what is due. Returns at once. */
  wake(): void {
    if (this.stopped) return;
    this.wakes++;
    if (!this.loops.size) this.spawn();
  }

  /** One more loop taking jobs: one looks while nothing is due, a second joins once it finds work. */
  private spawn(): void {
    const loop: Promise<void> = this.loop()
      .catch((error: unknown) => {
        // An outage is logged once a second for the whole process, not once a poll with its stack.
        if (isDatabaseOutage(error)) logOutage(error);
        else log.error({ err: error }, `${this.kind.name} worker failed; it looks again shortly`);
      })
      .finally(() => this.loops.delete(loop));
    this.loops.add(loop);
  }

  /** Takes nothing more; resolves when the jobs under way have been stored. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    await Promise.all([...this.loops]);
  }

  private every(ms: number): void {
    const timer = setInterval(() => this.wake(), ms);
    timer.unref();
    this.timers.add(timer);
  }

  /** Wakes once after `ms` (a retry that is due then). */
  private after(ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.wake();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private async loop(): Promise<void> {
    for (;;) {
      const woken = this.wakes;
      const job = this.stopped ? null : await inTransaction(this.ds, (em) => this.kind.take(em));
      if (job) {
        if (this.loops.size < CONCURRENCY) this.spawn();
        const retryIn = await this.kind.run(job);
        if (retryIn != null && !this.stopped) this.after(retryIn);
      } else if (this.wakes === woken || this.stopped) return;
    }
  }
}

/** The workers of each database in this process, by kind, and how many servers use each. */
const running = new WeakMap<DataSource, Map<string, { worker: JobWorker<unknown>; servers: number }>>();

/**
 * The process's worker of `kind` for `ds`, started by the first server on it; each server that
 * calls this calls releaseWorker when it stops, and the last one stops the worker.
 */
export function startWorker<J>(ds: DataSource, kind: JobKind<J>): JobWorker<J> {
  const kinds = running.get(ds) ?? new Map();
  running.set(ds, kinds);
  let entry = kinds.get(kind.name);
  if (!entry) {
    entry = { worker: new JobWorker(ds, kind) as JobWorker<unknown>, servers: 0 };
    kinds.set(kind.name, entry);
    entry.worker.start();
  }
  entry.servers++;
  return entry.worker as JobWorker<J>;
}

export async function releaseWorker(ds: DataSource, worker: JobWorker<unknown>): Promise<void> {
  const kinds = running.get(ds);
  const entry = kinds?.get(worker.kind.name);
  // A worker stopped meanwhile (stopWorker) is released already.
  if (!kinds || entry?.worker !== worker || --entry.servers > 0) return;
  kinds.delete(worker.kind.name);
  await worker.stop();
}

/** The worker of that kind running for `ds` in this process, if any (tools that run no server have none: their jobs wait for one). */
export function workerOf(ds: DataSource, name: string): JobWorker<unknown> | undefined {
  return running.get(ds)?.get(name)?.worker;
}

/** Stops the worker now, whoever started it, as a process that stops would (the next start takes up what it left). */
export async function stopWorker(ds: DataSource, name: string): Promise<void> {
  const entry = running.get(ds)?.get(name);
  running.get(ds)?.delete(name);
  await entry?.worker.stop();
}
