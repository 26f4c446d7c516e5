import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../server/app';
import { saveCalendarDay } from '../server/calendar/calendar.admin';
import { transactionCalendar } from '../server/calendar/calendar.service';
import { openDatabase } from '../server/data-source';
import { Client, CountingLogger, startTestApp, type TestApp } from './support/harness';
import { present } from './support/narrow';
import { acceptedCase } from './support/workflow';

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
    type Read = { calendar: { date: string; workday: boolean }[] };
    expect((await adminA.data<Read>(READ, { d: day })).calendar).toEqual([{ date: day, workday: true }]);
    expect((await adminB.data<Read>(READ, { d: day })).calendar).toEqual([{ date: day, workday: true }]);

    await adminB.data('mutation($d: Date!) { setCalendarDay(date: $d, workday: false, note: "停工") { date } }', {
      d: day,
    });
    expect((await adminA.data<Read>(READ, { d: day })).calendar).toEqual([{ date: day, workday: false }]);
    await adminA.data('mutation($d: Date!) { setCalendarDay(date: $d, workday: true, note: null) { date } }', {
      d: day,
    });
    expect((await adminB.data<Read>(READ, { d: day })).calendar).toEqual([{ date: day, workday: true }]);
  });

  it('answers an office renamed through the other server at once, on the cases that name it', async () => {
    const [officerA, adminB] = await Promise.all([on(app.server, 'city.supervisor'), on(second.server, 'admin')]);
    const CASE = '{ applications(perPage: 1) { items { office { id name code kind jurisdiction parent { id } } } } }';
    type Case = {
      applications: {
        items: {
          office: {
            id: string;
            name: string;
            code: string;
            kind: string;
            jurisdiction: string[];
            parent: { id: string } | null;
          };
        }[];
      };
    };
    const office = (await officerA.data<Case>(CASE)).applications.items[0].office;
    const save = (name: string) =>
      adminB.data('mutation($id: ID!, $input: OfficeInput!) { updateOffice(id: $id, input: $input) { name } }', {
        id: office.id,
        input: {
          code: office.code,
          name,
          kind: office.kind,
          jurisdiction: office.jurisdiction,
          parentId: office.parent?.id ?? null,
        },
      });
    await save(`${office.name}（新址）`);
    expect((await officerA.data<Case>(CASE)).applications.items[0].office.name).toBe(`${office.name}（新址）`);
    await save(office.name);
    expect((await officerA.data<Case>(CASE)).applications.items[0].office.name).toBe(office.name);
  });

  it('answers an officer renamed through the other server at once, as the holder of a case', async () => {
    const [supervisorA, adminB] = await Promise.all([on(app.server, 'city.supervisor'), on(second.server, 'admin')]);
    const HELD =
      '{ applications(filter: { unassigned: false }, perPage: 1) { items { assignee { id displayName } } } }';
    type Held = { applications: { items: { assignee: { id: string; displayName: string } | null }[] } };
    const held = async () =>
      present((await supervisorA.data<Held>(HELD)).applications.items[0].assignee, 'the holder of the case');
    const assignee = await held();
    const rename = (displayName: string) =>
      adminB.data(
        'mutation($id: ID!, $input: OfficerUpdateInput!) { updateOfficer(id: $id, input: $input) { displayName } }',
        {
          id: assignee.id,
          input: { displayName },
        },
      );
    await rename(`${assignee.displayName}（调岗）`);
    expect((await held()).displayName).toBe(`${assignee.displayName}（调岗）`);
    await rename(assignee.displayName);
    expect((await held()).displayName).toBe(assignee.displayName);
  });

  it('reads the calendar once for a run of case actions, each in its transaction', async () => {
    const officer = await on(second.server, 'heping.officer');
    let { id, version } = await acceptedCase(officer);
    // A change through the other server: this one's kept calendar is old, and only the case
    // actions' transactions ask for it.
    const admin = await on(app.server, 'admin');
    await admin.data('mutation { setCalendarDay(date: "2030-01-02", workday: true, note: "补班") { date } }');
    const logger = second.ds.logger as CountingLogger;
    const reads: number[] = [];
    for (let i = 0; i < 3; i++) {
      logger.recent = [];
      const started = await officer.data<{ startInvestigation: { version: number } }>(
        'mutation($id: ID!, $v: Int!) { startInvestigation(id: $id, version: $v, reason: "核实户籍") { version } }',
        { id, v: version },
      );
      const ended = await officer.data<{ endInvestigation: { version: number } }>(
        'mutation($id: ID!, $v: Int!) { endInvestigation(id: $id, version: $v) { version } }',
        {
          id,
          v: started.startInvestigation.version,
        },
      );
      version = ended.endInvestigation.version;
      reads.push(logger.recent.filter((q) => /FROM [`"]?calendar_day/.test(q)).length);
    }
    // Loaded by the first transaction, then kept.
    expect(reads).toEqual([1, 0, 0]);
  });
});

describe('reference data changed by a transaction that rolls back', () => {
  it('keeps nothing the transaction saw of its own change', async () => {
    const day = '2027-04-07'; // a Wednesday
    const before = await transactionCalendarOutside();
    expect(before.isWorkday(day)).toBe(true);
    await expect(
      app.ds.transaction(async (em) => {
        await saveCalendarDay(em, day, false, '回滚');
        expect((await transactionCalendar(em)).isWorkday(day)).toBe(false);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await transactionCalendarOutside()).isWorkday(day)).toBe(true);
    await app.ds.transaction(async (em) => expect((await transactionCalendar(em)).isWorkday(day)).toBe(true));
  });
});

const transactionCalendarOutside = () => transactionCalendar(app.ds.manager);
