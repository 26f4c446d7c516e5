import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { badInput } from '../core/errors';
import { transactionOf } from '../db/transaction';
import { addressKey } from '../limits/rate-limits';
import { endSession, readCookie, sessionCookie, startSession, verifyCredentials } from '../officers/auth.service';
import { auditLockouts, type LoginAttempt, LoginLimits } from '../officers/login-limits';
import type { Officer } from '../officers/officer.entity';
import { restRoute } from './rest-route';

function cookieOptions(config: Config, maxAgeMs: number) {
  return { httpOnly: true, sameSite: 'strict' as const, secure: config.production, path: '/', maxAge: maxAgeMs };
}

/** A text field of the sign-in body, present and at most `max` characters. */
function textField(body: Record<string, unknown>, field: string, max: number): string {
  const value = body[field];
  if (typeof value !== 'string' || !value) throw badInput(field, 'is required');
  if (value.length > max) throw badInput(field, `must be at most ${max} characters`);
  return value;
}

/** POST /api/login and /api/logout: the session cookie beside /graphql. */
export function authRoutes(ds: DataSource, config: Config): Router {
  const router = Router();
  const limits = LoginLimits.of(ds);
  router.post(
    '/login',
    restRoute<{ username: string; address: string; attempt: LoginAttempt; officer: Officer | null }>(ds, config, {
      public: true,
      // The limits and the password hash come before the transaction: a slow hash holds none.
      read: async (_ctx, req) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const username = textField(body, 'username', 64);
        const password = textField(body, 'password', 128);
        const address = req.ip ?? 'unknown';
        const attempt = await limits.attempt(username, addressKey(address));
        return {
          username,
          address,
          attempt,
          officer: attempt.allowed ? await verifyCredentials(ds, username, password) : null,
        };
      },
      write: async (ctx, { username, address, attempt, officer }) => {
        if (!attempt.allowed) {
          await auditLockouts(ctx, transactionOf(ctx), username, address, attempt.lockouts);
          const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
          return (res) =>
            res
              .set('Retry-After', String(attempt.retryAfterSeconds))
              .status(429)
              .json({ error: `Too many failed sign-ins; try again in ${minutes} min`, code: 'TOO_MANY_ATTEMPTS' });
        }
        if (!officer)
          return (res) => res.status(401).json({ error: 'Wrong username or password, or the account is inactive' });
        const session = await startSession(ctx, officer);
        return async (res) => {
          await attempt.succeeded();
          res
            .cookie(
              sessionCookie(config),
              session.token,
              cookieOptions(config, session.expiresAt.getTime() - Date.now()),
            )
            .json({
              officer: {
                id: String(officer.id),
                username: officer.username,
                displayName: officer.displayName,
                role: officer.role,
                officeId: String(officer.officeId),
              },
            });
        };
      },
    }),
  );
  router.post(
    '/logout',
    restRoute<string | undefined>(ds, config, {
      public: true,
      read: async (_ctx, req) => readCookie(req.headers.cookie, sessionCookie(config)),
      write: async (ctx, token) => {
        if (token) await endSession(ctx, token);
        return (res) =>
          res.clearCookie(sessionCookie(config), { path: '/', secure: config.production }).status(204).end();
      },
    }),
  );
  return router;
}
