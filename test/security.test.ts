import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as consoleOperations from '../admin/src/generated/graphql';
import { startServer } from '../server/app';
import { limitStatementTime } from '../server/data-source';
import { readQuery } from '../server/db/read-query';
import { ASSUMED_MOST } from '../server/graphql/query-cost';
import { QUERY_LIMITS } from '../server/graphql/query-limits';
import { rateLimiter } from '../server/limits/rate-limits';
import { RUNNING_LIMITS, RunningLimit } from '../server/limits/running-limits';
import { LOGIN_LIMITS } from '../server/officers/login-limits';
import { publicFailure } from '../server/operations/failures';
import { DEMO_PASSWORD } from '../server/seed/demo-directory';
import { ADVERSARIAL_DOCUMENTS, fragmentChain } from './support/adversarial';
import { type Client, type GqlResult, type Page, startTestApp, type TestApp } from './support/harness';
import { application, SUBMIT, type SubmitAnswer } from './support/inputs';
import { present } from './support/narrow';
import { getCase, PNG } from './support/workflow';

// Behind a proxy (TRUST_PROXY) each test signs in from an address of its own, so the per-address
// limits of one test do not spill into the next.
let app: TestApp;
let admin: Client;

beforeAll(async () => {
  app = await startTestApp({ applications: 30, config: { trustProxy: true } });
  admin = await app.as('admin');
});
afterAll(() => app?.close());

function login(username: string, password: string, address: string): Promise<Response> {
  return fetch(`${app.server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ username, password }),
  });
}

async function lockoutEvents(key: string) {
  const trail = await admin.data<{ auditTrail: Page<{ action: string; detail: unknown }> }>(
    'query($id: String!) { auditTrail(entityType: "Login", entityId: $id) { total items { action detail } } }',
    {
      id: key,
    },
  );
  return trail.auditTrail;
}

describe('password guessing', () => {
  it('locks a username after its failed sign-ins with 429 and Retry-After, the right password included, and audits the lockout once', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMITS.perUsername.points; i++)
      statuses.push((await login('shenhe.officer', `wrong-${i}`, '10.0.0.1')).status);
    expect(statuses).toEqual(Array(LOGIN_LIMITS.perUsername.points).fill(401));
    // From another address too: the username is what is locked.
    const locked = await login('shenhe.officer', DEMO_PASSWORD, '10.0.0.2');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(await locked.json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect((await login('shenhe.officer', DEMO_PASSWORD, '10.0.0.3')).status).toBe(429);
    const trail = await lockoutEvents('shenhe.officer');
    expect(trail.total).toBe(1);
    expect(trail.items[0]).toMatchObject({
      action: 'LOGIN_LOCKED',
      detail: { scope: 'username', username: 'shenhe.officer', address: '10.0.0.2' },
    });
    // Others still sign in from the same address.
    expect((await login('dadong.officer', DEMO_PASSWORD, '10.0.0.1')).status).toBe(200);
  });

  it('a success clears the failures of a username before it is locked', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perUsername.points - 1; i++)
      expect((await login('tiexi.officer', 'wrong', '10.0.1.1')).status).toBe(401);
    expect((await login('tiexi.officer', DEMO_PASSWORD, '10.0.1.1')).status).toBe(200);
    expect((await login('tiexi.officer', 'wrong', '10.0.1.1')).status).toBe(401);
    expect((await login('tiexi.officer', DEMO_PASSWORD, '10.0.1.1')).status).toBe(200);
  });

  it('limits failed sign-ins per client address, whatever the usernames', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMITS.perAddress.points + 2; i++)
      statuses.push((await login(`nobody.${i}`, 'wrong', '10.0.2.1')).status);
    expect(statuses.slice(0, LOGIN_LIMITS.perAddress.points).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(LOGIN_LIMITS.perAddress.points)).toEqual([429, 429]);
    expect((await login('hunnan.officer', DEMO_PASSWORD, '10.0.2.1')).status).toBe(429);
    expect((await login('hunnan.officer', DEMO_PASSWORD, '10.0.2.2')).status).toBe(200);
    expect((await lockoutEvents('10.0.2.1')).items[0]).toMatchObject({
      action: 'LOGIN_LOCKED',
      detail: { scope: 'address' },
    });
  });

  it('answers a flood of 200 guesses, 16 at a time, with at most the allowed number of password checks', async () => {
    const statuses: number[] = [];
    for (let wave = 0; wave < 200 / 16; wave++) {
      const answers = await Promise.all(
        Array.from({ length: 16 }, (_, i) => login('huanggu.officer', `guess-${wave}-${i}`, `10.0.3.${i}`)),
      );
      statuses.push(...answers.map((r) => r.status));
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_LIMITS.perUsername.points);
    expect(statuses.filter((s) => s !== 401).every((s) => s === 429)).toBe(true);
    expect((await login('heping.supervisor', DEMO_PASSWORD, '10.0.3.200')).status).toBe(200);
  });

  it('refuses password checks past its queue with 503 SERVER_BUSY instead of queueing without end, and recovers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 80 }, (_, i) => login(`flood.${i}`, 'wrong', `10.1.${i}.1`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 401 || s === 503)).toBe(true);
    const busy = present(
      answers.find((r) => r.status === 503),
      'a 503 answer',
    );
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(await busy.json()).toMatchObject({ code: 'SERVER_BUSY' });
    expect((await login('exit.officer', DEMO_PASSWORD, '10.0.4.1')).status).toBe(200);
  });
});

describe('client addresses behind a proxy', () => {
  it('keys the verification limit by the address the proxy reports when TRUST_PROXY is set', async () => {
    const verify = (address: string) =>
      fetch(`${app.server.url}/verify?number=X&code=Y`, { headers: { 'x-forwarded-for': address } });
    const first: number[] = [];
    for (let i = 0; i < 21; i++) first.push((await verify('10.2.0.1')).status);
    expect(first.at(-1)).toBe(429);
    expect((await verify('10.2.0.1')).headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await verify('10.2.0.2')).status).toBe(404);
  });

  it('counts the IPv6 addresses of one /64 as one client, and another /64 apart', async () => {
    const verify = (address: string) =>
      fetch(`${app.server.url}/verify?number=X&code=Y`, { headers: { 'x-forwarded-for': address } });
    const statuses: number[] = [];
    // 60 addresses of one subscriber's /64, written as a client may write them.
    for (let i = 0; i < 60; i++)
      statuses.push(
        (await verify(i % 2 ? `2001:db8:7:7::${i.toString(16)}` : `2001:0DB8:0007:0007:0:0:${i}:1`)).status,
      );
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(404));
    expect(statuses.slice(20)).toEqual(Array(40).fill(429));
    expect((await verify('2001:db8:7:8::1')).status).toBe(404);
    // An IPv4 address mapped into IPv6 is that IPv4 address.
    for (let i = 0; i < 20; i++) await verify('10.2.0.9');
    expect((await verify('::ffff:10.2.0.9')).status).toBe(429);
  });

  it('ignores X-Forwarded-For when TRUST_PROXY is off, so a client cannot pick its own address', async () => {
    const direct = await startTestApp();
    try {
      for (let i = 0; i < 10; i++) {
        await fetch(`${direct.server.url}/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.3.0.${i}` },
          body: JSON.stringify({ username: 'shenhe.officer', password: 'wrong' }),
        });
      }
      const statuses: number[] = [];
      for (let i = 0; i < 45; i++) {
        const res = await fetch(`${direct.server.url}/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.4.0.${i}` },
          body: JSON.stringify({ username: `someone.${i}`, password: 'wrong' }),
        });
        statuses.push(res.status);
      }
      // 10 + 45 failures from what is really one address: the address limit is reached.
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await direct.close();
    }
  });
});

describe('malformed session cookies', () => {
  const cookies = [
    'rcc_session=%E0%A4%A',
    'rcc_session=%',
    'rcc_session=%zz',
    `rcc_session=${'%'.repeat(4000)}`,
    'rcc_session',
    '=;;=;rcc_session===',
  ];

  it('treats each as no session on every endpoint, logout included', async () => {
    for (const cookie of cookies) {
      const graphql = await fetch(`${app.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(graphql.status, cookie).toBeLessThan(500);
      expect(((await graphql.json()) as GqlResult).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const logout = await fetch(`${app.server.url}/api/logout`, { method: 'POST', headers: { cookie } });
      expect(logout.status, cookie).toBe(204);
      for (const path of [
        '/api/documents/1/content',
        '/api/applications/1/issued-document.pdf',
        '/api/exports/applications.csv',
      ]) {
        const res = await fetch(`${app.server.url}${path}`, { headers: { cookie } });
        expect(res.status, `${path} ${cookie}`).toBe(401);
      }
    }
  });
});

describe('query limits', () => {
  const aliases = (n: number, field: string) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  const pageOfDocuments = (perPage: number) => `applications(perPage: ${perPage}) { items { documents { id } } }`;

  it('refuses 300 aliases of a 200-row queue, and already 21 aliases, before running anything', async () => {
    const officer = await app.as('heping.officer');
    const before = app.logger.count;
    const flood = await officer.gql(aliases(300, pageOfDocuments(200)));
    expect(flood.data).toBeUndefined();
    expect(flood.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED'); // past the token limit already
    const costly = await officer.gql(aliases(QUERY_LIMITS.maxAliases + 1, pageOfDocuments(200)));
    expect(costly.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/cost/),
      extensions: { code: QUERY_TOO_COMPLEX_CODE },
    });
    const cheap = await officer.gql(aliases(QUERY_LIMITS.maxAliases + 1, 'me { id }'));
    expect(cheap.data).toBeUndefined();
    expect(cheap.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/aliases/i),
      extensions: { code: QUERY_TOO_COMPLEX_CODE },
    });
    // Only the session lookups ran: no query of cases (the workers' polls of their own tables may run meanwhile).
    const sent = app.logger.recent.slice(-(app.logger.count - before));
    expect(sent.filter((sql) => /FROM [`"]application[`"]/.test(sql))).toEqual([]);
    expect(sent.filter((sql) => /FROM [`"]session[`"]/.test(sql)).length).toBeLessThanOrEqual(3);
  });

  it('refuses deep nesting, too many tokens and too many directives with clear codes', async () => {
    const officer = await app.as('heping.officer');
    const deep = `{ applications { items { office { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } }`;
    expect((await officer.gql(deep)).errors?.[0].extensions?.code).toBe(QUERY_TOO_COMPLEX_CODE);
    const tokens = `{ me { ${'id '.repeat(QUERY_LIMITS.maxTokens)} } }`;
    const parsed = await officer.gql(tokens);
    expect(parsed.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(parsed.errors?.[0].message).toMatch(/tokens/);
    const directives = `{ me { id ${'@include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 1)} } }`;
    expect((await officer.gql(directives)).errors?.[0].extensions?.code).toBe(QUERY_TOO_COMPLEX_CODE);
  });

  it('counts the rows a page can hold: two 200-row pages with their documents pass, three are refused', async () => {
    const officer = await app.as('heping.officer');
    // A page of 200 cases with up to ASSUMED_MOST.documentsOfCase documents each.
    const page = 1 + 200 * (1 + ASSUMED_MOST.documentsOfCase * 2);
    expect(2 * page).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    expect((await officer.gql(aliases(2, pageOfDocuments(200)))).errors).toBeUndefined();
    const past = await officer.gql(aliases(3, pageOfDocuments(200)));
    expect(past.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/cost/),
      extensions: { code: QUERY_TOO_COMPLEX_CODE },
    });
    // The same page asked for 20 rows at a time costs a tenth.
    expect((await officer.gql(aliases(10, pageOfDocuments(20)))).errors).toBeUndefined();
  });

  it("counts a case's history by the 200 events it can hold and the 3 statements it sends for each case", async () => {
    const officer = await app.as('heping.officer');
    const history = (perPage: number) => `applications(perPage: ${perPage}) { items { history { id } } }`;
    // The report's load: 11 aliases of 200 cases with their history, sent 10 at a time.
    const report = await officer.gql(aliases(11, history(200)));
    expect(report.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/cost/),
      extensions: { code: QUERY_TOO_COMPLEX_CODE },
    });
    const one = await officer.gql(aliases(1, history(200)));
    expect(one.errors?.[0].extensions?.code).toBe(QUERY_TOO_COMPLEX_CODE);
    // A page of 25 (the default) with its history: 25 × (3 statements + 200 events of 2 values).
    const answered = await officer.gql<{ a0: { items: unknown[] } }>(aliases(1, history(25)));
    expect(answered.errors).toBeUndefined();
    expect(present(answered.data, 'the data').a0.items.length).toBeGreaterThan(0);
  });

  it("lets every operation of the console through, and answers its heaviest: a 200-row queue page, a case page, the dashboard's and the reports' queries", async () => {
    const supervisor = await app.as('city.supervisor');
    const operations = Object.entries(consoleOperations).filter(
      ([name, document]) => name.endsWith('Document') && document instanceof String,
    );
    expect(operations.length).toBeGreaterThan(40);
    // Without their variables: those that need some stop there, after validation.
    for (const [name, document] of operations) {
      const codes = ((await supervisor.gql(String(document))).errors ?? []).map((e) => e.extensions?.code);
      expect(codes, name).not.toContain(QUERY_TOO_COMPLEX_CODE);
    }
    const queue = await supervisor.data<consoleOperations.ConsoleApplicationsQuery>(
      consoleOperations.ConsoleApplicationsDocument.toString(),
      {
        page: 1,
        perPage: 200,
      },
    );
    expect(queue.applications.items.length).toBeGreaterThan(0);
    const id = queue.applications.items[0].id;
    expect(
      (
        await supervisor.data<consoleOperations.ConsoleApplicationQuery>(
          consoleOperations.ConsoleApplicationDocument.toString(),
          { id },
        )
      ).application?.id,
    ).toBe(id);
    expect(
      (
        await supervisor.data<consoleOperations.ConsoleAuditTrailQuery>(
          consoleOperations.ConsoleAuditTrailDocument.toString(),
          {
            entityType: 'Application',
            entityId: id,
          },
        )
      ).auditTrail.total,
    ).toBeGreaterThan(0);
    const today = new Date().toISOString().slice(0, 10);
    const monthAgo = new Date(Date.now() - 30 * 86400_000).toISOString().slice(0, 10);
    // The dashboard's three reports and counts, and the reports page's stays, asked at once.
    const dashboard = await Promise.all([
      ...(['OFFICE', 'OFFICER', 'DAY'] as const).map((groupBy) =>
        supervisor.gql(consoleOperations.ConsoleWorkloadReportDocument.toString(), {
          input: { from: monthAgo, to: today, groupBy },
        }),
      ),
      supervisor.gql(consoleOperations.ConsoleQueueCountsDocument.toString()),
      supervisor.gql(consoleOperations.ConsoleTimeInStatusDocument.toString(), {
        input: { from: monthAgo, to: today },
      }),
    ]);
    for (const answer of dashboard) expect(answer.errors).toBeUndefined();
  });

  it('refuses the report’s 750-byte fragment bomb (2^24 selections) at once and anonymously, /api/health answering meanwhile', async () => {
    const health = healthWhile(async () => {
      const started = Date.now();
      const res = await postQuery(fragmentChain(24));
      const answer = (await res.json()) as GqlResult;
      expect(res.status).toBe(400);
      expect(answer.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/cost/),
        extensions: { code: QUERY_TOO_COMPLEX_CODE },
      });
      // Generous on a loaded machine: it took 46 s before fragments were counted once.
      expect(Date.now() - started).toBeLessThan(2_000);
    });
    expect(await health).toBeLessThan(2_000);
  });

  it('answers every document built to be expensive (fragment chains, fan-out, shared fragments, repeated fields, aliases, directives, nesting) at once, /api/health answering meanwhile', async () => {
    const slowestHealth = await healthWhile(async () => {
      for (const { name, query } of ADVERSARIAL_DOCUMENTS) {
        const started = Date.now();
        const res = await postQuery(query);
        const answer = (await res.json()) as GqlResult;
        // Refused, or (within every limit) run and refused for want of a session.
        expect(res.status, name).toBeLessThan(500);
        expect(answer.errors?.[0].extensions?.code, name).toMatch(
          /^(QUERY_TOO_COMPLEX|GRAPHQL_VALIDATION_FAILED|UNAUTHENTICATED)$/,
        );
        expect(JSON.stringify(answer), name).not.toMatch(/\bat .+:\d+:\d+/); // no stack
        expect(Date.now() - started, name).toBeLessThan(2_000);
      }
    });
    expect(slowestHealth).toBeLessThan(2_000);
  });

  it('answers a subscription, which the API has none of, with a clear 400', async () => {
    const res = await postQuery('subscription { x }');
    expect(res.status).toBe(400);
    const answer = (await res.json()) as GqlResult;
    expect(answer.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/no subscription/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

/** POSTs a GraphQL document anonymously. */
const postQuery = (query: string) =>
  fetch(`${app.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

/** Asks /api/health again and again while `work` runs; the slowest answer's milliseconds. */
async function healthWhile(work: () => Promise<void>): Promise<number> {
  let done = false;
  let slowest = 0;
  const asking = (async () => {
    while (!done) {
      const started = Date.now();
      expect((await fetch(`${app.server.url}/api/health`)).status).toBe(200);
      slowest = Math.max(slowest, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    await work();
  } finally {
    done = true;
    await asking;
  }
  return slowest;
}

/** Whether the whole budget of `key` is free within a second: taken, then given back. */
async function wholeBudgetFree(key: string): Promise<boolean> {
  for (let tries = 0; tries < 50; tries++) {
    const whole = await RunningLimit.of(app.ds).take(key, RUNNING_LIMITS.perOfficer);
    if (whole.taken) {
      await whole.giveBack();
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe('running budget', () => {
  it("refuses an officer's expensive query and export with 429 TOO_MANY_REQUESTS and Retry-After while the officer's running requests use the budget up, and answers again once they end", async () => {
    const officer = await app.as('heping.supervisor');
    const other = await app.as('dadong.supervisor');
    const id = (await officer.data<{ me: { id: string } }>('{ me { id } }')).me.id;
    const report = consoleOperations.ConsoleWorkloadReportDocument.toString();
    const input = { input: { from: '2024-01-01', to: '2024-01-31', groupBy: 'OFFICER' } };
    const exportCsv = (client: Client) =>
      fetch(`${app.server.url}/api/exports/applications.csv`, { headers: { cookie: client.cookie ?? '' } });
    // The budget is held as the officer's other requests, running now here or in another process, hold it.
    const running = await RunningLimit.of(app.ds).take(id, RUNNING_LIMITS.perOfficer);
    expect(running.taken).toBe(true);
    try {
      const refused = await fetch(`${app.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: officer.cookie ?? '' },
        body: JSON.stringify({ query: report, variables: input }),
      });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(((await refused.json()) as GqlResult).errors?.[0]).toMatchObject({
        message: expect.stringMatching(/running/),
        extensions: { code: 'TOO_MANY_REQUESTS' },
      });
      const exported = await exportCsv(officer);
      expect(exported.status).toBe(429);
      expect(exported.headers.get('retry-after')).toBe('1');
      expect(await exported.json()).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        error: expect.stringMatching(/running/),
      });
      // A light request is not counted; another officer has a budget of his own.
      expect((await officer.gql('{ me { id } }')).errors).toBeUndefined();
      expect((await other.gql(report, input)).errors).toBeUndefined();
    } finally {
      if (running.taken) await running.giveBack();
    }
    expect((await officer.gql(report, input)).errors).toBeUndefined();
    const exported = await exportCsv(officer);
    expect(exported.status).toBe(200);
    await exported.text();
    // The refused requests gave their shares back, and the answered ones theirs (an export right after its last row).
    expect(await wholeBudgetFree(id)).toBe(true);
  });

  it.runIf(!!process.env.TEST_DATABASE_URL)('shares the budget between processes on MariaDB', async () => {
    // Two limits over the same table stand for two server processes.
    const [first, second] = [
      RunningLimit.of(app.ds),
      new RunningLimit(
        rateLimiter(app.ds, 'running', { points: RUNNING_LIMITS.perOfficer, duration: RUNNING_LIMITS.expirySeconds }),
      ),
    ];
    const held = await first.take('shared-officer', RUNNING_LIMITS.perOfficer - 10);
    expect(held.taken).toBe(true);
    expect((await second.take('shared-officer', 11)).taken).toBe(false);
    const fits = await second.take('shared-officer', 10);
    expect(fits.taken).toBe(true);
    if (held.taken) await held.giveBack();
    if (fits.taken) await fits.giveBack();
    const whole = await second.take('shared-officer', RUNNING_LIMITS.perOfficer);
    expect(whole.taken).toBe(true);
    if (whole.taken) await whole.giveBack();
  });

  it('frees a share never given back (its process stopped) when its counter starts afresh, and a late give-back then takes nothing from the new one', async () => {
    const limit = new RunningLimit(rateLimiter(app.ds, 'running-expiry', { points: 10, duration: 1 }));
    const lost = await limit.take('officer', 10);
    expect(lost.taken).toBe(true);
    expect((await limit.take('officer', 1)).taken).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const next = await limit.take('officer', 10);
    expect(next.taken).toBe(true);
    if (lost.taken) await lost.giveBack();
    expect((await limit.take('officer', 1)).taken).toBe(false);
    if (next.taken) await next.giveBack();
    expect((await limit.take('officer', 10)).taken).toBe(true);
  });
});

const QUERY_TOO_COMPLEX_CODE = 'QUERY_TOO_COMPLEX';

describe('schema hints in production', () => {
  it('suggests field names and enum values in development but not in production', async () => {
    const anonymous = app.anonymous();
    const badEnum = {
      query: 'query($s: ApplicationStatus!) { applications(filter: { status: [$s] }) { total } }',
      variables: { s: 'ACEPTED' },
    };
    expect((await anonymous.gql('{ applicationz { total } }')).errors?.[0].message).toMatch(/Did you mean/);
    expect((await anonymous.gql(badEnum.query, badEnum.variables)).errors?.[0].message).toMatch(
      /Did you mean the enum value "ACCEPTED"/,
    );
    // In development the schema answers the standard introspection query (GraphiQL, codegen): it reads no database.
    const introspected = await anonymous.gql<IntrospectionQuery>(getIntrospectionQuery());
    expect(introspected.errors).toBeUndefined();
    expect(present(introspected.data, 'the introspection').__schema.types.length).toBeGreaterThan(50);
    const production = await startServer(app.ds, { ...app.config, production: true }, 0);
    try {
      const ask = (query: string, variables?: Record<string, unknown>) =>
        fetch(`${production.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        }).then((r) => r.json() as Promise<GqlResult>);
      expect((await ask('{ applicationz { total } }')).errors?.[0].message).not.toMatch(/Did you mean|applications/);
      const enumError = present((await ask(badEnum.query, badEnum.variables)).errors?.[0], 'the error');
      expect(enumError.message).toMatch(/\$s/);
      expect(enumError.message).not.toMatch(/Did you mean|ACCEPTED/);
      expect((await ask('{ __schema { types { name } } }')).data).toBeUndefined();
    } finally {
      await production.stop();
    }
  });
});

describe('requests from other sites', () => {
  it('refuses a change sent from another site (Origin or Sec-Fetch-Site) on every REST route, and takes it from this one', async () => {
    const officer = await app.as('heping.officer');
    const c = (await officer.data<SubmitAnswer>(SUBMIT, { input: application() })).submitApplication;
    const uploadFrom = (headers: Record<string, string>) => {
      const form = new FormData();
      form.append('kind', 'ID_CARD_FRONT');
      form.append('file', new Blob([PNG]), 'front.png');
      return fetch(`${app.server.url}/api/applications/${c.id}/documents`, {
        method: 'POST',
        headers: { cookie: officer.cookie ?? '', ...headers },
        body: form,
      });
    };
    const otherSites: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of otherSites) {
      const refused = await uploadFrom(headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await getCase(officer, c.id)).documents).toEqual([]);
    const signIn = await fetch(`${app.server.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example', 'x-forwarded-for': '10.9.0.1' },
      body: JSON.stringify({ username: 'heping.officer', password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(403);
    expect(signIn.headers.get('set-cookie')).toBeNull();
    // From this server's own origin, as the console sends it.
    expect((await uploadFrom({ origin: new URL(app.server.url).origin, 'sec-fetch-site': 'same-origin' })).status).toBe(
      201,
    );
  });

  it('names the session cookie __Host- in production, Secure, for the whole site', async () => {
    const production = await startServer(app.ds, { ...app.config, production: true }, 0);
    try {
      const res = await fetch(`${production.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.0.2' },
        body: JSON.stringify({ username: 'exit.officer', password: DEMO_PASSWORD }),
      });
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^__Host-rcc_session=[\w-]{40,};/);
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/Domain=/i);
      const me = await fetch(`${production.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
        body: JSON.stringify({ query: '{ me { username } }' }),
      });
      expect(((await me.json()) as GqlResult<{ me: { username: string } }>).data?.me.username).toBe('exit.officer');
    } finally {
      await production.stop();
    }
  });
});

describe('security headers', () => {
  it('sends a CSP with no inline script and framing by this origin only, nosniff and no referrer; HSTS only in production', async () => {
    const res = await fetch(`${app.server.url}/api/health`);
    const csp = present(res.headers.get('content-security-policy'), 'the Content-Security-Policy');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const production = await startServer(app.ds, { ...app.config, production: true }, 0);
    try {
      expect((await fetch(`${production.url}/api/health`)).headers.get('strict-transport-security')).toMatch(
        /max-age=\d+/,
      );
    } finally {
      await production.stop();
    }
  });
});

describe('statement time budget', () => {
  it.runIf(!!process.env.TEST_DATABASE_URL)(
    'stops a statement past its budget on MariaDB and names it QUERY_TIMEOUT',
    async () => {
      await limitStatementTime(app.ds, 300);
      try {
        // Through TypeORM's query runner, and as the hot reads go, to the driver's pool itself.
        for (const read of [
          () => app.ds.query('SELECT SLEEP(3) AS slept'),
          () => readQuery(app.ds.manager, 'SELECT SLEEP(?) AS slept', [3]),
        ]) {
          const error = await read().then(
            () => null,
            (e: unknown) => e,
          );
          expect((publicFailure(error) as { extensions?: { code?: string } }).extensions?.code).toBe('QUERY_TIMEOUT');
        }
        expect(await readQuery(app.ds.manager, 'SELECT ? AS answered', [1])).toEqual([{ answered: 1 }]);
      } finally {
        await limitStatementTime(app.ds, app.config.statementTimeoutMs);
      }
    },
  );
});
