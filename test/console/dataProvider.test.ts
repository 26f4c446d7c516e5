import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authProvider } from '../../admin/src/authProvider';
import { type ApplicationRow, dataProvider } from '../../admin/src/dataProvider';
import { type Client, startTestApp, type TestApp } from '../support/harness';
import { application } from '../support/inputs';
import { present } from '../support/narrow';

// The console's data provider against the real server: every request goes over HTTP to it.
let app: TestApp;
let officer: Client;
let cookie: string | null = null;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  app = await startTestApp({ applications: 60 });
  officer = await app.as('heping.officer');
  // The browser's relative URLs and cookie, for the console's code running here.
  globalThis.fetch = ((url: string, init: RequestInit = {}) =>
    url.startsWith('/')
      ? realFetch(`${app.server.url}${url}`, {
          ...init,
          headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
        })
      : realFetch(url, init)) as typeof fetch;
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await app?.close();
});

describe('the console data provider', () => {
  it('lists, filters, sorts and pages the queue the way react-admin asks', async () => {
    cookie = officer.cookie;
    const page = await dataProvider.getList<ApplicationRow>('applications', {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'referenceNo', order: 'ASC' },
      filter: { status: 'SUBMITTED', q: '' },
    });
    expect(page.data.length).toBeLessThanOrEqual(5);
    expect(page.total).toBeGreaterThan(0);
    expect(page.data.every((a) => a.status === 'SUBMITTED')).toBe(true);
    expect(page.data.map((a) => a.referenceNo)).toEqual([...page.data.map((a) => a.referenceNo)].sort());
    const one = await dataProvider.getOne('applications', { id: page.data[0].id });
    expect(one.data.availableActions).toContain('REVEAL_ID');
  });

  it('passes UNAUTHENTICATED on, and react-admin signs the officer out', async () => {
    cookie = null;
    const error = await dataProvider
      .getList('applications', {
        pagination: { page: 1, perPage: 5 },
        sort: { field: 'submittedAt', order: 'DESC' },
        filter: {},
      })
      .catch((e) => e);
    expect(error).toMatchObject({ body: { code: 'UNAUTHENTICATED' } });
    await expect(authProvider.checkError(error)).rejects.toThrow('app.auth.session_ended');
    // Any other error keeps the officer signed in.
    cookie = officer.cookie;
    const forbidden = await dataProvider
      .create('offices', { data: { code: 'X', name: 'X', kind: 'BUREAU', jurisdiction: [] } })
      .catch((e) => e);
    expect(forbidden).toMatchObject({ body: { code: 'FORBIDDEN' } });
    await expect(authProvider.checkError(forbidden)).resolves.toBeUndefined();
  });

  it('passes BAD_USER_INPUT on with the message on the form field', async () => {
    cookie = officer.cookie;
    const bad = application({ subject: { ...application().subject, idNumber: '110105194912310021' } });
    await expect(dataProvider.create('applications', { data: bad })).rejects.toMatchObject({
      body: {
        code: 'BAD_USER_INPUT',
        reason: 'ID_CHECK_CHARACTER',
        errors: { 'subject.idNumber': expect.stringMatching(/校验位不正确/) },
      },
    });
  });

  it('passes a stale version on as CONFLICT and a wrong step as INVALID_TRANSITION', async () => {
    cookie = officer.cookie;
    const created = (await dataProvider.create('applications', { data: application() })).data;
    const claimed = (await dataProvider.claim(created.id, created.version)).data;
    expect(claimed.assignee?.username).toBe('heping.officer');
    await expect(dataProvider.release(created.id, created.version)).rejects.toMatchObject({
      body: { code: 'CONFLICT' },
    });
    await expect(dataProvider.issue(created.id, claimed.version)).rejects.toMatchObject({
      body: { code: 'INVALID_TRANSITION' },
    });
  });

  it('names the holder when another officer holds the case', async () => {
    cookie = officer.cookie;
    const created = (await dataProvider.create('applications', { data: application() })).data;
    const claimed = (await dataProvider.claim(created.id, created.version)).data;
    cookie = (await app.as('heping.supervisor')).cookie;
    await expect(dataProvider.accept(created.id, claimed.version)).rejects.toMatchObject({
      body: { code: 'CONFLICT', holder: { username: 'heping.officer' } },
    });
  });

  it('reads offices, officers and routing rules, and refuses administration to officers', async () => {
    cookie = officer.cookie;
    expect(
      (
        await dataProvider.getList('routingRules', {
          pagination: { page: 1, perPage: 100 },
          sort: { field: 'priority', order: 'ASC' },
          filter: {},
        })
      ).total,
    ).toBe(8);
    const rule = (
      await dataProvider.getList('routingRules', {
        pagination: { page: 1, perPage: 100 },
        sort: { field: 'priority', order: 'ASC' },
        filter: {},
      })
    ).data[0];
    await expect(
      dataProvider.update('routingRules', { id: rule.id, data: { ...rule, enabled: false }, previousData: rule }),
    ).rejects.toMatchObject({
      body: { code: 'FORBIDDEN' },
    });
    cookie = (await app.as('admin')).cookie;
    const updated = await dataProvider.update('routingRules', {
      id: rule.id,
      data: { ...rule, priority: rule.priority + 1 },
      previousData: rule,
    });
    expect(updated.data).toMatchObject({ priority: rule.priority + 1, version: rule.version + 1 });
    const offices = await dataProvider.getList('offices', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'code', order: 'ASC' },
      filter: { kind: 'POLICE_STATION' },
    });
    expect(offices.total).toBe(12);
  });

  it('reads one officer by id, within the scope of the signed-in officer', async () => {
    cookie = (await app.as('admin')).cookie;
    const everyone = (
      await dataProvider.getList('officers', {
        pagination: { page: 1, perPage: 200 },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      })
    ).data;
    const shenhe = present(
      everyone.find((o) => o.username === 'shenhe.officer'),
      'shenhe.officer',
    );
    const heping = present(
      everyone.find((o) => o.username === 'heping.officer'),
      'heping.officer',
    );
    expect((await dataProvider.getOne('officers', { id: shenhe.id })).data).toEqual(shenhe);
    const many = await dataProvider.getMany('officers', { ids: [shenhe.id, heping.id] });
    expect(many.data.map((o) => o.username)).toEqual(['shenhe.officer', 'heping.officer']);
    cookie = officer.cookie;
    expect((await dataProvider.getOne('officers', { id: heping.id })).data.username).toBe('heping.officer');
    await expect(dataProvider.getOne('officers', { id: shenhe.id })).rejects.toMatchObject({
      body: { code: 'NOT_FOUND' },
    });
    expect(
      (await dataProvider.getMany('officers', { ids: [shenhe.id, heping.id] })).data.map((o) => o.username),
    ).toEqual(['heping.officer']);
  });

  it('asks the queue sorted by any ApplicationSortField, and by submission for any other column', async () => {
    cookie = officer.cookie;
    const list = (field: string, order: 'ASC' | 'DESC') =>
      dataProvider.getList('applications', {
        pagination: { page: 1, perPage: 10 },
        sort: { field, order },
        filter: {},
      });
    const byDue = (await list('dueAt', 'ASC')).data.map((a) => a.dueAt ?? '');
    expect(byDue).toEqual([...byDue].sort());
    const bySubmission = (await list('submittedAt', 'DESC')).data.map((a) => a.id);
    expect((await list('subject.name', 'DESC')).data.map((a) => a.id)).toEqual(bySubmission);
  });
});
