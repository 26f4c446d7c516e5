import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase } from '../scripts/throwaway-database';
import { startServer } from '../server/app';
import { verifyAuditChain } from '../server/audit/audit.verify';
import { AuditEvent } from '../server/audit/audit-event.entity';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/data-source';
import { LOGIN_LIMITS } from '../server/officers/login-limits';
import { Officer } from '../server/officers/officer.entity';
import { seedDemoData } from '../server/seed/demo-seed';
import { Client, type Page, startTestApp, type TestApp } from './support/harness';
import { application, SUBMIT, type SubmitAnswer } from './support/inputs';
import { present } from './support/narrow';

let app: TestApp;
let admin: Client;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.as('admin');
});
afterAll(() => app?.close());

const ME = '{ me { username role office { code } } }';
type Me = { me: { username: string; role: string; office: { code: string } } };
const CREATE =
  'mutation($input: OfficerInput!) { createOfficer(input: $input) { id username role office { code } active } }';
type Created = {
  createOfficer: { id: string; username: string; role: string; office: { code: string }; active: boolean };
};
const UPDATE =
  'mutation($id: ID!, $input: OfficerUpdateInput!) { updateOfficer(id: $id, input: $input) { id role active } }';
type Updated = { updateOfficer: { id: string; role: string; active: boolean } };
const OFFICERS = '{ officers(perPage: 200) { items { id username } } }';
type Officers = { officers: { items: { id: string; username: string }[] } };
type Offices = { offices: { items: { id: string; code?: string }[] } };

async function officerId(username: string): Promise<string> {
  const { officers } = await admin.data<Officers>(OFFICERS);
  return present(
    officers.items.find((o) => o.username === username),
    `officer ${username}`,
  ).id;
}

/** The last audit event of `action` on officer `id`. */
async function lastAudit(action: string, id: string) {
  return app.ds
    .getRepository(AuditEvent)
    .findOneOrFail({ where: { action, entityType: 'Officer', entityId: id }, order: { id: 'DESC' } });
}

describe('login and sessions', () => {
  it('signs in with the right password and sets an httpOnly, SameSite=Strict cookie', async () => {
    const client = app.anonymous();
    const res = await fetch(`${app.server.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'heping.officer', password: 'demo1234demo' }),
    });
    expect(res.status).toBe(200);
    const cookie = present(res.headers.get('set-cookie'), 'the session cookie');
    expect(cookie).toMatch(/^rcc_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    client.cookie = cookie.split(';')[0];
    expect((await client.data<Me>(ME)).me).toEqual({
      username: 'heping.officer',
      role: 'STATION_OFFICER',
      office: { code: '210102-PCS1' },
    });
  });

  it('gives the same 401 for a wrong password and an unknown user', async () => {
    const wrong = await app.anonymous().login('heping.officer', 'not-the-password');
    const unknown = await app.anonymous().login('nobody.here', 'demo1234demo');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('names the missing field of a bad login request', async () => {
    const res = await fetch(`${app.server.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":"admin"}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: 'password' });
    const broken = await fetch(`${app.server.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    expect(JSON.stringify(await broken.json())).not.toMatch(/at .*\.js/);
  });

  it('answers UNAUTHENTICATED without a cookie or with a forged one', async () => {
    const none = await app.anonymous().gql(ME);
    expect(none.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = app.anonymous();
    forged.cookie = 'rcc_session=forged-token-value';
    expect((await forged.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends the session at logout', async () => {
    const client = await app.as('shenhe.officer');
    const res = await fetch(`${app.server.url}/api/logout`, {
      method: 'POST',
      headers: { cookie: client.sessionCookie() },
    });
    expect(res.status).toBe(204);
    expect((await client.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an inactive officer, and deactivation ends open sessions', async () => {
    const officer = await app.as('dadong.officer2');
    const { officers } = await admin.data<Officers>(OFFICERS);
    const id = present(
      officers.items.find((o) => o.username === 'dadong.officer2'),
      'officer dadong.officer2',
    ).id;
    const updated = await admin.data<{ updateOfficer: { active: boolean } }>(
      'mutation($id: ID!) { updateOfficer(id: $id, input: { active: false }) { active } }',
      { id },
    );
    expect(updated.updateOfficer.active).toBe(false);
    expect((await officer.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.anonymous().login('dadong.officer2')).status).toBe(401);
  });
});

describe('officer administration', () => {
  it('lets ADMIN create an officer who can then sign in; refuses a short password naming the field', async () => {
    const { offices } = await admin.data<Offices>('{ offices(q: "浑河湾") { items { id code } } }');
    const input = {
      username: 'new.officer',
      displayName: '新民警',
      role: 'STATION_OFFICER',
      officeId: offices.items[0].id,
      password: 'short',
    };
    const short = await admin.gql(CREATE, { input });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const created = (await admin.data<Created>(CREATE, { input: { ...input, password: 'a-long-enough-password' } }))
      .createOfficer;
    expect(created).toMatchObject({ username: 'new.officer', role: 'STATION_OFFICER', active: true });
    expect((await app.anonymous().login('new.officer', 'a-long-enough-password')).status).toBe(200);
    const taken = await admin.gql(CREATE, { input: { ...input, password: 'a-long-enough-password' } });
    expect(taken.errors?.[0].extensions?.field).toBe('input.username');
  });

  it('keeps officer administration to ADMIN', async () => {
    const supervisor = await app.as('heping.supervisor');
    const denied = await supervisor.gql(CREATE, {
      input: { username: 'x.y', displayName: 'x', role: 'ADMIN', officeId: '1', password: 'a-long-enough-password' },
    });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("changes one's own password after checking the current one", async () => {
    const officer = await app.as('huanggu.officer');
    const wrong = await officer.gql(
      'mutation { changePassword(currentPassword: "nope", newPassword: "another-long-password") }',
    );
    expect(wrong.errors?.[0].extensions?.field).toBe('currentPassword');
    expect(
      (
        await officer.data<{ changePassword: boolean }>(
          'mutation { changePassword(currentPassword: "demo1234demo", newPassword: "another-long-password") }',
        )
      ).changePassword,
    ).toBe(true);
    expect((await app.anonymous().login('huanggu.officer', 'another-long-password')).status).toBe(200);
    expect((await app.anonymous().login('huanggu.officer')).status).toBe(401);
  });

  it('counts wrong current passwords as failed sign-ins of the officer: audited each, then locked, sign-in included', async () => {
    const officer = await app.as('huanggu.officer2');
    const id = await officerId('huanggu.officer2');
    const change = (current: string) =>
      officer.gql(`mutation { changePassword(currentPassword: "${current}", newPassword: "huanggu-new-password") }`);
    for (let i = 0; i < LOGIN_LIMITS.perUsername.points; i++) {
      expect((await change(`wrong-${i}`)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'currentPassword',
      });
    }
    const refusals = await app.ds
      .getRepository(AuditEvent)
      .countBy({ action: 'PASSWORD_CHANGE_REFUSED', entityType: 'Officer', entityId: id });
    expect(refusals).toBe(LOGIN_LIMITS.perUsername.points);
    // The right password too, and a sign-in with it: the username is locked.
    const locked = await change('demo1234demo');
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(60);
    expect((await app.anonymous().login('huanggu.officer2')).status).toBe(429);
    const lockout = await app.ds
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'LOGIN_LOCKED', entityId: 'huanggu.officer2' });
    expect(lockout.detail).toMatchObject({ scope: 'username', username: 'huanggu.officer2' });
  });

  it('checks the current password outside any transaction: wrong tries at once do not hold up others', async () => {
    const guesser = await app.as('shenhe.officer2');
    const other = await app.as('admin');
    const order: string[] = [];
    const tries = Array.from({ length: 30 }, (_, i) =>
      guesser
        .gql(`mutation { changePassword(currentPassword: "wrong-${i}", newPassword: "shenhe-new-password") }`)
        .then((r) => {
          order.push(String(r.errors?.[0].extensions?.code));
        }),
    );
    // Another officer's change, sent while the tries hash: it waits on none of them.
    const change = other.data(
      'mutation($id: ID!) { updateOfficer(id: $id, input: { displayName: "沈河民警二" }) { id } }',
      {
        id: await officerId('shenhe.officer2'),
      },
    );
    await change.then(() => order.push('other'));
    await Promise.all(tries);
    const hashed = order.filter((code) => code === 'BAD_USER_INPUT').length;
    expect(hashed).toBe(LOGIN_LIMITS.perUsername.points);
    expect(order.indexOf('other')).toBeLessThan(order.lastIndexOf('BAD_USER_INPUT'));
  });

  it('refuses a password of spaces or of too few different characters, and trims nothing', async () => {
    const { offices } = await admin.data<Offices>('{ offices(q: "浑河湾") { items { id } } }');
    const input = {
      username: 'blank.pw',
      displayName: '空口令',
      role: 'STATION_OFFICER',
      officeId: offices.items[0].id,
    };
    for (const password of [' '.repeat(12), 'ab'.repeat(6), ` a b ${' '.repeat(10)}`]) {
      const refused = await admin.gql(CREATE, { input: { ...input, password } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
      expect(refused.errors?.[0].message).toMatch(/different characters/);
    }
    // Spaces around a good password are part of it.
    await admin.data(CREATE, { input: { ...input, password: '  a-good-passphrase  ' } });
    expect((await app.anonymous().login('blank.pw', 'a-good-passphrase')).status).toBe(401);
    expect((await app.anonymous().login('blank.pw', '  a-good-passphrase  ')).status).toBe(200);
  });

  it('refuses a common password wherever a password is set', async () => {
    const { offices } = await admin.data<Offices>('{ offices(q: "浑河湾") { items { id } } }');
    const input = {
      username: 'common.pw',
      displayName: '弱口令',
      role: 'STATION_OFFICER',
      officeId: offices.items[0].id,
      password: 'Password1234',
    };
    const created = await admin.gql(CREATE, { input });
    expect(created.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    expect(created.errors?.[0].message).toMatch(/too common/);
    const reset = await admin.gql(UPDATE, {
      id: await officerId('tiexi.officer'),
      input: { password: 'demo1234demo' },
    });
    expect(reset.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const officer = await app.as('tiexi.officer');
    const changed = await officer.gql(
      'mutation { changePassword(currentPassword: "demo1234demo", newPassword: "qwerty123456") }',
    );
    expect(changed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
  });

  it('lists only the officers of the offices in scope', async () => {
    const officer = await app.as('heping.officer');
    const { officers } = await officer.data<{ officers: Page<{ username: string; office: { code: string } }> }>(
      '{ officers { items { username office { code } } total } }',
    );
    expect(officers.items.every((o) => o.office.code === '210102-PCS1')).toBe(true);
    const all = await admin.data<{ officers: { total: number } }>('{ officers(perPage: 200) { total } }');
    expect(all.officers.total).toBeGreaterThan(officers.total);
  });
});

describe('sessions after account changes', () => {
  it("ends the officer's other sessions at a password change and keeps the current one", async () => {
    const here = await app.as('tiexi.officer2');
    const elsewhere = await app.as('tiexi.officer2');
    expect(
      (
        await here.data<{ changePassword: boolean }>(
          'mutation { changePassword(currentPassword: "demo1234demo", newPassword: "tiexi-new-password") }',
        )
      ).changePassword,
    ).toBe(true);
    expect((await here.data<Me>(ME)).me.username).toBe('tiexi.officer2');
    expect((await elsewhere.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await lastAudit('PASSWORD_CHANGED', await officerId('tiexi.officer2'))).detail).toEqual({
      otherSessionsEnded: 1,
    });
  });

  it('ends every session of an officer whose password an administrator resets', async () => {
    const id = await officerId('hunnan.officer');
    const one = await app.as('hunnan.officer');
    const two = await app.as('hunnan.officer');
    await admin.data(UPDATE, { id, input: { password: 'hunnan-reset-password' } });
    for (const client of [one, two])
      expect((await client.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.anonymous().login('hunnan.officer', 'hunnan-reset-password')).status).toBe(200);
    expect((await lastAudit('OFFICER_UPDATED', id)).detail).toMatchObject({ passwordReset: true, sessionsEnded: 2 });
  });

  it('keeps one active administrator: the last one can be neither demoted nor deactivated', async () => {
    const adminId = await officerId('admin');
    for (const input of [{ role: 'SUPERVISOR' }, { active: false }, { role: 'STATION_OFFICER', active: false }]) {
      const refused = await admin.gql(UPDATE, { id: adminId, input });
      expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(refused.errors?.[0].message).toMatch(/last active administrator/);
    }
    expect((await admin.data<Me>(ME)).me.role).toBe('ADMIN');
    // Other changes to the last administrator stay possible, and with a second one either may go.
    await admin.data('mutation($id: ID!) { updateOfficer(id: $id, input: { displayName: "系统管理员" }) { id } }', {
      id: adminId,
    });
    const { offices } = await admin.data<Offices>('{ offices(q: "210100") { items { id code } } }');
    const second = (
      await admin.data<Created>(CREATE, {
        input: {
          username: 'second.admin',
          displayName: '第二管理员',
          role: 'ADMIN',
          officeId: present(
            offices.items.find((o) => o.code === '210100'),
            'office 210100',
          ).id,
          password: 'second-admin-password',
        },
      })
    ).createOfficer;
    expect(
      (await admin.data<Updated>(UPDATE, { id: second.id, input: { role: 'SUPERVISOR' } })).updateOfficer.role,
    ).toBe('SUPERVISOR');
    expect((await admin.gql(UPDATE, { id: adminId, input: { active: false } })).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
  });
});

describe('bulk assignment', () => {
  const ASSIGN_MANY = 'mutation($ids: [ID!]!, $o: ID!) { assignApplications(ids: $ids, officerId: $o) { id } }';

  it('checks the role even when the cases already sit with the target officer', async () => {
    const officer = await app.as('heping.officer');
    const submitted = (await officer.data<SubmitAnswer>(SUBMIT, { input: application() })).submitApplication;
    await officer.data('mutation($id: ID!) { claimApplication(id: $id, version: 1) { id } }', { id: submitted.id });
    const target = await officerId('heping.officer');
    for (const client of [officer, admin]) {
      const denied = await client.gql(ASSIGN_MANY, { ids: [submitted.id], o: target });
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // A supervisor may: nothing to change, nothing returned.
    const supervisor = await app.as('heping.supervisor');
    expect(
      (await supervisor.data<{ assignApplications: unknown[] }>(ASSIGN_MANY, { ids: [submitted.id], o: target }))
        .assignApplications,
    ).toEqual([]);
  });
});

describe('an officer leaving with open cases', () => {
  const HELD = 'query($id: ID!) { officer(id: $id) { openCases } }';
  const CASES = 'query($ids: [ID!]!) { applications(filter: { ids: $ids }) { items { id assignee { username } } } }';

  /** A new station officer of 浑河湾 holding `count` new cases. */
  async function holder(username: string, count: number): Promise<{ id: string; cases: string[] }> {
    const { offices } = await admin.data<Offices>('{ offices(q: "浑河湾") { items { id code } } }');
    const input = { username, displayName: username, role: 'STATION_OFFICER', officeId: offices.items[0].id };
    const password = 'a-password-of-the-one-leaving';
    const id = (await admin.data<Created>(CREATE, { input: { ...input, password } })).createOfficer.id;
    const officer = new Client(app.server.url);
    expect((await officer.login(username, password)).status).toBe(200);
    const cases: string[] = [];
    for (let i = 0; i < count; i++) {
      const submitted = (await admin.data<SubmitAnswer>(SUBMIT, { input: application() })).submitApplication;
      await officer.data('mutation($id: ID!) { claimApplication(id: $id, version: 1) { id } }', { id: submitted.id });
      cases.push(submitted.id);
    }
    return { id, cases };
  }

  const holders = async (ids: string[]) =>
    (
      await admin.data<{ applications: { items: { assignee: { username: string } | null }[] } }>(CASES, { ids })
    ).applications.items.map((a) => a.assignee?.username ?? null);

  it('is not deactivated while holding open cases unless told who takes them over, or to release them', async () => {
    const leaving = await holder('leaving.one', 3);
    expect((await admin.data<{ officer: { openCases: number } }>(HELD, { id: leaving.id })).officer.openCases).toBe(3);
    const refused = await admin.gql(UPDATE, { id: leaving.id, input: { active: false } });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.active',
      reason: 'OPEN_CASES_HELD',
      params: { count: 3 },
    });
    // Nothing changed: still active, still holding them.
    expect(await holders(leaving.cases)).toEqual(['leaving.one', 'leaving.one', 'leaving.one']);

    // An administrator cannot take them over; an officer of the office can.
    const refusedAdmin = await admin.gql(UPDATE, {
      id: leaving.id,
      input: { active: false, handOverTo: await officerId('admin') },
    });
    expect(refusedAdmin.errors?.[0].extensions).toMatchObject({
      field: 'input.handOverTo',
      reason: 'OFFICER_UNAVAILABLE',
    });
    const takerId = await officerId('heping.officer');
    const before = (await admin.data<{ officer: { openCases: number } }>(HELD, { id: takerId })).officer.openCases;
    const done = await admin.data<Updated>(UPDATE, { id: leaving.id, input: { active: false, handOverTo: takerId } });
    expect(done.updateOfficer.active).toBe(false);
    expect(await holders(leaving.cases)).toEqual(['heping.officer', 'heping.officer', 'heping.officer']);
    // The kept counters moved with them, and each case's event says why.
    expect((await admin.data<{ officer: { openCases: number } }>(HELD, { id: takerId })).officer.openCases).toBe(
      before + 3,
    );
    expect((await admin.data<{ officer: { openCases: number } }>(HELD, { id: leaving.id })).officer.openCases).toBe(0);
    const events = await app.ds
      .getRepository(AuditEvent)
      .find({ where: leaving.cases.map((id) => ({ action: 'ASSIGN', entityType: 'Application', entityId: id })) });
    expect(events.map((e) => e.detail?.cause)).toEqual([
      'OFFICER_DEACTIVATED',
      'OFFICER_DEACTIVATED',
      'OFFICER_DEACTIVATED',
    ]);
  });

  it('sends them back to the queue, unassigned, when told to release them', async () => {
    const leaving = await holder('leaving.two', 2);
    await admin.data<Updated>(UPDATE, { id: leaving.id, input: { active: false, releaseOpenCases: true } });
    expect(await holders(leaving.cases)).toEqual([null, null]);
  });
});

const PRODUCTION_KEYS = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'session-secret-of-the-production-tests-4kq9',
  AUDIT_KEY: 'audit-key-of-the-production-tests-7xw2mzp',
  PUBLIC_BASE_URL: 'https://records.example.gov.cn',
};

describe('configuration', () => {
  it('refuses a production start without secrets and never seeds demo data there', async () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: PRODUCTION_KEYS.SESSION_SECRET })).toThrow(
      /AUDIT_KEY/,
    );
    // The development value is published, one character repeated is no key, and the two keys differ.
    const development = loadConfig({}).sessionSecret;
    expect(() => loadConfig({ ...PRODUCTION_KEYS, SESSION_SECRET: development })).toThrow(
      /SESSION_SECRET must not be the published development value/,
    );
    expect(() => loadConfig({ ...PRODUCTION_KEYS, AUDIT_KEY: development })).toThrow(
      /AUDIT_KEY must not be the published development value/,
    );
    expect(() => loadConfig({ ...PRODUCTION_KEYS, AUDIT_KEY: 'a'.repeat(40) })).toThrow(
      /AUDIT_KEY must hold at least 10 different characters/,
    );
    expect(() => loadConfig({ ...PRODUCTION_KEYS, AUDIT_KEY: PRODUCTION_KEYS.SESSION_SECRET })).toThrow(/must differ/);
    const production = loadConfig(PRODUCTION_KEYS);
    expect(production.seedDemo).toBe(false);
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1/test' }).seedDemo).toBe(false);
  });

  it('requires an http(s) PUBLIC_BASE_URL in production', () => {
    for (const PUBLIC_BASE_URL of [undefined, '', 'records.example.gov.cn', 'ftp://records.example.gov.cn']) {
      expect(() => loadConfig({ ...PRODUCTION_KEYS, PUBLIC_BASE_URL })).toThrow(/PUBLIC_BASE_URL/);
    }
    expect(loadConfig({ ...PRODUCTION_KEYS, PUBLIC_BASE_URL: 'https://records.example.gov.cn/' }).publicBaseUrl).toBe(
      'https://records.example.gov.cn',
    );
    expect(loadConfig({}).publicBaseUrl).toBe('http://localhost:4000');
  });

  it('trusts a proxy only when TRUST_PROXY says so', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });
});

/** Runs a script of scripts/ as npm would, with `env` over a clean database choice, `input` on stdin. */
function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _db, SQLITE_PATH: _file, ADMIN_PASSWORD: _pw, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], {
    env: { ...inherited, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  child.stdin.end(input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('a production database', () => {
  let dir: string;
  let database: Record<string, string>;
  let dropDatabase: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcc-production-'));
    const mysqlDb = process.env.TEST_DATABASE_URL
      ? await createThrowawayDatabase(process.env.TEST_DATABASE_URL, 'rcc_test')
      : null;
    dropDatabase = mysqlDb?.drop ?? null;
    database = mysqlDb ? { DATABASE_URL: mysqlDb.url } : { SQLITE_PATH: path.join(dir, 'production.sqlite') };
  });
  afterAll(async () => {
    await dropDatabase?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gets no demo data: the seed refuses and says what to do instead', async () => {
    const seeded = await runScript('seed.ts', ['--applications', '0'], { ...PRODUCTION_KEYS, ...database });
    expect(seeded.code).not.toBe(0);
    expect(seeded.stderr).toMatch(/never loaded when NODE_ENV=production.*admin:create/);
    await expect(seedDemoData(app.ds, { ...app.config, production: true }, { applications: 0 })).rejects.toThrow(
      /NODE_ENV=production/,
    );
  });

  it('gets its first administrator from admin:create, who can sign in; weak passwords and a taken name are refused', async () => {
    const args = ['--username', 'chief.admin', '--display-name', '系统管理员 甲'];
    const env = { ...PRODUCTION_KEYS, ...database };
    const short = await runScript('admin-create.ts', args, env, 'short-pw\n');
    expect(short.code).not.toBe(0);
    expect(short.stderr).toMatch(/password: must be at least 12 characters/);
    const common = await runScript('admin-create.ts', args, env, 'password1234\n');
    expect(common.stderr).toMatch(/password: is too common/);
    const blank = await runScript('admin-create.ts', args, env, `${' '.repeat(12)}\n`);
    expect(blank.code).not.toBe(0);
    expect(blank.stderr).toMatch(/password: must hold at least 3 different characters/);

    const created = await runScript('admin-create.ts', args, env, 'chief-admin-password\n');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/top-level office HQ/);
    const again = await runScript('admin-create.ts', args, { ...env, ADMIN_PASSWORD: 'another-admin-password' });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/--username: chief.admin is taken/);
    // The seed without NODE_ENV, pointed at this database: refused, nothing added.
    const seeded = await runScript('seed.ts', ['--applications', '0'], database);
    expect(seeded.code).not.toBe(0);
    expect(seeded.stderr).toMatch(/officer\(s\) the demo seed did not create \(chief\.admin\)/);

    const config = loadConfig({ ...PRODUCTION_KEYS, ...database });
    const ds = await openDatabase(config);
    const server = await startServer(ds, config, 0);
    try {
      const chief = new Client(server.url);
      expect((await chief.login('chief.admin', 'chief-admin-password')).status).toBe(200);
      expect((await chief.data<Me>(ME)).me).toEqual({ username: 'chief.admin', role: 'ADMIN', office: { code: 'HQ' } });
      expect((await new Client(server.url).login('heping.officer')).status).toBe(401);
      expect(await ds.getRepository(Officer).count()).toBe(1);
      // The office and the officer are in the audit trail, sealed with the server's key.
      expect(await verifyAuditChain(ds, config.auditKey)).toMatchObject({ ok: true, events: 2 });
    } finally {
      await server.stop();
      await ds.destroy();
    }
  });
});

describe('one officer by id', () => {
  const OFFICER = 'query($id: ID!) { officer(id: $id) { id username role office { code } } }';
  type OneOfficer = { officer: { id: string; username: string; role: string; office: { code: string } } | null };

  it('answers every officer for ADMIN and null for an id that does not exist', async () => {
    const id = await officerId('shenhe.officer');
    expect((await admin.data<OneOfficer>(OFFICER, { id })).officer).toEqual({
      id,
      username: 'shenhe.officer',
      role: 'STATION_OFFICER',
      office: { code: '210103-PCS1' },
    });
    expect((await admin.data<OneOfficer>(OFFICER, { id: '2000000000' })).officer).toBeNull();
  });

  it('answers exactly the officers the list shows the caller, and null for the others', async () => {
    const { officers: everyone } = await admin.data<Officers>(OFFICERS);
    for (const username of ['heping.officer', 'heping.supervisor', 'exit.officer']) {
      const caller = await app.as(username);
      const { officers: visible } = await caller.data<{ officers: { items: { id: string }[] } }>(
        '{ officers(perPage: 200) { items { id } } }',
      );
      const seen = new Set(visible.items.map((o) => o.id));
      expect(seen.size).toBeLessThan(everyone.items.length);
      for (const o of everyone.items) {
        const { officer } = await caller.data<OneOfficer>(OFFICER, { id: o.id });
        expect(officer?.id ?? null, `${username} asking for ${o.username}`).toBe(seen.has(o.id) ? o.id : null);
      }
    }
  });

  it('refuses a caller without a session and a malformed id', async () => {
    const anonymous = new Client(app.server.url);
    expect((await anonymous.gql(OFFICER, { id: '1' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await admin.gql(OFFICER, { id: 'abc' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });
});

describe('searching the officer list', () => {
  const SEARCH = 'query($q: String) { officers(q: $q, perPage: 200) { total items { username displayName } } }';
  type Search = { officers: Page<{ username: string; displayName: string }> };
  const names = async (client: Client, q: string | null) =>
    (await client.data<Search>(SEARCH, { q })).officers.items.map((o) => o.username);

  it('matches part of the username or of the display name, without case', async () => {
    expect(await names(admin, 'heping.')).toEqual(['heping.officer', 'heping.officer2', 'heping.supervisor']);
    expect(await names(admin, 'HEPING.SUP')).toEqual(['heping.supervisor']);
    expect(await names(admin, '出入境')).toEqual(['exit.officer', 'exit.officer2']);
    expect(await names(admin, '  系统管理员 ')).toEqual(['admin']);
    const all = (await admin.data<Search>(SEARCH, { q: null })).officers.total;
    expect((await admin.data<Search>(SEARCH, { q: '' })).officers.total).toBe(all);
    expect((await admin.data<Search>(SEARCH, { q: 'heping' })).officers.total).toBe(3);
  });

  it("takes LIKE's wildcards and its escape character literally", async () => {
    const { offices } = await admin.data<Offices>('{ offices(q: "浑河湾") { items { id } } }');
    const base = { role: 'STATION_OFFICER', officeId: offices.items[0].id, password: 'a-long-enough-password' };
    await admin.data(CREATE, { input: { ...base, username: 'wild_card', displayName: '百分之百 100%' } });
    await admin.data(CREATE, { input: { ...base, username: 'wildxcard', displayName: '百分之百 1000' } });
    expect(await names(admin, 'wild_')).toEqual(['wild_card']);
    expect(await names(admin, '100%')).toEqual(['wild_card']);
    expect(await names(admin, '%')).toEqual(['wild_card']);
    expect(await names(admin, '!')).toEqual([]);
    expect(await names(admin, '!_')).toEqual([]);
  });

  it('searches only within the caller’s scope, and refuses a query longer than any name', async () => {
    const supervisor = await app.as('heping.supervisor');
    expect(await names(supervisor, 'heping')).toEqual(['heping.officer', 'heping.officer2', 'heping.supervisor']);
    expect(await names(supervisor, 'shenhe')).toEqual([]);
    const long = await admin.gql(SEARCH, { q: 'x'.repeat(65) });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await admin.data<Search>(SEARCH, { q: 'x'.repeat(64) })).officers.total).toBe(0);
  });
});
