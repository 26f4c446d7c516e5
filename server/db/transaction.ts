import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../core/context';
import { isMysqlFamily } from './dialect';

// SQLite has one connection: two transactions begun on it at once would nest and fail,
// so on SQLite they take turns. MySQL runs them in parallel on its pool.
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/** What a transaction asked to be done once it has committed, by key (see afterCommit). */
const commitFollowUps = new WeakMap<EntityManager, Map<string, () => Promise<void>>>();

/**
 * Runs `work` in one transaction: the change and its audit event commit or roll back together.
 * What the transaction asked with afterCommit runs after the commit, before this resolves.
 */
export async function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const followUps = new Map<string, () => Promise<void>>();
  const tracked = (em: EntityManager) => {
    commitFollowUps.set(em, followUps);
    return work(em);
  };
  let result: T;
  if (isMysqlFamily(ds)) result = await ds.transaction(tracked);
  else {
    const previous = sqliteQueues.get(ds) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => ds.transaction(tracked));
    sqliteQueues.set(
      ds,
      run.catch(() => undefined),
    );
    // The follow-ups run outside the queue: one of them may open a transaction of its own.
    result = await run;
  }
  for (const followUp of followUps.values()) await followUp();
  return result;
}

/**
 * Asks for `work` to run once the transaction of `em` has committed (once per `key`, however often
 * asked), and answers true; false when `em` is not a transaction of inTransaction (then nothing is
 * kept, and the caller does the work itself).
 */
export function afterCommit(em: EntityManager, key: string, work: () => Promise<void>): boolean {
  const followUps = commitFollowUps.get(em);
  if (!followUps) return false;
  if (!followUps.has(key)) followUps.set(key, work);
  return true;
}

/**
 * The one transaction boundary: runs `work` with `ctx.em` set to a new transaction. Every
 * mutation (transactionPerMutation) and every REST request that writes (http/rest-route.ts) passes
 * here; services read the transaction with transactionOf and never open one of their own.
 */
export function withTransaction<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
  if (ctx.em) throw new Error('A transaction is already open for this request');
  return inTransaction(ctx.ds, async (em) => {
    ctx.em = em;
    try {
      return await work();
    } finally {
      ctx.em = undefined;
    }
  });
}

/** The transaction of the running mutation or REST request. */
export function transactionOf(ctx: RequestContext): EntityManager {
  if (!ctx.em) throw new Error('No transaction is open: this runs inside a mutation or a REST request that writes');
  return ctx.em;
}

/**
 * The manager reads go through: the request's transaction while one is open (a read on a second
 * connection from inside a transaction can wait forever once every pooled connection holds one),
 * else the data source's.
 */
export function managerOf(ctx: RequestContext): EntityManager {
  return ctx.em ?? ctx.ds.manager;
}
