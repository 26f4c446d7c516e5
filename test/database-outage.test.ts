import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createThrowawayDatabase } from '../scripts/throwaway-database';
import { startServer } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/data-source';
import { logTo } from '../server/operations/log';
import { seedDemoData } from '../server/seed/demo-seed';
import { Client } from './support/harness';
import { startTcpProxy } from './support/tcp-proxy';

// The database lost under a running server, as an operator meets it: every request is told to come
// back shortly, the log says so once a second, and the server recovers by itself. A file of its
// own: the server it starts is measured by the process's metrics, which other files read.
describe('an outage of the database', () => {
  // MariaDB only: the embedded SQLite file has no connection to lose.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'answers 503 SERVICE_UNAVAILABLE with Retry-After while MariaDB cannot be reached, logs it once a second without a stack, and recovers by itself',
    async () => {
      const db = await createThrowawayDatabase(process.env.TEST_DATABASE_URL ?? '', 'rcc_test');
      const target = new URL(db.url);
      const proxy = await startTcpProxy(target.hostname, Number(target.port || 3306));
      const viaProxy = new URL(db.url);
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcc-outage-'));
      const config = {
        ...loadConfig({ NODE_ENV: 'test' }),
        databaseUrl: viaProxy.toString(),
        filesDir: path.join(dir, 'files'),
        seedDemo: false,
      };
      const ds = await openDatabase(config);
      await seedDemoData(ds, config, { applications: 0 });
      const server = await startServer(ds, config, 0);
      const logged: Record<string, unknown>[] = [];
      try {
        const officer = new Client(server.url);
        expect((await officer.login('heping.officer')).status).toBe(200);
        logTo({ write: (line: string) => logged.push(JSON.parse(line)) }, 'info');
        await proxy.cut();
        const graphql = (client: Client) =>
          fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}) },
            body: JSON.stringify({ query: '{ me { id } applications(perPage: 5) { total } }' }),
          });
        const requests = () => [
          graphql(officer),
          fetch(`${server.url}/api/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: 'heping.officer', password: 'demo1234demo' }),
          }),
          fetch(`${server.url}/api/documents/1/content`, { headers: { cookie: officer.cookie ?? '' } }),
          fetch(`${server.url}/progress?ref=SQ2026010100001&phone=1234`, { headers: { accept: 'application/json' } }),
          fetch(`${server.url}/verify?number=X&code=Y`),
        ];
        const answers = (await Promise.all([...requests(), ...requests(), ...requests()])).map(async (res) => ({
          url: res.url,
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          body: await res.text(),
        }));
        for (const answer of await Promise.all(answers)) {
          expect(answer, answer.url).toMatchObject({ status: 503, retryAfter: '5' });
          expect(answer.body, answer.url).toContain('SERVICE_UNAVAILABLE');
          expect(answer.body, answer.url).not.toMatch(/ECONNREFUSED|at .*\.js|Context creation failed/);
        }
        const outages = logged.filter((line) => line.msg === 'the database cannot be reached');
        // 15 requests within a second or two: the outage is logged once a second, not once each.
        expect(outages.length).toBeGreaterThanOrEqual(1);
        expect(outages.length).toBeLessThanOrEqual(3);
        expect(logged.filter((line) => line.err)).toEqual([]);

        await proxy.restore();
        await expect.poll(async () => (await graphql(officer)).status).toBe(200);
        expect((await officer.data<{ me: { username: string } }>('{ me { username } }')).me.username).toBe(
          'heping.officer',
        );
      } finally {
        logTo({ write: () => undefined }, 'silent');
        await server.stop();
        await ds.destroy();
        await proxy.close();
        await db.drop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
