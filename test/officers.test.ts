import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from './support/harness';

let app: TestApp;
let admin: Client;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.as('admin');
});
afterAll(() => app?.close());

const ME = '{ me { username role office { code } } }';

describe('login and sessions', () => {
  it('signs in with the right password and sets an httpOnly, SameSite=Strict cookie', async () => {
    const client = app.anonymous();
    const res = await fetch(`${app.server.url}/api/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'heping.officer', password: 'demo1234demo' }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^rcc_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    client.cookie = cookie.split(';')[0];
    expect((await client.data(ME)).me).toEqual({ username: 'heping.officer', role: 'STATION_OFFICER', office: { code: '210102-PCS1' } });
  });

  it('gives the same 401 for a wrong password and an unknown user', async () => {
    const wrong = await app.anonymous().login('heping.officer', 'not-the-password');
    const unknown = await app.anonymous().login('nobody.here', 'demo1234demo');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('names the missing field of a bad login request', async () => {
    const res = await fetch(`${app.server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"admin"}' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: 'password' });
    const broken = await fetch(`${app.server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
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
    const res = await fetch(`${app.server.url}/api/logout`, { method: 'POST', headers: { cookie: client.cookie! } });
    expect(res.status).toBe(204);
    expect((await client.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an inactive officer, and deactivation ends open sessions', async () => {
    const officer = await app.as('dadong.officer2');
    const { officers } = await admin.data('{ officers(perPage: 200) { items { id username } } }');
    const id = officers.items.find((o: any) => o.username === 'dadong.officer2').id;
    const updated = await admin.data('mutation($id: ID!) { updateOfficer(id: $id, input: { active: false }) { active } }', { id });
    expect(updated.updateOfficer.active).toBe(false);
    expect((await officer.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.anonymous().login('dadong.officer2')).status).toBe(401);
  });
});

describe('officer administration', () => {
  const CREATE = 'mutation($input: OfficerInput!) { createOfficer(input: $input) { id username role office { code } active } }';

  it('lets ADMIN create an officer who can then sign in; refuses a short password naming the field', async () => {
    const { offices } = await admin.data('{ offices(q: "浑河湾") { items { id code } } }');
    const input = { username: 'new.officer', displayName: '新民警', role: 'STATION_OFFICER', officeId: offices.items[0].id, password: 'short' };
    const short = await admin.gql(CREATE, { input });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const created = (await admin.data(CREATE, { input: { ...input, password: 'a-long-enough-password' } })).createOfficer;
    expect(created).toMatchObject({ username: 'new.officer', role: 'STATION_OFFICER', active: true });
    expect((await app.anonymous().login('new.officer', 'a-long-enough-password')).status).toBe(200);
    const taken = await admin.gql(CREATE, { input: { ...input, password: 'a-long-enough-password' } });
    expect(taken.errors?.[0].extensions?.field).toBe('input.username');
  });

  it('keeps officer administration to ADMIN', async () => {
    const supervisor = await app.as('heping.supervisor');
    const denied = await supervisor.gql(CREATE, { input: { username: 'x.y', displayName: 'x', role: 'ADMIN', officeId: '1', password: 'a-long-enough-password' } });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('changes one\'s own password after checking the current one', async () => {
    const officer = await app.as('huanggu.officer');
    const wrong = await officer.gql('mutation { changePassword(currentPassword: "nope", newPassword: "another-long-password") }');
    expect(wrong.errors?.[0].extensions?.field).toBe('currentPassword');
    expect((await officer.data('mutation { changePassword(currentPassword: "demo1234demo", newPassword: "another-long-password") }')).changePassword).toBe(true);
    expect((await app.anonymous().login('huanggu.officer', 'another-long-password')).status).toBe(200);
    expect((await app.anonymous().login('huanggu.officer')).status).toBe(401);
  });

  it('lists only the officers of the offices in scope', async () => {
    const officer = await app.as('heping.officer');
    const { officers } = await officer.data('{ officers { items { username office { code } } total } }');
    expect(officers.items.every((o: any) => o.office.code === '210102-PCS1')).toBe(true);
    const all = await admin.data('{ officers(perPage: 200) { total } }');
    expect(all.officers.total).toBeGreaterThan(officers.total);
  });
});

describe('configuration', () => {
  it('refuses a production start without secrets and never seeds demo data there', async () => {
    const { loadConfig } = await import('../server/config');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })).toThrow(/AUDIT_KEY/);
    const production = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), AUDIT_KEY: 'y'.repeat(40) });
    expect(production.seedDemo).toBe(false);
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1/test' }).seedDemo).toBe(false);
  });
});
