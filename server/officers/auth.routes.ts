import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { login, logout, readCookie, SESSION_COOKIE } from './auth.service';

function cookieOptions(config: Config, maxAgeMs: number) {
  return { httpOnly: true, sameSite: 'strict' as const, secure: config.production, path: '/', maxAge: maxAgeMs };
}

/** POST /api/login and /api/logout: the session cookie beside /graphql. */
export function authRoutes(ds: DataSource, config: Config): Router {
  const router = Router();
  router.post('/login', async (req: Request, res: Response) => {
    const { username, password } = (req.body ?? {}) as Record<string, unknown>;
    if (typeof username !== 'string' || !username) return res.status(400).json({ error: 'username is required', field: 'username' });
    if (typeof password !== 'string' || !password) return res.status(400).json({ error: 'password is required', field: 'password' });
    const result = await login(ds, config, username, password);
    if (!result) return res.status(401).json({ error: 'Wrong username or password, or the account is inactive' });
    res.cookie(SESSION_COOKIE, result.token, cookieOptions(config, result.expiresAt.getTime() - Date.now()));
    const { officer } = result;
    return res.json({
      officer: { id: String(officer.id), username: officer.username, displayName: officer.displayName, role: officer.role, officeId: String(officer.officeId) },
    });
  });
  router.post('/logout', async (req: Request, res: Response) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (token) await logout(ds, config, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });
  return router;
}
