import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { rateLimiter } from '../core/rate-limits';

/** Failed sign-ins allowed in a window, per username and per client address. */
export const LOGIN_LIMITS = {
  perUsername: { points: 10, duration: 15 * 60 },
  perAddress: { points: 50, duration: 15 * 60 },
};

export type Lockout = { scope: 'username' | 'address'; key: string; retryAfterSeconds: number };

export type LoginAttempt = { allowed: true; succeeded(): Promise<void> } | { allowed: false; retryAfterSeconds: number; lockouts: Lockout[] };

/**
 * Counts sign-in attempts per username and per client address. An attempt is counted before the
 * password is checked (so parallel guesses cannot slip past the limit) and given back when it
 * succeeds. The counters are shared by every server process (see rateLimiter).
 */
export class LoginLimits {
  private constructor(
    private readonly byUsername: RateLimiterAbstract,
    private readonly byAddress: RateLimiterAbstract,
  ) {}

  static create(ds: DataSource): LoginLimits {
    return new LoginLimits(rateLimiter(ds, 'login-user', LOGIN_LIMITS.perUsername), rateLimiter(ds, 'login-addr', LOGIN_LIMITS.perAddress));
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
