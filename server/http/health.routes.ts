import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Request, type Response, Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { PING } from './health.queries';

/** What the process is doing, as the readiness answer reports it. */
export interface ServerState {
  /** SIGTERM (or stop()) was received: in-flight requests finish, new work goes elsewhere. */
  draining: boolean;
}

type Check = 'draining' | 'database' | 'migrations' | 'files';

/** The first check that fails, or null: the database answers, every migration ran, the file storage takes a file. */
async function failingCheck(ds: DataSource, config: Config, state: ServerState): Promise<Check | null> {
  if (state.draining) return 'draining';
  try {
    await ds.query(PING);
  } catch {
    return 'database';
  }
  try {
    if (await ds.showMigrations()) return 'migrations';
  } catch {
    return 'migrations';
  }
  try {
    // The storage folder is made on first use, as an upload would make it.
    await fs.mkdir(config.filesDir, { recursive: true });
    // A name of its own for each probe: parallel probes never remove each other's file.
    const probe = path.join(config.filesDir, `.ready-${process.pid}-${randomUUID()}`);
    await fs.writeFile(probe, '');
    await fs.unlink(probe);
  } catch {
    return 'files';
  }
  return null;
}

/**
 * Liveness and readiness for a process manager or a proxy: /api/health answers while the process
 * runs; /api/ready answers 200 only when the process can serve, and 503 naming the failing check
 * while it starts, while it drains, or when the database or the file storage fails it.
 */
export function healthRoutes(ds: DataSource, config: Config, state: ServerState): Router {
  const router = Router();
  router.get('/health', (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store').json({ ok: true });
  });
  router.get('/ready', async (_req: Request, res: Response) => {
    const failing = await failingCheck(ds, config, state);
    res
      .status(failing ? 503 : 200)
      .set('Cache-Control', 'no-store')
      .json(failing ? { ready: false, failing } : { ready: true });
  });
  return router;
}
