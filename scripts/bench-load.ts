// Throughput under concurrent load, side by side with the database: npm run bench:load
//   DATABASE_URL        MySQL/MariaDB to use (default mysql://root@127.0.0.1:3306/rcc_bench, created if missing)
//   BENCH_APPLICATIONS  cases to seed first if fewer are there (default 1000000)
//   BENCH_CONNECTIONS   concurrent clients (default 10)
//   BENCH_SECONDS       measured seconds per case, after a warm-up of a third of that (default 10);
//                       every read case first runs half that long, to warm the server up
//   BENCH_NODE          the node binary the server runs on (default this one)
//   BENCH_NODE_ARGS     options for the server's node (default as npm start runs it: --max-semi-space-size=64)
//   BENCH_PROFILE_DIR   write a CPU profile of the server process there (node --cpu-prof)
//   BENCH_SHOW_SQL      print the statements of each case
//   BENCH_PROCESSES     server processes (default 1); more than one run behind nginx with
//                       deploy/nginx.conf, as docs/deploy.md sets a machine up, and write a section of their own
//   BENCH_CASES         only the cases whose name contains this text, or one of texts split by | (default all; docs/bench.md is then left as it is,
//                       but for the intake cases' own section: BENCH_CASES=intake writes that one)
// The server runs as its own process (dist/server/main.js, as in production). wrk (Debian's
// package, a C client) sends the console's own request over HTTP keep-alive. The statements one such
// request sent (captured from an in-process server beforehand) then run directly, one request's
// statements after the other on each connection: from mariadb-slap (C, parameters inlined), and
// from Node's mysql2, whose own CPU (parsing every row) weighs on a 2-core machine. The ratio is the
// server's requests per second over the database's statement sets per second. Claim and release, which need each answer's version, are sent by a
// Node client (ten officers, each on a case of their own).
import 'reflect-metadata';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import {
  ConsoleApplicationDocument,
  ConsoleApplicationsDocument,
  ConsoleQueueCountsDocument,
  ConsoleSubmitApplicationDocument,
} from '../admin/src/generated/graphql';
import { startServer } from '../server/app';
import { makeResidentId } from '../server/identifiers/identifiers';
import { DEMO_PASSWORD } from '../server/seed/demo-directory';
import {
  BENCH_DATABASE_URL,
  CapturingLogger,
  dataStatements,
  openBenchDatabase,
  writeBenchSection,
} from './bench-database';
import { startLocalNginx } from './local-nginx';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 1);

interface Request {
  query: string;
  variables: Record<string, unknown>;
}

/** A case as an answer shows it: a mutation sends its id and version back. */
interface CaseSeen {
  id: string;
  version: number;
  assignee?: { id: string } | null;
  status?: string;
}

/** What a mutation client goes on from: the case its last answer showed (merged over what it prepared), and the cases it has still to decide. */
type ClientState = Partial<CaseSeen> & { pool?: CaseSeen[] };

/** A submitted case an officer may take up to decide, once its papers are verified. */
interface SubmittedCase {
  id: string;
  feeAmount: number;
  assignee: { id: string } | null;
  documents: { id: string; status: string }[];
}

interface ScenarioBase {
  name: string;
  target: string;
}

/** A read: the console's request, sent by `user`. */
interface ReadScenario extends ScenarioBase {
  kind: 'read';
  user: string;
  /** The request a client sends; `client` is its index. */
  next: (client: number) => Request;
}

/** A mutation, sent by officers each on cases of their own. */
interface MutationScenario extends ScenarioBase {
  kind: 'mutation';
  /** What each client prepares first (its own cases). */
  prepare: (gql: Gql, client: number) => Promise<ClientState>;
  /** The request a client sends next; `client` is its index, `last` what it prepared merged with its previous answers. */
  next: (client: number, last: ClientState) => Request;
  /** The ten officers who send it (default CLAIMERS). */
  officers?: (ds: DataSource) => Promise<string[]>;
  /** The operation names its requests carry (for the audit chain's share, from /metrics). */
  operations: readonly string[];
}

/** Intake: several HTTP requests a loop (a submission and its scans). */
interface IntakeScenario extends ScenarioBase {
  kind: 'intake';
  /** Each client's loop, set up on the server at `port`. */
  intake: (port: number, admin: Gql) => Promise<(client: number) => Promise<void>>;
}

type Scenario = ReadScenario | MutationScenario | IntakeScenario;

/** Sends a GraphQL request; `T` is the data its query asks for. */
type Gql = <T = Record<string, unknown>>(req: Request) => Promise<T>;

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const monthStart = () => `${today().slice(0, 8)}01`;

const LIST = ConsoleApplicationsDocument.toString();
const queue = (filter: Record<string, unknown>): Request => ({
  query: LIST,
  variables: { filter, sort: { field: 'SUBMITTED_AT', order: 'DESC' }, page: 1, perPage: 50 },
});

const REPORT =
  'query($i: WorkloadReportInput!) { workloadReport(input: $i) { rows { key label parentKey level received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision } totals { received decided slaMetRate } } }';

/** Ten officers, each with a case of their own office to claim and release. */
const CLAIMERS = ['heping', 'shenhe', 'dadong', 'huanggu', 'tiexi', 'hunnan']
  .flatMap((d) => [`${d}.officer`, `${d}.officer2`])
  .slice(0, 10);

function scenarios(caseIds: string[]): Scenario[] {
  return [
    {
      kind: 'read',
      name: 'queue page (station officer)',
      user: 'heping.officer',
      next: () => queue({}),
      target: '≥ 0.25 of SQL',
    },
    {
      kind: 'read',
      name: 'queue page, status filter',
      user: 'heping.officer',
      next: () => queue({ status: ['ACCEPTED'] }),
      target: '≥ 0.25 of SQL',
    },
    {
      kind: 'read',
      name: 'queue page (city supervisor, every office)',
      user: 'city.supervisor',
      next: () => queue({}),
      target: '≥ 0.25 of SQL',
    },
    {
      kind: 'read',
      name: 'queue page, overdue',
      user: 'city.supervisor',
      next: () => queue({ slaState: ['OVERDUE'] }),
      target: '≥ 0.25 of SQL',
    },
    {
      kind: 'read',
      name: 'case page',
      user: 'heping.officer',
      next: (client) => ({
        query: ConsoleApplicationDocument.toString(),
        variables: { id: caseIds[client % caseIds.length] },
      }),
      target: '≥ 400 req/s',
    },
    {
      kind: 'read',
      name: 'dashboard: queue counts',
      user: 'city.supervisor',
      next: () => ({ query: ConsoleQueueCountsDocument.toString(), variables: {} }),
      target: 'p99 < 200 ms',
    },
    {
      kind: 'read',
      name: 'report: month by office',
      user: 'city.supervisor',
      next: () => ({ query: REPORT, variables: { i: { from: monthStart(), to: today(), groupBy: 'OFFICE' } } }),
      target: 'p99 < 200 ms',
    },
    {
      kind: 'mutation',
      name: 'claim / release (10 officers)',
      prepare: async (gql) => {
        // A case of the officer's own office no one holds, or else one the officer holds already.
        for (const filter of [
          '{ status: [ACCEPTED], unassigned: true }',
          '{ status: [SUBMITTED, ACCEPTED], mine: true }',
          '{ status: [SUBMITTED], unassigned: true }',
        ]) {
          const { applications } = await gql<{ applications: { items: CaseSeen[] } }>({
            query: `{ applications(filter: ${filter}, perPage: 1) { items { id version assignee { id } } } }`,
            variables: {},
          });
          if (applications.items.length) return applications.items[0];
        }
        throw new Error('an officer has no case to claim');
      },
      next: (_client, last) => ({
        query: last.assignee
          ? 'mutation Release($id: ID!, $v: Int!) { releaseApplication(id: $id, version: $v) { id version assignee { id } } }'
          : 'mutation Claim($id: ID!, $v: Int!) { claimApplication(id: $id, version: $v) { id version assignee { id } } }',
        variables: { id: last.id, v: last.version },
      }),
      operations: ['Claim', 'Release'],
      target: '≥ 250 /s',
    },
    {
      kind: 'mutation',
      name: 'decide, then issue (10 officers)',
      // Ten officers of the offices with the most cases to work. Each decides accepted cases it
      // holds, topped up first from its office's submitted ones (papers verified, then accepted):
      // room for 6 decisions a second each, warm-up included (a run uses up to about a thousand
      // cases), and the seed keeps about 3,000 submitted ones.
      officers: async (ds) =>
        (
          await ds.query(
            `SELECT o.username FROM officer o JOIN application a ON a.officeId = o.officeId
             WHERE o.role IN ('STATION_OFFICER', 'EXIT_ENTRY_OFFICER') AND o.active = 1 AND a.status IN ('SUBMITTED', 'ACCEPTED')
             GROUP BY o.username ORDER BY COUNT(*) DESC LIMIT ${CONNECTIONS}`,
          )
        ).map((r: { username: string }) => r.username),
      prepare: async (gql, client) => {
        const need = 10 + Math.ceil(SECONDS * 8);
        const mine = await gql<{ applications: { items: (CaseSeen & { feeAmount: number })[] } }>({
          query:
            '{ applications(filter: { status: [ACCEPTED], mine: true }, perPage: 200) { items { id version feeAmount } } }',
          variables: {},
        });
        const pool: CaseSeen[] = mine.applications.items.filter((a) => a.feeAmount === 0).slice(0, need);
        const { me } = await gql<{ me: { id: string } }>({ query: '{ me { id } }', variables: {} });
        const submitted = await gql<{ applications: { items: SubmittedCase[] } }>({
          query:
            '{ applications(filter: { status: [SUBMITTED] }, perPage: 300) { items { id feeAmount assignee { id } documents { id status } } } }',
          variables: {},
        });
        // Two officers of one office go through its list from opposite ends; a case the other took first is passed over.
        const candidates = submitted.applications.items.filter(
          (a) => a.feeAmount === 0 && (!a.assignee || a.assignee.id === me.id),
        );
        if (client % 2) candidates.reverse();
        for (const a of candidates) {
          if (pool.length >= need) break;
          try {
            for (const d of a.documents.filter((d) => d.status === 'PENDING')) {
              await gql({
                query: 'mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }',
                variables: { id: d.id },
              });
            }
            const { application } = await gql<{ application: { version: number } }>({
              query: 'query($id: ID!) { application(id: $id) { version } }',
              variables: { id: a.id },
            });
            const accepted = await gql<{ acceptApplication: CaseSeen }>({
              query: 'mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { id version } }',
              variables: { id: a.id, v: application.version },
            });
            pool.push(accepted.acceptApplication);
          } catch {
            // Held by the other officer, or a paper missing: the next one.
          }
        }
        if (pool.length < need)
          throw new Error(
            `an officer has ${pool.length} cases to decide of the ${need} a run needs: seed a new bench database`,
          );
        return { pool, status: 'NONE' };
      },
      next: (_client, last) => {
        if (last.status === 'DECIDED') {
          return {
            query: 'mutation Issue($id: ID!, $v: Int!) { issueDocument(id: $id, version: $v) { id version status } }',
            variables: { id: last.id, v: last.version },
          };
        }
        const next = last.pool?.shift();
        if (!next)
          throw new Error('an officer ran out of cases to decide: a shorter BENCH_SECONDS, or a new bench database');
        return {
          query:
            'mutation Decide($id: ID!, $v: Int!) { decideApplication(id: $id, version: $v, outcome: NO_RECORD) { id version status } }',
          variables: { id: next.id, v: next.version },
        };
      },
      operations: ['Decide', 'Issue'],
      target: 'shown',
    },
  ];
}

/** A scan of about 200 KB that the upload takes for a JPEG (by its first bytes). */
const SCAN = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200 * 1024 - 4, 7)]);
const SCAN_KINDS = ['APPLICATION_FORM', 'ID_CARD_FRONT', 'ID_CARD_BACK'];
let applicant = 0;

/** A citizen's application to a Heping station, a new identity number each time. */
function anApplication(): Record<string, unknown> {
  applicant++;
  return {
    applicantKind: 'INDIVIDUAL',
    subject: {
      name: '压测人',
      category: 'CITIZEN',
      idType: 'RESIDENT_ID_CARD',
      idNumber: makeResidentId('210102', `19${60 + (applicant % 40)}-05-17`, (applicant % 900) + 1),
      nationality: '中国',
      domicileRegion: '210102001',
      residenceRegion: '210102001',
      phone: '13800001111',
    },
    purpose: 'QUALIFICATION',
    delivery: 'ELECTRONIC',
  };
}

/** Uploads the three scans with `headers` (a session, or a token and a fresh Idempotency-Key each) to `url(kind)`. */
async function uploadScans(url: string, headers: () => Record<string, string>): Promise<void> {
  for (const kind of SCAN_KINDS) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', new Blob([SCAN]), `${kind.toLowerCase()}.jpg`);
    const res = await fetch(url, { method: 'POST', headers: headers(), body: form });
    if (res.status !== 201) throw new Error(`an upload answered ${res.status}: ${await res.text()}`);
  }
}

/** The hall's intake and the console's, side by side: a submission and three 200 KB scans. */
function intakeScenarios(): Scenario[] {
  return [
    {
      kind: 'intake',
      name: 'intake: console submitApplication + three 200 KB scans (10 sessions)',
      intake: async (port) => {
        // The applications go to the first Heping station: its officer takes them, a session per connection.
        const cookies = await Promise.all(Array.from({ length: CONNECTIONS }, () => signIn(port, 'heping.officer')));
        return async (client) => {
          const gql = gqlOn(port, cookies[client]);
          const { submitApplication } = await gql<{ submitApplication: { id: string } }>({
            query: ConsoleSubmitApplicationDocument.toString(),
            variables: { input: { channel: 'COUNTER', ...anApplication() } },
          });
          await uploadScans(`http://127.0.0.1:${port}/api/applications/${submitApplication.id}/documents`, () => ({
            cookie: cookies[client],
          }));
        };
      },
      target: 'shown',
    },
    {
      kind: 'intake',
      name: 'intake: hall client, token + submit + three 200 KB scans (10 connections)',
      intake: async (port, admin) => {
        const { createHallClient } = await admin<{
          createHallClient: { client: { clientId: string }; clientSecret: string };
        }>({
          query:
            'mutation($input: HallClientInput!) { createHallClient(input: $input) { client { clientId } clientSecret } }',
          variables: { input: { name: 'bench hall', scopes: ['intake'] } },
        });
        const basic = Buffer.from(`${createHallClient.client.clientId}:${createHallClient.clientSecret}`).toString(
          'base64',
        );
        const api = `http://127.0.0.1:${port}/api/hall/v1`;
        return async () => {
          const token = await fetch(`${api}/token`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${basic}` },
            body: 'grant_type=client_credentials',
          }).then((r) => r.json() as Promise<{ access_token: string }>);
          const bearer = () => ({ Authorization: `Bearer ${token.access_token}`, 'Idempotency-Key': randomUUID() });
          const res = await fetch(`${api}/applications`, {
            method: 'POST',
            headers: { ...bearer(), 'Content-Type': 'application/json' },
            body: JSON.stringify({ hallReference: randomUUID(), ...anApplication() }),
          });
          const submitted = (await res.json()) as { referenceNo: string };
          if (res.status !== 201)
            throw new Error(`the hall's submission answered ${res.status}: ${JSON.stringify(submitted)}`);
          await uploadScans(`${api}/applications/${submitted.referenceNo}/documents`, bearer);
        };
      },
      target: 'shown',
    },
  ];
}

/** A free TCP port on this machine. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS * 2 });

function post(
  port: number,
  path: string,
  body: unknown,
  cookie?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: unknown }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: JSON.parse(Buffer.concat(chunks).toString()),
            });
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    // A kept-alive socket the server closed as the request went out: sent again on a new one, as
    // Node's documentation advises (the request never reached the server).
    req.on('error', (e: NodeJS.ErrnoException) =>
      req.reusedSocket && e.code === 'ECONNRESET' ? post(port, path, body, cookie).then(resolve, reject) : reject(e),
    );
    req.end(data);
  });
}

async function signIn(port: number, username: string): Promise<string> {
  const res = await post(port, '/api/login', { username, password: DEMO_PASSWORD });
  const cookie = (res.headers['set-cookie'] ?? [])[0]?.split(';')[0];
  if (!cookie) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return cookie;
}

const gqlOn =
  (port: number, cookie: string): Gql =>
  async <T>(req: Request) => {
    const res = await post(port, '/graphql', req, cookie);
    // A GraphQL answer: the data the query asked for, or errors.
    const answer = res.body as { data: T; errors?: unknown };
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };

/** The match of `pattern` in a tool's output; an error showing the output when it is not there. */
function matchIn(out: string, pattern: RegExp): RegExpMatchArray {
  const found = out.match(pattern);
  if (!found) throw new Error(`${pattern} not found in:\n${out}`);
  return found;
}

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU time the server processes spent per request (user and system), when measured: steadier than a rate on a shared machine. */
  cpuMs?: number;
}

/** CPU seconds the processes have used so far (user and system, from /proc). */
function cpuSeconds(processes: ChildProcess[]): number {
  return processes.reduce((total, child) => {
    // Fields 14 and 15 after the command's name (which may hold spaces, hence from its closing parenthesis).
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return total + (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  }, 0);
}
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** Runs `work` from `clients` loops for `seconds` (after a warm-up); requests per second and latency. */
async function load(clients: number, seconds: number, work: (client: number) => Promise<void>): Promise<Figures> {
  const run = async (ms: number, latencies: number[] | null) => {
    const end = performance.now() + ms;
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        while (performance.now() < end) {
          const t = performance.now();
          await work(client);
          latencies?.push(performance.now() - t);
        }
      }),
    );
  };
  await run((seconds * 1000) / 3, null);
  const latencies: number[] = [];
  const started = performance.now();
  await run(seconds * 1000, latencies);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

const METRICS_TOKEN = 'bench-load-metrics-token-0123456789abcdef';

interface AuditSums {
  mutationSeconds: number;
  mutations: number;
  append: number;
  sealWait: number;
  lockWait: number;
  sealed: number;
  seals: number;
}

/** From the servers' /metrics, summed: the time and number of the named mutations so far, and the audit chain's figures. */
async function auditSums(ports: readonly number[], operations: readonly string[]): Promise<AuditSums> {
  const each = await Promise.all(ports.map((port) => auditSumsOf(port, operations)));
  const total = { ...each[0] };
  for (const key of Object.keys(total) as (keyof AuditSums)[]) total[key] = each.reduce((n, e) => n + e[key], 0);
  return total;
}

async function auditSumsOf(port: number, operations: readonly string[]): Promise<AuditSums> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const text = await res.text();
  const sum = (pattern: RegExp) => [...text.matchAll(pattern)].reduce((total, m) => total + Number(m[1]), 0);
  const metric = (name: string) => sum(new RegExp(`^${name} ([\\d.e+-]+)$`, 'gm'));
  const ops = operations.join('|');
  const request = (part: 'sum' | 'count') =>
    sum(
      new RegExp(
        `^rcc_http_request_duration_seconds_${part}\\{route="/graphql",operation="(?:${ops})",status="2xx"\\} ([\\d.e+-]+)$`,
        'gm',
      ),
    );
  return {
    mutationSeconds: request('sum'),
    mutations: request('count'),
    append: metric('rcc_audit_append_seconds_sum'),
    sealWait: metric('rcc_audit_seal_wait_seconds_sum'),
    lockWait: metric('rcc_audit_chain_lock_wait_seconds_sum'),
    sealed: metric('rcc_audit_events_sealed_total'),
    seals: metric('rcc_audit_seals_total'),
  };
}

/** The audit chain's part in the mutations between two snapshots. */
function auditShare(before: AuditSums, after: AuditSums) {
  const delta = (key: keyof AuditSums) => after[key] - before[key];
  const seconds = delta('mutationSeconds');
  return {
    perMutationMs: (seconds / delta('mutations')) * 1000,
    append: delta('append') / seconds,
    sealWait: delta('sealWait') / seconds,
    eventsPerSeal: delta('sealed') / delta('seals'),
    lockWaitPerSealMs: (delta('lockWait') / delta('seals')) * 1000,
  };
}

const workDir = mkdtempSync(path.join(os.tmpdir(), 'rcc-bench-load-'));

/** wrk's figures for `bodies` (taken in turn) posted to /graphql with `cookie` from CONNECTIONS connections. */
function wrk(port: number, cookie: string, bodies: Request[], seconds: number, servers: ChildProcess[]): Figures {
  const script = path.join(workDir, 'request.lua');
  writeFileSync(
    script,
    `local bodies = { ${bodies.map((b) => `[==[${JSON.stringify(b)}]==]`).join(', ')} }
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "${cookie}"
request = function()
  n = n % #bodies + 1
  return wrk.format(nil, "/graphql", nil, bodies[n])
end
`,
  );
  const run = (s: number) =>
    execFileSync(
      'wrk',
      ['-t1', `-c${CONNECTIONS}`, `-d${s}s`, '--latency', '-s', script, `http://127.0.0.1:${port}/graphql`],
      { encoding: 'utf8' },
    );
  run(Math.max(1, Math.round(seconds / 3)));
  const cpuBefore = cpuSeconds(servers);
  const out = run(seconds);
  const cpu = cpuSeconds(servers) - cpuBefore;
  if (/Non-2xx/.test(out)) throw new Error(`wrk saw errors:\n${out}`);
  const ms = (q: string) => {
    const [, value, unit] = matchIn(out, new RegExp(`\\s${q}%\\s+([\\d.]+)(us|ms|s)`));
    return Number(value) * (unit === 'us' ? 0.001 : unit === 's' ? 1000 : 1);
  };
  const requests = Number(matchIn(out, /(\d+) requests in/)[1]);
  return {
    perSecond: Number(matchIn(out, /Requests\/sec:\s+([\d.]+)/)[1]),
    p50: ms('50'),
    p99: ms('99'),
    cpuMs: (cpu / requests) * 1000,
  };
}

/** Statement sets per second: mariadb-slap sends `statements` (parameters inlined) in turn from CONNECTIONS connections. */
function slap(statements: { query: string; parameters?: unknown[] }[], seconds: number): number {
  const url = new URL(BENCH_DATABASE_URL);
  const inline = statements.map((s) => mysql.format(s.query, (s.parameters ?? []) as never[], false, 'Z'));
  if (inline.some((q) => q.includes(';')))
    throw new Error('a statement holds a semicolon, which mariadb-slap takes for the delimiter');
  const run = (queries: number) => {
    const out = execFileSync(
      'mariadb-slap',
      [
        `--host=${url.hostname}`,
        `--port=${url.port || 3306}`,
        `--user=${decodeURIComponent(url.username)}`,
        ...(url.password ? [`--password=${decodeURIComponent(url.password)}`] : []),
        `--create-schema=${url.pathname.slice(1)}`,
        '--no-drop',
        `--concurrency=${CONNECTIONS}`,
        `--number-of-queries=${queries}`,
        `--query=${inline.join(';')}`,
        '--delimiter=;',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
    );
    return Number(matchIn(out, /Average number of seconds to run all queries: ([\d.]+)/)[1]);
  };
  // A short run tells the rate; the measured run lasts about `seconds`.
  const sets = Math.max(CONNECTIONS * 20, 200);
  const rate = sets / Math.max(run(sets * inline.length), 0.001);
  const measured = Math.max(CONNECTIONS, Math.round(rate * seconds));
  return measured / run(measured * inline.length);
}

async function startServerProcess(port: number, auditKey: string): Promise<ChildProcess> {
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '--max-semi-space-size=64').split(' ').filter(Boolean);
  const child = spawn(process.env.BENCH_NODE ?? process.execPath, [...nodeArgs, ...profile, 'dist/server/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: BENCH_DATABASE_URL,
      PORT: String(port),
      PUBLIC_BASE_URL: `http://localhost:${port}`,
      SESSION_SECRET: 'bench-load-session-secret-0123456789abcdef',
      // The audit chain of the bench database goes on under the key it was written with.
      AUDIT_KEY: auditKey,
      METRICS_TOKEN,
      // Behind nginx the limits count the address it reports, as in deploy/record-check.service.
      ...(PROCESSES > 1 ? { TRUST_PROXY: '1', HOST: '127.0.0.1' } : {}),
      // The hall intake case sends far more than a hall's budget of requests a minute.
      HALL_REQUESTS_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Ready when /api/ready says so, whatever LOG_LEVEL lets the process print; its log is read and dropped.
  child.stdout.resume();
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`the server exited with ${exited}`);
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main() {
  const logger = new CapturingLogger();
  const { ds, config, added, seedSeconds } = await openBenchDatabase(logger);
  if (added) console.log(`seeded ${added} applications in ${seedSeconds} s`);

  // The statements of one request of each case, from an in-process server with a capturing logger.
  const inProcess = await startServer(ds, { ...config, production: false }, 0);
  const inPort = Number(new URL(inProcess.url).port);
  const heping = gqlOn(inPort, await signIn(inPort, 'heping.officer'));
  const caseIds = (
    await heping<{ applications: { items: { id: string }[] } }>({
      query: '{ applications(filter: { status: [ACCEPTED, DECIDED, ISSUED] }, perPage: 50) { items { id } } }',
      variables: {},
    })
  ).applications.items.map((a) => a.id);
  const only = process.env.BENCH_CASES?.split('|');
  const cases = [...scenarios(caseIds), ...intakeScenarios()].filter(
    (c) => !only || only.some((part) => c.name.includes(part)),
  );
  const statements = new Map<string, { query: string; parameters?: unknown[] }[]>();
  const cookies = new Map<string, string>();
  const reads = cases.filter((c) => c.kind === 'read');
  for (const c of reads) {
    const cookie = cookies.get(c.user) ?? (await signIn(inPort, c.user));
    cookies.set(c.user, cookie);
    const gql = gqlOn(inPort, cookie);
    await gql(c.next(0));
    logger.captured = [];
    logger.capturing = true;
    await gql(c.next(0));
    logger.capturing = false;
    const captured = dataStatements(logger);
    statements.set(c.name, captured);
    if (process.env.BENCH_SHOW_SQL)
      console.log(
        c.name,
        captured.map((s) => s.query.slice(0, 100)),
      );
  }
  await inProcess.stop();
  // Its kept-alive sockets go too: a server process may be given the same port next.
  agent.destroy();

  const serverPorts: number[] = [];
  const servers: ChildProcess[] = [];
  const nginx = { stop: () => {} };
  let port: number;
  try {
    for (let i = 0; i < PROCESSES; i++) {
      serverPorts.push(await freePort());
      servers.push(await startServerProcess(serverPorts[i], config.auditKey));
    }
    if (PROCESSES > 1) {
      port = await freePort();
      Object.assign(nginx, await startLocalNginx(workDir, port, serverPorts));
    } else port = serverPorts[0];
  } catch (e) {
    for (const server of servers) server.kill('SIGTERM');
    throw e;
  }
  const pool = mysql.createPool({ uri: BENCH_DATABASE_URL, connectionLimit: CONNECTIONS, timezone: 'Z' });
  const lines: string[] = [];
  const intakeLines: string[] = [];
  const audit: { name: string; share: ReturnType<typeof auditShare> }[] = [];
  try {
    const serverCookies = new Map<string, string>();
    const cookieOf = async (user: string) => {
      const known = serverCookies.get(user);
      if (known) return known;
      const cookie = await signIn(port, user);
      serverCookies.set(user, cookie);
      return cookie;
    };
    // A server that has run for hours has its hot code optimized: each read case runs a while
    // first (the first case measured used to pay for V8's optimizing in the first seconds).
    for (const c of reads) {
      const bodies = Array.from({ length: CONNECTIONS }, (_, client) => c.next(client));
      wrk(port, await cookieOf(c.user), bodies, Math.max(2, Math.round(SECONDS / 2)), servers);
    }
    for (const c of cases) {
      let api: Figures;
      let sql: number | null = null;
      let sqlNode: number | null = null;
      let statementCount: number | null = null;
      if (c.kind === 'intake') {
        api = await load(CONNECTIONS, SECONDS, await c.intake(port, gqlOn(port, await cookieOf('admin'))));
      } else if (c.kind === 'mutation') {
        const officers = c.officers ? await c.officers(ds) : CLAIMERS;
        const clients = await Promise.all(officers.map(async (user) => gqlOn(port, await cookieOf(user))));
        const last = await Promise.all(clients.map((gql, i) => c.prepare(gql, i)));
        const before = await auditSums(serverPorts, c.operations);
        api = await load(clients.length, SECONDS, async (client) => {
          // A mutation answers the case it changed, under the mutation's name.
          const data = await clients[client]<Record<string, CaseSeen>>(c.next(client, last[client]));
          last[client] = { ...last[client], ...Object.values(data)[0] };
        });
        const share = auditShare(before, await auditSums(serverPorts, c.operations));
        audit.push({ name: c.name.replace(/ \(.*\)$/, ''), share });
        console.log(`audit chain: ${JSON.stringify(share)}`);
      } else {
        const bodies = Array.from({ length: CONNECTIONS }, (_, client) => c.next(client));
        api = wrk(port, await cookieOf(c.user), bodies, SECONDS, servers);
        const set = statements.get(c.name);
        // Every read case's statements were captured above.
        if (!set) throw new Error(`no statements captured for ${c.name}`);
        statementCount = set.length;
        sql = slap(set, SECONDS);
        sqlNode = (
          await load(CONNECTIONS, SECONDS, async () => {
            const connection = await pool.getConnection();
            try {
              for (const s of set) await connection.query(s.query, s.parameters);
            } finally {
              connection.release();
            }
          })
        ).perSecond;
      }
      const f = (n: number) => n.toFixed(0);
      const ratio = (n: number | null) => (n ? (api.perSecond / n).toFixed(2) : '—');
      const line = `| ${c.name} | ${f(api.perSecond)} | ${api.p50.toFixed(1)} ms | ${api.p99.toFixed(1)} ms | ${api.cpuMs ? `${api.cpuMs.toFixed(2)} ms` : '—'} | ${
        sql ? statementCount : '—'
      } | ${sql ? f(sql) : '—'} | ${ratio(sql)} | ${sqlNode ? f(sqlNode) : '—'} | ${ratio(sqlNode)} | ${c.target} |`;
      console.log(line);
      (c.kind === 'intake' ? intakeLines : lines).push(line);
    }
  } finally {
    nginx.stop();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.once('exit', resolve).kill('SIGTERM'))));
    await ds.destroy();
    agent.destroy();
    await pool.end();
  }
  const version = (await mysql.createConnection(BENCH_DATABASE_URL).then(async (c) => {
    const [rows] = await c.query('SELECT VERSION() AS v, @@innodb_buffer_pool_size AS p');
    await c.end();
    return rows;
  })) as { v: string; p: number }[];
  const serverNodeVersion = execFileSync(process.env.BENCH_NODE ?? process.execPath, ['--version'], {
    encoding: 'utf8',
  }).trim();
  const through =
    PROCESSES > 1
      ? `${PROCESSES} server processes behind nginx (deploy/nginx.conf, one worker), as docs/deploy.md sets a machine up`
      : 'the server process';
  if (intakeLines.length && PROCESSES === 1) {
    writeBenchSection(
      'bench-load-intake',
      `## Intake under load: the online hall beside the console

${CONNECTIONS} concurrent clients for ${SECONDS} s per case after a warm-up of a third of that, on ${version[0].v}, the server on Node.js ${serverNodeVersion} (\`dist/server/main.js\`, production settings), ${today()}, a Node client. One request = one application handed over with three scans of 200 KB (JPEG by their first bytes): by the console (an officer's session: \`submitApplication\`, then three uploads), and by the online hall (a machine client: a token, the submission under an Idempotency-Key, then three uploads each under its own key). Both route, store, count and audit the same way; the hall's adds the token (one audited grant per application here, where a real hall keeps its token 15 minutes), the idempotency record and a bearer check per request.

| case | applications/s | p50 | p99 |
| --- | --- | --- | --- |
${intakeLines.map((line) => `${line.split(' | ').slice(0, 4).join(' | ')} |`).join('\n')}

Reproduce: \`BENCH_CASES=intake npm run bench:load\`.`,
    );
  }
  if (only) return;
  writeBenchSection(
    PROCESSES > 1 ? 'bench-load-processes' : 'bench-load',
    `## Under load${PROCESSES > 1 ? `, ${PROCESSES} server processes behind nginx` : ''}

${CONNECTIONS} concurrent clients for ${SECONDS} s per case after a warm-up (every read case first runs ${Math.max(2, Math.round(SECONDS / 2))} s, as on a server that has run for hours, then each a third of its time again), on ${version[0].v} (innodb_buffer_pool_size ${
      Number(version[0].p) / 2 ** 20
    } MiB), the server on Node.js ${serverNodeVersion}, this project's 2-core machine (the server, the clients and the database share it), ${today()}.
API = the console's own request through ${through} (\`dist/server/main.js\`, production settings, as \`npm start\` runs it) from wrk (a C client) over HTTP keep-alive. SQL = the statements one such request sent, run directly on as many connections, one request's statements after the other: from mariadb-slap (a C client, parameters inlined: what MariaDB can serve), and from Node's mysql2 (a JavaScript client that parses every row, as the issue measured it). ratio = API req/s ÷ SQL sets/s. server CPU = the CPU time (user and system) the server process${PROCESSES > 1 ? 'es' : ''} spent per request over the measured run, the figure least moved by what else the machine runs. Claim and release, and decide then issue (NO_RECORD, the certificate's PDF written), go through a Node client (each needs the version of the previous answer).

| case | API req/s | API p50 | API p99 | server CPU | statements | SQL sets/s (mariadb-slap) | ratio | SQL sets/s (Node mysql2) | ratio | target |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${lines.join('\n')}

${audit
  .map(
    ({ name, share }) =>
      `The audit chain under ${name} (from the servers' /metrics over that run, warm-up included): a mutation took ${share.perMutationMs.toFixed(1)} ms on average in the server, of which ${(share.append * 100).toFixed(1)}% appending its event (unsealed, no lock) and ${(share.sealWait * 100).toFixed(1)}% waiting after its commit for the seal; a seal took ${share.eventsPerSeal.toFixed(1)} events on average and waited ${share.lockWaitPerSealMs.toFixed(2)} ms for the chain head.\n\n`,
  )
  .join(
    '',
  )}Reproduce: \`${PROCESSES > 1 ? `BENCH_PROCESSES=${PROCESSES} ` : ''}npm run bench:load\` (see scripts/bench-load.ts for its settings).`,
  );
  console.log('written to docs/bench.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
