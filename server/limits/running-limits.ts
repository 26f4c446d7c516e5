import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../core/context';
import { tooManyRequests } from '../core/errors';
import { costOfOperation, QUERY_LIMITS } from '../graphql/query-limits';
import { log } from '../operations/log';
import { rateLimiter } from './rate-limits';

/** What one officer's expensive requests may cost together while they run, in every server process together. */
export const RUNNING_LIMITS = {
  /** The estimated costs (query-cost.ts) of an officer's requests running at once: four of the largest queries. */
  perOfficer: 4 * QUERY_LIMITS.maxCost,
  /**
   * A query estimated below this is not counted: it reads too little to matter, and counting costs
   * two short transactions on the officer's counter. The console's pages and actions (its case page,
   * 11,411, is the largest) are never counted; its reports and exports, and heavier queries, are.
   */
  countedFrom: 20_000,
  /** What an export counts for while it streams: two of the largest queries (it reads every case of its filter). */
  export: 2 * QUERY_LIMITS.maxCost,
  /** A share a process never gave back (it stopped) is free again after this long. */
  expirySeconds: 120,
};

const runningLimits = new WeakMap<DataSource, RunningLimit>();

/** A share of the running budget: taken, with the way to give it back, or refused with when to try again. */
export type Share = { taken: true; giveBack: () => Promise<void> } | { taken: false; retryAfterSeconds: number };

/**
 * The budget of work an officer may have running at once: each expensive request takes its cost
 * from it when it starts (counted first, then checked, so parallel requests cannot slip past it)
 * and gives it back when it ends. Kept as rateLimiter keeps its counters: in the database on
 * MySQL/MariaDB, shared by every process; the counter of a key starts afresh expirySeconds after
 * its first share, so a share a stopped process held is not held for ever.
 */
export class RunningLimit {
  constructor(private readonly budget: RateLimiterAbstract) {}

  /**
   * The budget on `ds`: in the database on MySQL/MariaDB, where every process shares it; on
   * SQLite one per database in this process, shared the same way by each server started on it.
   */
  static of(ds: DataSource): RunningLimit {
    const known = runningLimits.get(ds);
    if (known) return known;
    const limit = new RunningLimit(
      rateLimiter(ds, 'running', { points: RUNNING_LIMITS.perOfficer, duration: RUNNING_LIMITS.expirySeconds }),
    );
    runningLimits.set(ds, limit);
    return limit;
  }

  async take(key: string, cost: number): Promise<Share> {
    const points = Math.ceil(cost);
    try {
      return { taken: true, giveBack: this.giveBack(key, points, await this.budget.consume(key, points)) };
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      await this.giveBack(key, points, refused)();
      return { taken: false, retryAfterSeconds: 1 };
    }
  }

  /** Gives `points` back once, unless the counter has started afresh since they were taken (they went with the old one). */
  private giveBack(key: string, points: number, taken: RateLimiterRes): () => Promise<void> {
    const counterEnds = Date.now() + taken.msBeforeNext;
    let given = false;
    return async () => {
      if (given || Date.now() >= counterEnds) return;
      given = true;
      // Not given back, the share goes with the counter when it starts afresh.
      await this.budget
        .reward(key, points)
        .catch((err: unknown) => log.warn({ err }, 'a share of the running budget was not given back'));
    };
  }
}

/** Refused for the officer's budget: 429 with Retry-After. */
export const busyRefusal = (retryAfterSeconds: number) =>
  tooManyRequests(
    'Your requests running now cost too much together: wait for them to finish, then try again',
    retryAfterSeconds,
    {
      reason: 'RUNNING_BUDGET_SPENT',
      params: { retryAfterSeconds },
    },
  );

/**
 * Counts each GraphQL operation estimated at RUNNING_LIMITS.countedFrom or more against the
 * budget of the one who sends it (`keyOf`: none for an anonymous request, which reads nothing),
 * from its start to its answer.
 */
export function runningOperations(
  schema: GraphQLSchema,
  limit: RunningLimit,
  keyOf: (ctx: RequestContext) => string | null,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let giveBack: (() => Promise<void>) | undefined;
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          const key = keyOf(contextValue);
          if (!key || !operation) return;
          const cost = costOfOperation(schema, document, operation);
          if (cost < RUNNING_LIMITS.countedFrom) return;
          const share = await limit.take(key, cost);
          if (!share.taken) throw busyRefusal(share.retryAfterSeconds);
          giveBack = share.giveBack;
        },
        async willSendResponse() {
          await giveBack?.();
        },
      };
    },
  };
}
