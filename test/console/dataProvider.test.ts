import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataProvider } from '../../admin/src/dataProvider';
import { type Client, startTestApp, type TestApp } from '../support/harness';
import { application } from '../support/inputs';

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
      ? realFetch(`${app.server.url}${url}`, { ...init, headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } })
      : realFetch(url, init)) as typeof fetch;
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await app?.close();
});

describe('the console data provider', () => {
  it('lists, filters, sorts and pages the queue the way react-admin asks', async () => {
    cookie = officer.cookie;
    const page = await dataProvider.getList('applications', {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'referenceNo', order: 'ASC' },
      filter: { status: 'SUBMITTED', q: '' },
    });
    expect(page.data.length).toBeLessThanOrEqual(5);
    expect(page.total).toBeGreaterThan(0);
    expect(page.data.every((a: any) => a.status === 'SUBMITTED')).toBe(true);
    expect(page.data.map((a: any) => a.referenceNo)).toEqual([...page.data.map((a: any) => a.referenceNo)].sort());
    const one = await dataProvider.getOne('applications', { id: page.data[0].id });
    expect(one.data.availableActions).toContain('REVEAL_ID');
  });

  it('maps UNAUTHENTICATED to 401, so react-admin signs the officer out', async () => {
    cookie = null;
    await expect(
      dataProvider.getList('applications', { pagination: { page: 1, perPage: 5 }, sort: { field: 'submittedAt', order: 'DESC' }, filter: {} }),
    ).rejects.toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  });

  it('maps BAD_USER_INPUT to 400 with the message on the form field', async () => {
    cookie = officer.cookie;
    const bad = application({ subject: { ...application().subject, idNumber: '110105194912310021' } });
    await expect(dataProvider.create('applications', { data: bad })).rejects.toMatchObject({
      status: 400,
      body: { code: 'BAD_USER_INPUT', errors: { 'subject.idNumber': expect.stringMatching(/check character/) } },
    });
  });

  it('maps a stale version to CONFLICT (409) and a wrong step to INVALID_TRANSITION', async () => {
    cookie = officer.cookie;
    const created = (await dataProvider.create('applications', { data: application() })).data;
    const claimed = (await dataProvider.claim(created.id, created.version)).data;
    expect(claimed.assignee.username).toBe('heping.officer');
    await expect(dataProvider.release(created.id, created.version)).rejects.toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
    await expect(dataProvider.issue(created.id, claimed.version)).rejects.toMatchObject({ status: 409, body: { code: 'INVALID_TRANSITION' } });
  });

  it('names the holder when another officer holds the case', async () => {
    cookie = officer.cookie;
    const created = (await dataProvider.create('applications', { data: application() })).data;
    const claimed = (await dataProvider.claim(created.id, created.version)).data;
    cookie = (await app.as('heping.supervisor')).cookie;
    await expect(dataProvider.accept(created.id, claimed.version)).rejects.toMatchObject({
      status: 409,
      body: { code: 'CONFLICT', holder: { username: 'heping.officer' } },
    });
  });

  it('reads offices, officers and routing rules, and refuses administration to officers', async () => {
    cookie = officer.cookie;
    expect(
      (await dataProvider.getList('routingRules', { pagination: { page: 1, perPage: 100 }, sort: { field: 'priority', order: 'ASC' }, filter: {} }))
        .total,
    ).toBe(8);
    const rule = (
      await dataProvider.getList('routingRules', { pagination: { page: 1, perPage: 100 }, sort: { field: 'priority', order: 'ASC' }, filter: {} })
    ).data[0];
    await expect(dataProvider.update('routingRules', { id: rule.id, data: { ...rule, enabled: false }, previousData: rule })).rejects.toMatchObject({
      status: 403,
    });
    cookie = (await app.as('admin')).cookie;
    const updated = await dataProvider.update('routingRules', { id: rule.id, data: { ...rule, priority: rule.priority + 1 }, previousData: rule });
    expect(updated.data).toMatchObject({ priority: rule.priority + 1, version: rule.version + 1 });
    const offices = await dataProvider.getList('offices', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'code', order: 'ASC' },
      filter: { kind: 'POLICE_STATION' },
    });
    expect(offices.total).toBe(12);
  });
});
