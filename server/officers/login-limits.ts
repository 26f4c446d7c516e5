import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../core/context';
import { rateLimiter } from '../limits/rate-limits';

/** Failed sign-ins allowed in a window, per username and per client address. */
export const LOGIN_LIMITS = {
  perUsername: { points: 10, duration: 15 * 60 },
  perAddress: { points: 50, duration: 15 * 60 },
};

export type Lockout = { scope: 'username' | 'address'; key: string; retryAfterSeconds: number };

export type LoginAttempt =
  | { allowed: true; succeeded(): Promise<void> }
  | { allowed: false; retryAfterSeconds: number; lockouts: Lockout[] };

const perDatabase = new WeakMap<DataSource, LoginLimits>();

/**
 * Counts sign-in attempts per username and per client address (and a password change's check of
 * the current password, as a sign-in of its officer). An attempt is counted before the
 * password is checked (so parallel guesses cannot slip past the limit) and given back when it
 * succeeds. The counters are shared by every server process (see rateLimiter).
 */
export class LoginLimits {
  private constructor(
    private readonly byUsername: RateLimiterAbstract,
    private readonly byAddress: RateLimiterAbstract,
  ) {}

  /** The limits of this database: sign-ins and password changes count on the same counters. */
  static of(ds: DataSource): LoginLimits {
    let limits = perDatabase.get(ds);
    if (!limits) {
      limits = new LoginLimits(
        rateLimiter(ds, 'login-user', LOGIN_LIMITS.perUsername),
        rateLimiter(ds, 'login-addr', LOGIN_LIMITS.perAddress),
      );
      perDatabase.set(ds, limits);
    }
    return limits;
  }

  /** Counts one attempt; refused when the username or the address has used up its window. */
  async attempt(username: string, address: string): Promise<LoginAttempt> {
    const user = username.trim().toLowerCase();
    const results = await Promise.allSettled([this.byUsername.consume(user), this.byAddress.consume(address)]);
    const lockouts: Lockout[] = [];
    let retryAfterSeconds = 0;
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') return;
      if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
      const limiter = i === 0 ? this.byUsername : this.byAddress;
      retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil(result.reason.msBeforeNext / 1000));
      // The first refusal of a window is the lockout itself; later ones only repeat it.
      if (result.reason.consumedPoints === limiter.points + 1) {
        lockouts.push({ scope: i === 0 ? 'username' : 'address', key: i === 0 ? user : address, retryAfterSeconds });
      }
    });
    if (retryAfterSeconds) return { allowed: false, retryAfterSeconds: Math.max(retryAfterSeconds, 1), lockouts };
    return {
      allowed: true,
      succeeded: async () => {
        await Promise.all([this.byUsername.delete(user), this.byAddress.reward(address, 1)]);
      },
    };
  }
}

/** Each lockout into the audit trail, in the request's transaction: who or where was locked out, and for how long. */
export async function auditLockouts(
  ctx: RequestContext,
  em: EntityManager,
  username: string,
  address: string,
  lockouts: Lockout[],
): Promise<void> {
  for (const lockout of lockouts) {
    await recordAudit(ctx, em, {
      action: 'LOGIN_LOCKED',
      entityType: 'Login',
      entityId: lockout.key.slice(0, 64),
      detail: { scope: lockout.scope, username, address, retryAfterSeconds: lockout.retryAfterSeconds },
    });
  }
}
