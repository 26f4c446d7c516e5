import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/app';
import { openDatabase } from '../server/data-source';
import { Client, CountingLogger, startTestApp, type TestApp } from './support/harness';
import type { DataSource } from 'typeorm';

// The calendar and the offices are kept in memory by each server process (core/reference-cache.ts).
// A second server with a database connection and a memory of its own stands for a second process:
// a change made through one is answered by the other at its next request, never a stale answer.
let app: TestApp;
let second: { ds: DataSource; server: RunningServer };

beforeAll(async () => {
  app = await startTestApp({ applications: 20 });
  const ds = await openDatabase({ ...app.config, logger: new CountingLogger() });
  second = { ds, server: await startServer(ds, app.config, 0) };
});

afterAll(async () => {
  await second?.server.stop();
  await second?.ds.destroy();
  await app?.close();
});

async function on(server: RunningServer, username: string): Promise<Client> {
  const client = new Client(server.url);
  expect((await client.login(username)).status).toBe(200);
  return client;
}

describe('reference data kept in memory, across server processes', () => {
  it('answers a calendar correction made through the other server at once', async () => {
    const [adminA, adminB] = await Promise.all([on(app.server, 'admin'), on(second.server, 'admin')]);
    const day = '2027-03-03'; // a Wednesday
    const READ = 'query($d: Date!) { calendar(from: $d, to: $d) { date workday } }';
    expect((await adminA.data(READ, { d: day })).calendar).toEqual([{ date: day, workday: true }]);
    expect((await adminB.data(READ, { d: day })).calendar).toEqual([{ date: day, workday: true }]);

    await adminB.data('mutation($d: Date!) { setCalendarDay(date: $d, workday: false, note: "停工") { date } }', { d: day });
    expect((await adminA.data(READ, { d: day })).calendar).toEqual([{ date: day, workday: false }]);
    await adminA.data('mutation($d: Date!) { setCalendarDay(date: $d, workday: true, note: null) { date } }', { d: day });
    expect((await adminB.data(READ, { d: day })).calendar).toEqual([{ date: day, workday: true }]);
  });

  it('answers an office renamed through the other server at once, on the cases that name it', async () => {
    const [officerA, adminB] = await Promise.all([on(app.server, 'city.supervisor'), on(second.server, 'admin')]);
    const CASE = '{ applications(perPage: 1) { items { office { id name code kind jurisdiction parent { id } } } } }';
    const office = (await officerA.data(CASE)).applications.items[0].office;
    const save = (name: string) =>
      adminB.data('mutation($id: ID!, $input: OfficeInput!) { updateOffice(id: $id, input: $input) { name } }', {
        id: office.id,
        input: { code: office.code, name, kind: office.kind, jurisdiction: office.jurisdiction, parentId: office.parent?.id ?? null },
      });
    await save(`${office.name}（新址）`);
    expect((await officerA.data(CASE)).applications.items[0].office.name).toBe(`${office.name}（新址）`);
    await save(office.name);
    expect((await officerA.data(CASE)).applications.items[0].office.name).toBe(office.name);
  });

  it('answers an officer renamed through the other server at once, as the holder of a case', async () => {
    const [supervisorA, adminB] = await Promise.all([on(app.server, 'city.supervisor'), on(second.server, 'admin')]);
    const HELD = '{ applications(filter: { unassigned: false }, perPage: 1) { items { assignee { id displayName } } } }';
    const { assignee } = (await supervisorA.data(HELD)).applications.items[0];
    const rename = (displayName: string) =>
      adminB.data('mutation($id: ID!, $input: OfficerUpdateInput!) { updateOfficer(id: $id, input: $input) { displayName } }', {
        id: assignee.id,
        input: { displayName },
      });
    await rename(`${assignee.displayName}（调岗）`);
    expect((await supervisorA.data(HELD)).applications.items[0].assignee.displayName).toBe(`${assignee.displayName}（调岗）`);
    await rename(assignee.displayName);
    expect((await supervisorA.data(HELD)).applications.items[0].assignee.displayName).toBe(assignee.displayName);
  });
});
