import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { recordAudit } from '../audit/audit.service';
import { restError } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { login, logout, readCookie, SESSION_COOKIE } from './auth.service';
import { type Lockout, LoginLimits } from './login-limits';

function cookieOptions(config: Config, maxAgeMs: number) {
  return { httpOnly: true, sameSite: 'strict' as const, secure: config.production, path: '/', maxAge: maxAgeMs };
}

/** Lockouts go into the audit trail: who or where was locked out, and for how long. */
async function auditLockouts(ds: DataSource, config: Config, username: string, address: string, lockouts: Lockout[]) {
  if (!lockouts.length) return;
  await inTransaction(ds, async (em) => {
    for (const lockout of lockouts) {
      await recordAudit({ config, officer: null }, em, {
        action: 'LOGIN_LOCKED',
        entityType: 'Login',
        entityId: lockout.key.slice(0, 64),
        detail: { scope: lockout.scope, username, address, retryAfterSeconds: lockout.retryAfterSeconds },
      });
    }
  });
}

/** POST /api/login and /api/logout: the session cookie beside /graphql. */
export function authRoutes(ds: DataSource, config: Config): Router {
  const router = Router();
  const limits = LoginLimits.create(ds);
  router.post('/login', async (req: Request, res: Response) => {
    const { username, password } = (req.body ?? {}) as Record<string, unknown>;
    if (typeof username !== 'string' || !username) return res.status(400).json({ error: 'username is required', field: 'username' });
    if (username.length > 64) return res.status(400).json({ error: 'username: must be at most 64 characters', field: 'username' });
    if (typeof password !== 'string' || !password) return res.status(400).json({ error: 'password is required', field: 'password' });
    if (password.length > 128) return res.status(400).json({ error: 'password: must be at most 128 characters', field: 'password' });
    const address = req.ip ?? 'unknown';
    try {
      const attempt = await limits.attempt(username, address);
      if (!attempt.allowed) {
        await auditLockouts(ds, config, username, address, attempt.lockouts);
        res.set('Retry-After', String(attempt.retryAfterSeconds));
        return res
          .status(429)
          .json({ error: `Too many failed sign-ins; try again in ${Math.ceil(attempt.retryAfterSeconds / 60)} min`, code: 'TOO_MANY_ATTEMPTS' });
      }
      const result = await login(ds, config, username, password);
      if (!result) return res.status(401).json({ error: 'Wrong username or password, or the account is inactive' });
      await attempt.succeeded();
      res.cookie(SESSION_COOKIE, result.token, cookieOptions(config, result.expiresAt.getTime() - Date.now()));
      const { officer } = result;
      return res.json({
        officer: {
          id: String(officer.id),
          username: officer.username,
          displayName: officer.displayName,
          role: officer.role,
          officeId: String(officer.officeId),
        },
      });
    } catch (error) {
      const { status, body } = restError(error);
      if (status === 503) res.set('Retry-After', '1');
      return res.status(status).json(body);
    }
  });
  router.post('/logout', async (req: Request, res: Response) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (token) await logout(ds, config, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });
  return router;
}
