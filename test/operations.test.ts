import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase } from '../scripts/throwaway-database';
import { startServer } from '../server/app';
import { freePort, startTestApp, type TestApp } from './support/harness';
import { application, SUBMIT } from './support/inputs';
import { present } from './support/narrow';

// What an operator's tools see: liveness and readiness, the console's assets compressed and cached
// as their names allow, and a SIGTERM that lets the requests under way finish.
let app: TestApp;
beforeAll(async () => {
  execFileSync('node', ['scripts/build-admin-if-needed.mjs'], { stdio: 'inherit' });
  app = await startTestApp({ applications: 20, config: { metricsToken: TOKEN } });
});
afterAll(async () => {
  await app?.close();
});

const TOKEN = 'metrics-token-0123456789abcdef-0123456789';
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });

describe('health and readiness', () => {
  it('answers ready while the database answers, every migration ran and the files can be written', async () => {
    expect(await (await get(`${app.server.url}/api/health`)).json()).toEqual({ ok: true });
    const ready = await get(`${app.server.url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });
  });

  it('answers ready to many probes at once (each writes a file of its own)', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async () => (await get(`${app.server.url}/api/ready`)).status),
    );
    expect(statuses).toEqual(Array(20).fill(200));
  });

  it('answers 503 naming a migration not yet run', async () => {
    const [last] = await app.ds.query('SELECT * FROM migrations ORDER BY id DESC LIMIT 1');
    await app.ds.query('DELETE FROM migrations WHERE id = ?', [last.id]);
    try {
      const ready = await get(`${app.server.url}/api/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ready: false, failing: 'migrations' });
    } finally {
      await app.ds.query('INSERT INTO migrations (id, timestamp, name) VALUES (?, ?, ?)', [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    expect((await get(`${app.server.url}/api/ready`)).status).toBe(200);
  });

  it('answers 503 naming the file storage when it cannot be written', async () => {
    // A file where the storage folder should be: nothing can be written below it.
    const blocked = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rcc-ready-')), 'files');
    fs.writeFileSync(blocked, 'not a folder');
    const server = await startServer(app.ds, { ...app.config, filesDir: blocked }, 0);
    try {
      const ready = await get(`${server.url}/api/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ready: false, failing: 'files' });
    } finally {
      await server.stop();
    }
  });
});

describe('metrics', () => {
  it('serves Prometheus metrics to the bearer of METRICS_TOKEN only: requests, errors, the pool, the event loop, the audit chain, cases by status', async () => {
    const officer = await app.as('heping.officer');
    await officer.data('query Queue { applications(perPage: 5) { total } }');
    await officer.gql('query Broken { application(id: "abc") { id } }');
    await officer.data(SUBMIT, { input: application() }); // an intake: one event appended to the audit chain
    expect((await get(`${app.server.url}/metrics`)).status).toBe(404);
    expect((await get(`${app.server.url}/metrics`, { authorization: 'Bearer wrong' })).status).toBe(404);
    const res = await get(`${app.server.url}/metrics`, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(
      /rcc_http_request_duration_seconds_count\{route="\/graphql",operation="Queue",status="2xx"\} [1-9]/,
    );
    expect(text).toMatch(
      /rcc_http_request_duration_seconds_count\{route="\/api\/login",operation="",status="2xx"\} [1-9]/,
    );
    expect(text).toMatch(/rcc_request_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toMatch(/rcc_audit_append_seconds_count [1-9]/);
    expect(text).toMatch(/rcc_audit_chain_lock_wait_seconds_count [1-9]/);
    expect(text).toMatch(/rcc_audit_seal_wait_seconds_count [1-9]/);
    expect(text).toMatch(/rcc_audit_events_sealed_total [1-9]/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds /);
    const counted = [...text.matchAll(/^rcc_cases\{status="(\w+)"\} (\d+)$/gm)].reduce(
      (sum, m) => sum + Number(m[2]),
      0,
    );
    expect(counted).toBe(21);
    if (app.dialect === 'mysql') expect(text).toMatch(/rcc_db_pool_connections\{state="idle"\} \d+/);
  });

  it('serves them on METRICS_PORT without a token, and nothing else there', async () => {
    const port = await freePort();
    const server = await startServer(app.ds, { ...app.config, metricsToken: null, metricsPort: port }, 0);
    try {
      expect((await get(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
      expect((await get(`http://127.0.0.1:${port}/api/health`)).status).toBe(404);
      expect((await get(`${server.url}/metrics`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});

describe("the console's assets", () => {
  const asset = () => {
    const name = fs.readdirSync(path.join(app.config.adminDir, 'assets')).find((f) => /^index-.*\.js$/.test(f));
    expect(name).toBeTruthy();
    return present(name, 'the built index-*.js');
  };

  it('sends the brotli or gzip copy the client accepts, cached for a year under its hashed name', async () => {
    const name = asset();
    const plain = fs.readFileSync(path.join(app.config.adminDir, 'assets', name));
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ]) {
      // Node's fetch undoes the encoding: what arrives is the asset itself.
      const res = await get(`${app.server.url}/assets/${name}`, { 'accept-encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding'), accept).toBe(encoding);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(Buffer.from(await res.arrayBuffer()).equals(plain)).toBe(true);
    }
    const identity = await get(`${app.server.url}/assets/${name}`, { 'accept-encoding': 'identity' });
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(Number(identity.headers.get('content-length'))).toBe(plain.length);
    expect(identity.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('asks for index.html again every time', async () => {
    for (const page of ['/', '/applications']) {
      const res = await get(`${app.server.url}${page}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });
});

describe('a graceful stop', () => {
  let child: ChildProcess | undefined;
  // The pass's database: a throwaway one of TEST_DATABASE_URL's server, or a file of SQLite.
  let database: { url: string; drop: () => Promise<void> } | null = null;
  beforeAll(async () => {
    const base = process.env.TEST_DATABASE_URL;
    if (base) database = await createThrowawayDatabase(base, 'rcc_stop');
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await database?.drop();
  });

  it('on SIGTERM answers not ready, finishes the request under way, and exits 0', async () => {
    const port = await freePort();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcc-stop-'));
    // The server itself, not tsx's command-line wrapper: the signal reaches it as systemd's would.
    const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        SQLITE_PATH: path.join(dir, 'stop.sqlite'),
        FILES_DIR: path.join(dir, 'files'),
        SEED_DEMO: '0',
        DATABASE_URL: database?.url ?? '',
        DRAIN_NOTICE_MS: '1500',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = server;
    let output = '';
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        output += chunk;
        if (output.includes('record-check-console:')) resolve();
      });
      server.stderr.on('data', (chunk: Buffer) => (output += chunk));
      server.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    expect((await get(`${base}/api/ready`)).status).toBe(200);

    // A sign-in whose body arrives slowly: under way when SIGTERM comes, finished after it.
    const body = JSON.stringify({ username: 'nobody', password: 'wrong password here' });
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write(
      `POST /api/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.slice(0, 10));

    server.kill('SIGTERM');
    await expect
      .poll(async () => (await get(`${base}/api/ready`).catch(() => null))?.status, { timeout: 1000, interval: 50 })
      .toBe(503);
    expect(await (await get(`${base}/api/ready`)).json()).toEqual({ ready: false, failing: 'draining' });
    // Past the notice: new connections are refused, the one under way goes on.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await expect(get(`${base}/api/health`)).rejects.toThrow();
    socket.write(body.slice(10));
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM: draining');
  }, 60_000);
});

describe('the address the server listens on', () => {
  // An address of this machine other than loopback, if it has one.
  const outside = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

  it.skipIf(!outside)('with HOST=127.0.0.1 answers there and refuses every other address', async () => {
    const server = await startServer(app.ds, { ...app.config, host: '127.0.0.1' }, 0);
    try {
      const port = new URL(server.url).port;
      expect((await get(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      const refused = await get(`http://${outside}:${port}/api/health`).then(
        () => 'answered',
        (e: Error & { cause?: { code?: string } }) => e.cause?.code,
      );
      expect(refused).toBe('ECONNREFUSED');
    } finally {
      await server.stop();
    }
  });
});

describe('the systemd unit', () => {
  const systemd = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((p) => fs.existsSync(p));

  // systemd-analyze reads the unit as systemd would: an unknown key or a command that is not there
  // is named on stderr. The instance (port 4001) and this checkout stand in for /opt/record-check-console.
  it.skipIf(!systemd)('passes systemd-analyze verify with nothing to report', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcc-unit-'));
    const unit = fs
      .readFileSync('deploy/record-check.service', 'utf8')
      .replace('/opt/record-check-console', process.cwd())
      .replace('/usr/bin/node', process.execPath);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
    const file = path.join(dir, 'record-check@4001.service');
    fs.writeFileSync(file, unit);
    const result = spawnSync(present(systemd, 'systemd-analyze'), ['verify', file], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.stderr.trim()).toBe('');
    expect(result.status).toBe(0);
  });
});
