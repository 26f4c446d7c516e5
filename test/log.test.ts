import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResidentId } from '../server/identifiers/identifiers';
import { log, logTo } from '../server/operations/log';
import { startTestApp, type TestApp } from './support/harness';
import { application, citizen, SUBMIT } from './support/inputs';
import { present } from './support/narrow';
import { readyCase, step } from './support/workflow';

// The request log, as an operator's log shipper reads it: one JSON line per request, naming the
// request, the officer by id, the operation and how it ended, and no personal data at all.
const lines: Record<string, unknown>[] = [];
const raw: string[] = [];
let app: TestApp;

beforeAll(async () => {
  logTo({
    write: (line: string) => {
      raw.push(line);
      lines.push(JSON.parse(line));
    },
  });
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

// The person the requests below are about: nothing of theirs may reach the log.
const NAME = '欧阳秘密';
const ID_NUMBER = makeResidentId('210102', '1987-03-09', 417);
const PHONE = '13912345678';
const subject = () => citizen({ name: NAME, idNumber: ID_NUMBER, phone: PHONE });

describe('the request log', () => {
  it('writes one line per request with its id, the officer, the operation and the outcome, and nothing about the person', async () => {
    const officer = await app.as('heping.officer');
    // The workflow of one case, from intake to delivery at the counter.
    let c = await readyCase(officer, { subject: subject() });
    c = await step(officer, 'acceptApplication', c.id);
    c = await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    c = await step(officer, 'issueDocument', c.id);
    // Searches by the name and the number, a refused intake naming them, an export filtered by the name.
    await officer.data('query Search($q: String) { applications(filter: { q: $q }) { total } }', { q: NAME });
    await officer.data('query Search($q: String) { applications(filter: { q: $q }) { total } }', { q: ID_NUMBER });
    const refused = await officer.gql(SUBMIT, {
      input: application({ subject: { ...subject(), idNumber: `${ID_NUMBER.slice(0, 17)}0` } }),
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const exported = await fetch(
      `${app.server.url}/api/exports/applications.csv?filter=${encodeURIComponent(JSON.stringify({ q: NAME }))}`,
      {
        headers: { cookie: officer.sessionCookie() },
      },
    );
    expect(exported.status).toBe(200);
    await exported.text();
    await fetch(`${app.server.url}/api/applications/${c.id}/issued-document.pdf`, {
      headers: { cookie: officer.sessionCookie() },
    }).then((r) => r.arrayBuffer());
    // A request id from the proxy is kept.
    const tagged = await fetch(`${app.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: officer.sessionCookie(), 'x-request-id': 'proxy-abc-123' },
      body: JSON.stringify({ query: 'query Me { me { id } }' }),
    });
    expect(tagged.headers.get('x-request-id')).toBe('proxy-abc-123');
    await tagged.json();

    const all = raw.join('\n');
    for (const secret of [
      NAME,
      ID_NUMBER,
      ID_NUMBER.slice(0, 17),
      PHONE,
      encodeURIComponent(NAME),
      encodeURIComponent(JSON.stringify({ q: NAME })),
    ])
      expect(all).not.toContain(secret);

    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThan(10);
    for (const l of requests) {
      expect(l).toMatchObject({
        reqId: expect.any(String),
        method: expect.any(String),
        path: expect.any(String),
        status: expect.any(Number),
        ms: expect.any(Number),
      });
    }
    const officerId = (await officer.data<{ me: { id: string } }>('{ me { id } }')).me.id;
    expect(requests.find((l) => l.reqId === 'proxy-abc-123')).toMatchObject({
      path: '/graphql',
      status: 200,
      operation: 'Me',
      officerId: Number(officerId),
    });
    expect(requests.filter((l) => l.operation === 'Search')).toHaveLength(2);
    expect(requests.find((l) => l.operation === 'Submit' && l.code === 'BAD_USER_INPUT')).toBeTruthy();
    expect(requests.find((l) => l.path === '/api/exports/applications.csv')).toMatchObject({ status: 200 });
    expect(new Set(requests.map((l) => l.reqId)).size).toBe(requests.length);
  });

  it('logs a refused REST request with its code and no stack', async () => {
    const res = await fetch(`${app.server.url}/api/documents/999999/content`, {
      headers: { cookie: (await app.as('heping.officer')).sessionCookie() },
    });
    expect(res.status).toBe(404);
    const line = lines.filter((l) => l.msg === 'request').find((l) => l.path === '/api/documents/999999/content');
    expect(line).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(JSON.stringify(line)).not.toMatch(/\bat \w+ \(/);
  });
});

describe('errors in the log', () => {
  it('never carry the values of a failed statement (an identity, a criminal record)', async () => {
    // A record check's answer that the database refused to store, as TypeORM and mysql2 report it.
    const failed = Object.assign(new Error('Data too long for column matchList'), {
      query: `UPDATE record_check SET matchList = ? WHERE id = ?`,
      parameters: [`[{"offence":"盗窃罪","idNumber":"${ID_NUMBER}"}]`, 7],
      driverError: { sql: `UPDATE record_check SET matchList = '${ID_NUMBER}'` },
      sql: `UPDATE record_check SET matchList = '${ID_NUMBER}'`,
    });
    log.error({ err: failed }, 'storing a record check failed');
    const line = present(
      raw.find((l) => l.includes('storing a record check failed')),
      'the line of the failure',
    );
    expect(JSON.parse(line).err).toMatchObject({ message: 'Data too long for column matchList', type: 'Error' });
    expect(line).not.toContain(ID_NUMBER);
    expect(line).not.toContain('盗窃罪');
  });
});
