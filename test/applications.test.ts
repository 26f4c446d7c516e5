import { type ASTNode, type FieldNode, Kind, parse, print, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationFieldsFragmentDoc,
  ConsoleApplicationDocument,
  type ConsoleApplicationQuery,
} from '../admin/src/generated/graphql';
import { Application } from '../server/applications/application.entity';
import { hashIdNumbers } from '../server/applications/id-number-hash';
import { makeResidentId } from '../server/identifiers/identifiers';
import { type Client, type Page, startTestApp, type TestApp } from './support/harness';
import {
  application,
  citizen,
  foreigner,
  HEPING_1,
  HEPING_2,
  SHENHE_1,
  SUBMIT,
  type SubmitAnswer,
  unit,
} from './support/inputs';
import { present } from './support/narrow';
import { acceptedCase, answeredCheck, PNG, upload } from './support/workflow';

let app: TestApp;
let admin: Client;
let hepingOfficer: Client;

beforeAll(async () => {
  app = await startTestApp({ applications: 400 });
  admin = await app.as('admin');
  hepingOfficer = await app.as('heping.officer');
});
afterAll(() => app?.close());

const fieldOf = async (client: Client, input: Record<string, unknown>) => {
  const result = await client.gql(SUBMIT, { input });
  expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0].extensions?.stacktrace).toBeUndefined();
  const error = present(result.errors?.[0], 'the error');
  const extensions = present(error.extensions, 'the extensions of the error');
  return { field: extensions.field, reason: extensions.reason, message: error.message };
};

describe('intake', () => {
  it('stores a valid case with a reference number, masked numbers and the routing decision', async () => {
    const idNumber = makeResidentId('210102', '1988-03-09', 123);
    const created = (
      await hepingOfficer.data<SubmitAnswer>(SUBMIT, {
        input: application({ channel: 'COUNTER', subject: citizen({ idNumber }) }),
      })
    ).submitApplication;
    expect(created.referenceNo).toMatch(/^RC\d{8}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(created.status).toBe('SUBMITTED');
    expect(created.office.code).toBe('210102-PCS1');
    expect(created.subject).toEqual({
      idNumberMasked: `${idNumber.slice(0, 4)}*************${idNumber.slice(-1)}`,
      birthDate: '1988-03-09',
      gender: 'M',
    });
    expect(created.routing.explanation).toContain('210102001');
    const trail = (
      await hepingOfficer.data<{ auditTrail: { items: { action: string; actor: { username: string } | null }[] } }>(
        'query($id: String!) { auditTrail(entityType: "Application", entityId: $id) { items { action actor { username } } } }',
        { id: created.id },
      )
    ).auditTrail;
    expect(trail.items).toEqual([{ action: 'APPLICATION_SUBMITTED', actor: { username: 'heping.officer' } }]);
  });

  it('refuses bad identifiers and missing parts, naming the field each time', async () => {
    const good = makeResidentId('210102', '1990-01-01', 5);
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(await fieldOf(admin, application({ subject: citizen({ idNumber: badCheck }) }))).toMatchObject({
      field: 'input.subject.idNumber',
      message: expect.stringMatching(/check character/),
    });
    expect((await fieldOf(admin, application({ subject: citizen({ idNumber: '21010219900231001X' }) }))).field).toBe(
      'input.subject.idNumber',
    );
    expect((await fieldOf(admin, application({ subject: citizen({ idNumber: '2101021990' }) }))).field).toBe(
      'input.subject.idNumber',
    );
    expect((await fieldOf(admin, application({ subject: citizen({ residenceRegion: '210199001' }) }))).field).toBe(
      'input.subject.residenceRegion',
    );
    expect((await fieldOf(admin, application({ subject: citizen({ idType: 'PASSPORT' }) }))).field).toBe(
      'input.subject.idType',
    );
    const badUnit = { ...unit(), creditCode: '91350100M000100Y44' };
    expect((await fieldOf(admin, application({ applicantKind: 'UNIT', unit: badUnit }))).field).toBe(
      'input.unit.creditCode',
    );
    expect((await fieldOf(admin, application({ applicantKind: 'UNIT' }))).field).toBe('input.unit');
    expect((await fieldOf(admin, application({ delivery: 'MAIL' }))).field).toBe('input.mailingAddress');
    // A courier calls a mobile or a landline with its area code: 12345 is neither.
    const address = { recipient: '测试人', phone: '12345', region: HEPING_1, line: '南京北街1号' };
    expect(await fieldOf(admin, application({ delivery: 'MAIL', mailingAddress: address }))).toMatchObject({
      field: 'input.mailingAddress.phone',
      reason: 'PHONE_REACHABLE',
    });
    expect((await fieldOf(admin, application({ purpose: 'GO_ABROAD' }))).field).toBe('input.destinationCountry');
    const minorAgent = citizen({ idNumber: makeResidentId('210102', '2015-06-01', 7) });
    expect((await fieldOf(admin, application({ agent: minorAgent }))).field).toBe('input.agent.birthDate');
    expect((await fieldOf(admin, application({ subject: foreigner(200, { daysInChina: null }) }))).field).toBe(
      'input.subject.daysInChina',
    );
  });

  it('accepts good credit codes and mail with an address', async () => {
    const created = (
      await admin.data<SubmitAnswer>(SUBMIT, {
        input: application({
          applicantKind: 'UNIT',
          unit: { ...unit(SHENHE_1), creditCode: '91350100M000100Y43' },
          purpose: 'EMPLOYMENT_SCREENING',
          delivery: 'MAIL',
          mailingAddress: {
            recipient: '王经理',
            phone: '02412345678',
            region: SHENHE_1,
            line: '青年大街1号',
            postalCode: '110000',
          },
        }),
      })
    ).submitApplication;
    expect(created.office.code).toBe('210103-PCS1');
  });

  it('rejects malformed GraphQL input without a stack trace and stores nothing', async () => {
    const total = async () =>
      (await admin.data<{ applications: { total: number } }>('{ applications { total } }')).applications.total;
    const before = await total();
    const result = await admin.gql(SUBMIT, { input: { ...application(), delivery: 'PIGEON' } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/node_modules|\.ts:\d+/);
    expect(await total()).toBe(before);
  });

  it('reveals a full ID number only with a reason, and audits who and why', async () => {
    const { applications } = await hepingOfficer.data<{
      applications: { items: { id: string; subject: { idNumberMasked: string } }[] };
    }>('{ applications(perPage: 1) { items { id subject { idNumberMasked } } } }');
    const id = applications.items[0].id;
    const noReason = await hepingOfficer.gql(
      'mutation($id: ID!) { revealIdNumber(applicationId: $id, person: SUBJECT, reason: "  ") }',
      { id },
    );
    expect(noReason.errors?.[0].extensions?.field).toBe('reason');
    const full = (
      await hepingOfficer.data<{ revealIdNumber: string }>(
        'mutation($id: ID!) { revealIdNumber(applicationId: $id, person: SUBJECT, reason: "核对身份证原件") }',
        { id },
      )
    ).revealIdNumber;
    expect(full.slice(0, 4)).toBe(applications.items[0].subject.idNumberMasked.slice(0, 4));
    expect(full).not.toContain('*');
    const history = present(
      (
        await hepingOfficer.data<{ application: { history: unknown[] } | null }>(
          'query($id: ID!) { application(id: $id) { history { action actor { username } detail } } }',
          { id },
        )
      ).application,
      `case ${id}`,
    ).history;
    expect(history[0]).toMatchObject({
      action: 'ID_NUMBER_REVEALED',
      actor: { username: 'heping.officer' },
      detail: { person: 'SUBJECT', reason: '核对身份证原件' },
    });
  });
});

describe('office scope', () => {
  const LIST = '{ applications(perPage: 200) { total items { id office { code } } } }';
  type List = { applications: Page<{ id: string; office: { code: string } }> };

  it("shows a station officer only the cases of their station; another station's case is null", async () => {
    const mine = (await hepingOfficer.data<List>(LIST)).applications;
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((a) => a.office.code === '210102-PCS1')).toBe(true);
    const shenhe = await app.as('shenhe.officer');
    const theirs = (await shenhe.data<List>(LIST)).applications;
    expect(theirs.items.every((a) => a.office.code === '210103-PCS1')).toBe(true);
    const otherId = theirs.items[0].id;
    expect(
      (
        await hepingOfficer.data<{ application: unknown }>('query($id: ID!) { application(id: $id) { id } }', {
          id: otherId,
        })
      ).application,
    ).toBeNull();
    const reveal = await hepingOfficer.gql(
      'mutation($id: ID!) { revealIdNumber(applicationId: $id, person: SUBJECT, reason: "x") }',
      {
        id: otherId,
      },
    );
    expect(reveal.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const trail = await hepingOfficer.data<{ auditTrail: { total: number } }>(
      'query($id: String!) { auditTrail(entityType: "Application", entityId: $id) { total } }',
      { id: otherId },
    );
    expect(trail.auditTrail.total).toBe(0);
  });

  it('shows a branch supervisor both stations below, and the city supervisor everything', async () => {
    const supervisor = await app.as('heping.supervisor');
    const seen = (await supervisor.data<List>(LIST)).applications;
    const codes = new Set(seen.items.map((a) => a.office.code));
    expect([...codes].sort()).toEqual(['210102-PCS1', '210102-PCS2']);
    const city = await app.as('city.supervisor');
    expect((await city.data<List>(LIST)).applications.total).toBe((await admin.data<List>(LIST)).applications.total);
  });

  it('keeps filters and counts inside the scope, even when asking for another office', async () => {
    const { offices } = await admin.data<{ offices: { items: { id: string; code: string }[] } }>(
      '{ offices(perPage: 100) { items { id code } } }',
    );
    const shenheId = present(
      offices.items.find((o) => o.code === '210103-PCS1'),
      'office 210103-PCS1',
    ).id;
    const asked = await hepingOfficer.data<{
      applications: { total: number };
      queueCounts: { byStatus: { count: number }[]; unassigned: number };
    }>(
      'query($o: [ID!]) { applications(filter: { officeIds: $o }) { total } queueCounts(officeIds: $o) { byStatus { count } unassigned } }',
      { o: [shenheId] },
    );
    expect(asked.applications.total).toBe(0);
    expect(asked.queueCounts.byStatus.reduce((s, r) => s + r.count, 0)).toBe(0);
    const counts = await hepingOfficer.data<{
      queueCounts: { byStatus: { status: string; count: number }[] };
      applications: { total: number };
    }>('{ queueCounts { byStatus { status count } } applications { total } }');
    expect(counts.queueCounts.byStatus.reduce((s, r) => s + r.count, 0)).toBe(counts.applications.total);
  });
});

describe('queue queries', () => {
  const PAGE = `query($filter: ApplicationFilter, $sort: ApplicationSort, $page: Int, $perPage: Int) {
    applications(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total items { id referenceNo status submittedAt dueAt decidedAt updatedAt slaState applicantKind delivery purpose assignee { id }
        subject { name category } agent { name } unit { name } documents { status } }
    }
  }`;
  interface Row {
    id: string;
    referenceNo: string;
    status: string;
    submittedAt: string;
    dueAt: string | null;
    decidedAt: string | null;
    updatedAt: string;
    slaState: string;
    applicantKind: string;
    delivery: string;
    purpose: string;
    assignee: { id: string } | null;
    subject: { name: string; category: string };
    agent: { name: string } | null;
    unit: { name: string } | null;
    documents: { status: string }[];
  }
  type Answer = { applications: Page<Row> };
  const all = async (filter: Record<string, unknown> = {}) =>
    (await admin.data<Answer>(PAGE, { filter, perPage: 200, page: 1 })).applications;

  it('filters by each field of ApplicationFilter, with totals to match', async () => {
    const status = await all({ status: ['ACCEPTED', 'DECIDED'] });
    expect(status.total).toBeGreaterThan(0);
    expect(status.items.every((a) => ['ACCEPTED', 'DECIDED'].includes(a.status))).toBe(true);
    for (const [filter, check] of [
      [{ applicantKind: 'UNIT' }, (a: Row) => a.applicantKind === 'UNIT' && a.unit],
      [{ subjectCategory: 'FOREIGNER' }, (a: Row) => a.subject.category === 'FOREIGNER'],
      [{ purpose: 'GO_ABROAD' }, (a: Row) => a.purpose === 'GO_ABROAD'],
      [{ delivery: 'MAIL' }, (a: Row) => a.delivery === 'MAIL'],
      [{ unassigned: true }, (a: Row) => a.assignee === null],
      [{ documentsPending: true }, (a: Row) => a.documents.some((d) => d.status === 'PENDING')],
    ] as const) {
      const page = await all(filter);
      expect(page.total, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(page.items.every(check), JSON.stringify(filter)).toBe(true);
    }
    const sample = (await all()).items[3];
    expect((await all({ q: sample.referenceNo.toLowerCase() })).items.map((a) => a.id)).toEqual([sample.id]);
    const byName = await all({ q: sample.subject.name });
    expect(byName.items.some((a) => a.id === sample.id)).toBe(true);
    expect((await all({ ids: [sample.id] })).items.map((a) => a.id)).toEqual([sample.id]);
    const assignee = present((await all({ unassigned: false })).items[0].assignee, 'the assignee of an assigned case');
    expect(
      (await all({ assigneeId: assignee.id })).items.every(
        (a) => present(a.assignee, `the assignee of ${a.referenceNo}`).id === assignee.id,
      ),
    ).toBe(true);
    const from = new Date(Date.now() - 3 * 86400_000).toISOString();
    const recent = await all({ submittedFrom: from });
    expect(recent.items.every((a) => a.submittedAt >= from)).toBe(true);
    expect(recent.total).toBeLessThan((await all()).total);
  });

  it('filters the cases due today exactly as the dashboard counts them', async () => {
    // One accepted case made due within the hour (before the end of the day in Shanghai).
    const [accepted] = (await all({ status: ['ACCEPTED'], slaState: ['ON_TRACK'] })).items;
    const endOfToday = new Date(`${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)}T23:59:59.999+08:00`);
    const due = new Date(Math.min(Date.now() + 3600_000, endOfToday.getTime() - 1000));
    due.setMilliseconds(0);
    await app.ds.getRepository(Application).update(Number(accepted.id), { dueAt: due });

    const today = await all({ dueToday: true });
    const { queueCounts } = await admin.data<{ queueCounts: { dueToday: number } }>('{ queueCounts { dueToday } }');
    expect(today.total).toBe(queueCounts.dueToday);
    expect(today.items.map((a) => a.id)).toContain(accepted.id);
    for (const a of today.items) {
      expect(['DUE_SOON', 'ON_TRACK']).toContain(a.slaState);
      expect(new Date(present(a.dueAt, `the due date of ${a.referenceNo}`)).getTime()).toBeLessThanOrEqual(
        endOfToday.getTime(),
      );
    }
    // Not the cases due soon that fall due after today.
    expect(today.total).toBeLessThanOrEqual((await all({ slaState: ['DUE_SOON', 'ON_TRACK'] })).total);
  });

  it('answers "mine" with the cases assigned to the signed-in officer', async () => {
    const me = (await hepingOfficer.data<{ me: { id: string } }>('{ me { id } }')).me.id;
    const mine = (await hepingOfficer.data<Answer>(PAGE, { filter: { mine: true }, perPage: 200 })).applications;
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((a) => a.assignee?.id === me)).toBe(true);
    expect(
      (await hepingOfficer.data<{ queueCounts: { mine: number } }>('{ queueCounts { mine } }')).queueCounts.mine,
    ).toBe(
      (
        await hepingOfficer.data<Answer>(PAGE, {
          filter: {
            mine: true,
            status: [
              'SUBMITTED',
              'AWAITING_SUPPLEMENT',
              'ACCEPTED',
              'UNDER_INVESTIGATION',
              'PENDING_SIGNOFF',
              'DECIDED',
              'ISSUED',
              'MAILED',
              'UNDER_REVIEW',
            ],
          },
        })
      ).applications.total,
    );
  });

  it('filters by SLA state in the database exactly as the field reports it', async () => {
    const states = ['NOT_STARTED', 'ON_TRACK', 'DUE_SOON', 'OVERDUE', 'PAUSED', 'MET', 'BREACHED'];
    let sum = 0;
    for (const state of states) {
      const page = await all({ slaState: [state] });
      expect(
        page.items.every((a) => a.slaState === state),
        state,
      ).toBe(true);
      sum += page.total;
    }
    expect(sum).toBe((await all()).total);
    const both = await all({ slaState: ['OVERDUE', 'DUE_SOON'] });
    expect(both.total).toBe(
      (await all({ slaState: ['OVERDUE'] })).total + (await all({ slaState: ['DUE_SOON'] })).total,
    );
    const counts = (
      await admin.data<{ queueCounts: { overdue: number; dueSoon: number } }>('{ queueCounts { overdue dueSoon } }')
    ).queueCounts;
    expect(counts.overdue).toBe((await all({ slaState: ['OVERDUE'] })).total);
    expect(counts.dueSoon).toBe((await all({ slaState: ['DUE_SOON'] })).total);
  });

  it('sorts by every sort field in both orders and pages without gaps or overlaps', async () => {
    for (const field of ['SUBMITTED_AT', 'DUE_AT', 'UPDATED_AT', 'REFERENCE_NO', 'STATUS'] as const) {
      for (const order of ['ASC', 'DESC']) {
        const items = (await admin.data<Answer>(PAGE, { sort: { field, order }, perPage: 60 })).applications.items;
        if (field === 'DUE_AT') {
          // Read whole: the cases whose clock runs by their deadline, then those without one (not
          // accepted), then the decided and closed ones by their deadline; within one deadline, longest waiting first.
          const rows: Row[] = [];
          const { total } = await all({});
          for (let page = 1; rows.length < total; page++)
            rows.push(
              ...(await admin.data<Answer>(PAGE, { sort: { field, order }, perPage: 200, page })).applications.items,
            );
          const group = (a: Row) =>
            !a.dueAt ? 1 : !a.decidedAt && !['WITHDRAWN', 'NOT_ACCEPTED'].includes(a.status) ? 0 : 2;
          const key = (a: Row) => [group(a), a.dueAt, a.submittedAt].join(' ');
          const expected = [...rows].sort((a, b) => {
            if (group(a) !== group(b)) return group(a) - group(b);
            if (a.dueAt !== b.dueAt) return (a.dueAt ?? '') < (b.dueAt ?? '') === (order === 'ASC') ? -1 : 1;
            return a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0;
          });
          expect(rows.map(key)).toEqual(expected.map(key));
          expect(new Set(rows.map(group))).toEqual(new Set([0, 1, 2]));
          continue;
        }
        const key = (
          {
            SUBMITTED_AT: 'submittedAt',
            UPDATED_AT: 'updatedAt',
            REFERENCE_NO: 'referenceNo',
            STATUS: 'status',
          } as const
        )[field];
        const values = items.map((a) => a[key] ?? '');
        const sorted = [...values].sort();
        expect(values, `${field} ${order}`).toEqual(order === 'ASC' ? sorted : sorted.reverse());
      }
    }
    const whole = (await admin.data<Answer>(PAGE, { sort: { field: 'REFERENCE_NO', order: 'ASC' }, perPage: 90 }))
      .applications;
    const pages: Row[] = [];
    for (let page = 1; page <= 3; page++)
      pages.push(
        ...(await admin.data<Answer>(PAGE, { sort: { field: 'REFERENCE_NO', order: 'ASC' }, perPage: 30, page }))
          .applications.items,
      );
    expect(pages.map((a) => a.id)).toEqual(whole.items.map((a) => a.id));
  });

  it('takes % and _ in a search literally, on both databases', async () => {
    const created = (
      await admin.data<SubmitAnswer>(SUBMIT, { input: application({ subject: citizen({ name: '李_明%' }) }) })
    ).submitApplication;
    expect((await all({ q: '李_明%' })).items.map((a) => a.id)).toEqual([created.id]);
    expect((await all({ q: '_' })).items.map((a) => a.id)).toEqual([created.id]);
  });

  it('finds a case by its reference, its start, its tail as read out, and by name with the last four phone digits', async () => {
    const created = (
      await admin.data<SubmitAnswer>(SUBMIT, {
        input: application({ subject: citizen({ name: '欧阳查找', phone: '13912344252' }) }),
      })
    ).submitApplication;
    const reference = created.referenceNo;
    const tail = reference.slice(-5);
    const found = async (q: string) => (await all({ q })).items.map((a) => a.id);
    expect(await found(reference)).toEqual([created.id]);
    expect(await found(reference.toLowerCase())).toContain(created.id);
    // Its start as typed: one character short finds it with at most the 31 others of that start.
    const start = await found(reference.slice(0, -1));
    expect(start).toContain(created.id);
    expect(start.length).toBeLessThanOrEqual(32);
    // The tail as applicants read it out, in lower case, or with O for 0 and I or L for 1.
    expect(await found(tail.toLowerCase())).toContain(created.id);
    expect(await found(tail.replace(/0/g, 'O').replace(/1/g, 'I'))).toContain(created.id);
    // A name with the last four digits of the phone, with or without a space; other digits find nothing.
    expect(await found('欧阳查找 4252')).toEqual([created.id]);
    expect(await found('查找4252')).toEqual([created.id]);
    expect(await found('欧阳查找 4253')).toEqual([]);
  });

  it('finds a case by the full identity or passport number, of subject or agent, through its keyed hash, audited', async () => {
    const idNumber = makeResidentId('210102', '1988-02-29', 417);
    const passport = 'E12345678';
    const [mine, entrusted, abroad] = [
      application({ subject: citizen({ idNumber }) }),
      application({ subject: citizen(), agent: citizen({ idNumber }), applicantKind: 'INDIVIDUAL' }),
      application({ subject: foreigner(200, { idNumber: passport }) }),
    ];
    const ids: string[] = [];
    for (const input of [mine, entrusted, abroad])
      ids.push((await admin.data<SubmitAnswer>(SUBMIT, { input })).submitApplication.id);
    const found = async (q: string) => (await all({ q })).items.map((a) => a.id).sort();
    expect(await found(idNumber)).toEqual([ids[0], ids[1]].sort());
    // As read out or typed: spaces, a lower-case x or letters.
    expect(await found(` ${idNumber.slice(0, 6)} ${idNumber.slice(6).toLowerCase()} `)).toEqual(
      [ids[0], ids[1]].sort(),
    );
    expect(await found(passport.toLowerCase())).toEqual([ids[2]]);
    // A part of the number finds nothing: the number is compared whole, never with LIKE.
    expect(await found(idNumber.slice(0, 14))).toEqual([]);

    // Kept as a hash beside the number, not as the number once more.
    const [row] = await app.ds.query('SELECT * FROM application WHERE id = ?', [Number(ids[0])]);
    const stored = Object.values(row).filter((value) => typeof value === 'string' && value.includes(idNumber));
    expect(stored).toHaveLength(1);
    expect(row.subjectIdHash).toMatch(/^[0-9a-f]{32}$/);

    // Audited as a search, by the number's hash; the same search again is not a new event.
    const searches = () =>
      app.ds.query("SELECT actorId, detail FROM audit_event WHERE action = 'SEARCH_BY_ID_NUMBER' ORDER BY id");
    const before = (await searches()).length;
    await found(passport);
    const after = await searches();
    expect(after.length).toBe(before);
    expect(JSON.stringify(after)).not.toContain(passport);
    expect(JSON.parse(after.at(-1).detail)).toEqual({ idNumberHash: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it("lists the subject's other cases in the officer's scope, newest first, never the case itself", async () => {
    const idNumber = makeResidentId('210102', '1979-07-07', 321);
    const submit = async (domicile: string) =>
      (
        await admin.data<SubmitAnswer>(SUBMIT, {
          input: application({ subject: citizen({ idNumber, domicileRegion: domicile, residenceRegion: domicile }) }),
        })
      ).submitApplication;
    const first = await submit(HEPING_1);
    const elsewhere = await submit(SHENHE_1);
    const latest = await submit(HEPING_1);
    const others = async (client: Client, id: string) =>
      (
        await client.data<{ application: { otherApplications: { id: string }[] } }>(
          'query($id: ID!) { application(id: $id) { otherApplications { id } } }',
          { id },
        )
      ).application.otherApplications.map((o) => o.id);
    // The station sees its own earlier case, not the other office's; the city's administrator all.
    expect(await others(await app.as('heping.officer'), latest.id)).toEqual([first.id]);
    expect(await others(admin, latest.id)).toEqual([elsewhere.id, first.id]);
    expect(await others(admin, first.id)).toEqual([latest.id, elsewhere.id]);
  });

  it('gives the cases written before the hashes were kept their hashes when the server starts', async () => {
    const created = (await admin.data<SubmitAnswer>(SUBMIT, { input: application() })).submitApplication;
    const [{ hash }] = await app.ds.query('SELECT subjectIdHash AS hash FROM application WHERE id = ?', [
      Number(created.id),
    ]);
    await app.ds.query('UPDATE application SET subjectIdHash = NULL, agentIdHash = NULL WHERE id = ?', [
      Number(created.id),
    ]);
    expect(await hashIdNumbers(app.ds, app.config.auditKey)).toBe(1);
    const [again] = await app.ds.query('SELECT subjectIdHash AS hash FROM application WHERE id = ?', [
      Number(created.id),
    ]);
    expect(again.hash).toBe(hash);
  });

  it('caps perPage at 200', async () => {
    const page = (await admin.data<Answer>(PAGE, { perPage: 5000 })).applications;
    expect(page.total).toBeGreaterThan(200);
    expect(page.items).toHaveLength(200);
  });

  it('loads a page with office, assignee and documents in a fixed number of SQL statements', async () => {
    const query = `query($perPage: Int) { applications(perPage: $perPage) { items { id office { name parent { name } } assignee { displayName } documents { kind verifiedBy { username } } } } }`;
    const statementsFor = async (perPage: number) => {
      const before = app.logger.count;
      const items = (await admin.data<{ applications: { items: unknown[] } }>(query, { perPage })).applications.items;
      expect(items).toHaveLength(perPage);
      return app.logger.sentSince(before).length;
    };
    const forFive = await statementsFor(5);
    const forFifty = await statementsFor(50);
    expect(forFifty).toBe(forFive);
    expect(forFifty).toBeLessThanOrEqual(12);
  });

  it("reads the queue's page with its time-limit states from the kept calendar, offices and officers: session, ids, count, rows", async () => {
    const query =
      '{ applications(perPage: 50, sort: { field: SUBMITTED_AT, order: DESC }) { total items { id referenceNo slaState dueAt office { id name } assignee { id displayName } subject { name } } } }';
    await admin.data(query); // the first request of the process loads the calendar and the offices
    const before = app.logger.count;
    await admin.data(query);
    const sent = app.logger.sentSince(before);
    expect(sent.length).toBeLessThanOrEqual(4);
    expect(sent.filter((q) => /calendar_day|FROM [`"]?office[`"]? /i.test(q))).toEqual([]);
  });

  it("reads only the columns its rows' fields need, and each field answers on a page as on the case itself", async () => {
    const supervisor = await app.as('city.supervisor');
    const [{ id }] = (
      await supervisor.data<{ applications: { items: { id: string }[] } }>(
        '{ applications(filter: { status: [MAILED, DELIVERED] }, perPage: 1) { items { id } } }',
      )
    ).applications.items;
    // Read field by field, by name.
    const whole: Record<string, unknown> = present(
      (await supervisor.data<ConsoleApplicationQuery>(ConsoleApplicationDocument.toString(), { id })).application,
      `case ${id}`,
    );
    const document = parse(ApplicationFieldsFragmentDoc.toString());
    const fragments = new Map(
      document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const fragment = (name: string) => present(fragments.get(name), `the fragment ${name}`);
    const used = (node: ASTNode, names = new Set<string>()) => {
      visit(node, {
        FragmentSpread(spread) {
          if (names.has(spread.name.value)) return;
          names.add(spread.name.value);
          used(fragment(spread.name.value), names);
        },
      });
      return names;
    };
    // Each field of the case page alone on a page of that one case: the page reads the columns it needs.
    for (const selection of fragment('ApplicationFields').selectionSet.selections) {
      const field = print(selection);
      const query = `query($ids: [ID!]) { applications(filter: { ids: $ids }, perPage: 1) { items { id ${field} } } }\n${[
        ...used(selection),
      ]
        .map((name) => print(fragment(name)))
        .join('\n')}`;
      const [row] = (
        await supervisor.data<{ applications: { items: Record<string, unknown>[] } }>(query, { ids: [id] })
      ).applications.items;
      const name = (selection as FieldNode).name.value;
      expect({ [name]: row[name] }, name).toEqual({ [name]: whole[name] });
    }
    const before = app.logger.count;
    await supervisor.data('query($ids: [ID!]) { applications(filter: { ids: $ids }) { items { id referenceNo } } }', {
      ids: [id],
    });
    const rows = present(
      app.logger.recent.slice(-(app.logger.count - before)).find((sql) => sql.includes(' JOIN (')),
      'the statement that reads the rows',
    );
    expect(rows).toMatch(/referenceNo/);
    expect(rows).not.toMatch(/subjectName|mailingAddress|routingDecision/);
  });

  it('reads a case page in two statements, its documents, record checks and messages with the case, as a page reads them apart', async () => {
    const officer = hepingOfficer;
    // A case with papers, two record checks and a message (accepted, checked again), and one with none yet.
    const accepted = await acceptedCase(officer);
    await answeredCheck(officer, accepted.id);
    await officer.data('mutation($id: ID!) { runRecordCheck(id: $id) { id } }', { id: accepted.id });
    await answeredCheck(officer, accepted.id);
    const fresh = (await officer.data<SubmitAnswer>(SUBMIT, { input: application() })).submitApplication;
    const lists =
      '{ documents { id kind fileName byteSize status note uploadedAt verifiedAt verifiedBy { username } } recordChecks { id status source requestedAt completedAt suggestedOutcome matches { kind recordRef offence judgmentDate } } notifications { id event channel status text createdAt sentAt } missingDocumentKinds availableActions }';
    /** Of `lists`, what the test reads: the rows' ids. */
    type Lists = { documents: { id: string }[]; recordChecks: { id: string }[]; notifications: { id: string }[] };
    for (const { id } of [accepted, fresh]) {
      await officer.data(ConsoleApplicationDocument.toString(), { id }); // the first request loads the kept tables
      const before = app.logger.count;
      const whole = present(
        (await officer.data<ConsoleApplicationQuery>(ConsoleApplicationDocument.toString(), { id })).application,
        `case ${id}`,
      );
      expect(app.logger.sentSince(before)).toHaveLength(2);
      const alone = (
        await officer.data<{ application: Lists | null }>(`query($id: ID!) { application(id: $id) ${lists} }`, { id })
      ).application;
      const [onPage] = (
        await officer.data<{ applications: { items: Lists[] } }>(
          `query($ids: [ID!]) { applications(filter: { ids: $ids }, perPage: 1) { items ${lists} } }`,
          { ids: [id] },
        )
      ).applications.items;
      expect(alone).toEqual(onPage);
      const ids = (list: { id: string }[]) => list.map((row) => row.id);
      for (const field of ['documents', 'recordChecks', 'notifications'] as const)
        expect(ids(whole[field]), field).toEqual(ids(onPage[field]));
    }
    const read = present(
      (
        await officer.data<{ application: Lists | null }>(`query($id: ID!) { application(id: $id) ${lists} }`, {
          id: accepted.id,
        })
      ).application,
      `case ${accepted.id}`,
    );
    expect([read.documents.length, read.recordChecks.length, read.notifications.length > 0]).toEqual([2, 2, true]);
    const byId = (list: { id: string }[], order: 1 | -1) =>
      [...list].sort((a, b) => order * (Number(a.id) - Number(b.id)));
    expect(read.documents).toEqual(byId(read.documents, 1));
    expect(read.recordChecks).toEqual(byId(read.recordChecks, -1));
    expect(read.notifications).toEqual(byId(read.notifications, 1));
    // Outside the officer's offices, the case and its lists are not there.
    const elsewhere = await app.as('shenhe.officer');
    expect(
      (await elsewhere.data<ConsoleApplicationQuery>(ConsoleApplicationDocument.toString(), { id: accepted.id }))
        .application,
    ).toBeNull();
  });
});

describe('routing dry run needs a signed-in officer', () => {
  it('answers UNAUTHENTICATED to anyone else', async () => {
    const result = await app
      .anonymous()
      .gql('query($i: ApplicationInput!) { explainRouting(input: $i) { explanation } }', {
        i: application({ subject: citizen({ residenceRegion: HEPING_2, domicileRegion: HEPING_1 }) }),
      });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('refusals carry a stable reason code for the console to translate', () => {
  const refusal = async (input: Record<string, unknown>) => {
    const result = await hepingOfficer.gql(SUBMIT, { input });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const { message, extensions } = present(error, 'the refusal');
    return {
      message,
      ...(extensions as { field: string; reason: string; params: Record<string, unknown> }),
    };
  };

  it('names the reason and its parameters beside the field, and never the correct check character', async () => {
    for (let seq = 0; seq < 6; seq++) {
      const good = makeResidentId('210102', '1990-01-01', seq);
      const right = good[17];
      const wrong = good.slice(0, 17) + (right === '0' ? '1' : '0');
      const error = await refusal(application({ subject: citizen({ idNumber: wrong }) }));
      expect(error).toMatchObject({ field: 'input.subject.idNumber', reason: 'ID_CHECK_CHARACTER', params: {} });
      expect(error.message).toBe('input.subject.idNumber: check character is wrong');
      expect(JSON.stringify(error)).not.toMatch(/should be/);
    }
    expect(await refusal(application({ subject: citizen({ idNumber: '21010219900231001X' }) }))).toMatchObject({
      field: 'input.subject.idNumber',
      reason: 'ID_BIRTH_DATE_INVALID',
      params: { date: '19900231' },
    });
    expect(await refusal(application({ subject: citizen({ idNumber: '2101021990' }) }))).toMatchObject({
      reason: 'ID_LENGTH',
      params: { expected: 18, actual: 10 },
    });
    expect(await refusal(application({ subject: citizen({ residenceRegion: '210199001' }) }))).toMatchObject({
      field: 'input.subject.residenceRegion',
      reason: 'REGION_UNKNOWN',
      params: { code: '210199001' },
    });
    expect(await refusal(application({ subject: citizen({ idType: 'PASSPORT' }) }))).toMatchObject({
      field: 'input.subject.idType',
      reason: 'ID_TYPE_MISMATCH',
    });
    expect(
      await refusal(application({ applicantKind: 'UNIT', unit: { ...unit(), creditCode: '91350100M000100Y44' } })),
    ).toMatchObject({
      field: 'input.unit.creditCode',
      reason: 'ID_CHECK_CHARACTER',
      message: 'input.unit.creditCode: check character is wrong',
    });
    expect(await refusal(application({ applicantKind: 'UNIT' }))).toMatchObject({
      field: 'input.unit',
      reason: 'UNIT_REQUIRED',
    });
    expect(await refusal(application({ subject: citizen({ name: '  ' }) }))).toMatchObject({
      field: 'input.subject.name',
      reason: 'REQUIRED',
    });
    expect(await refusal(application({ subject: foreigner(0, { daysInChina: null }) }))).toMatchObject({
      field: 'input.subject.daysInChina',
      reason: 'DAYS_IN_CHINA_REQUIRED',
      params: { days: 180 },
    });
  });

  it('gives an upload refusal its reason and parameters in the JSON body beside error and field', async () => {
    const created = (await hepingOfficer.data<SubmitAnswer>(SUBMIT, { input: application() })).submitApplication;
    const text = await upload(hepingOfficer, created.id, 'ID_CARD_FRONT', Buffer.from('just some text\n'), 'notes.txt');
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({
      error: 'only JPEG, PNG and PDF files are taken (by their content)',
      field: 'file',
      reason: 'UPLOAD_TYPE',
      params: {},
    });
    const renamed = await upload(hepingOfficer, created.id, 'ID_CARD_FRONT', PNG, 'front.pdf');
    expect(renamed.status).toBe(415);
    expect(await renamed.json()).toMatchObject({
      field: 'file',
      reason: 'UPLOAD_TYPE_NAME_MISMATCH',
      params: { contentType: 'image/png', ending: 'pdf' },
    });
    const empty = await upload(hepingOfficer, created.id, 'ID_CARD_FRONT', Buffer.alloc(0), 'empty.png');
    expect(await empty.json()).toMatchObject({ field: 'file', reason: 'UPLOAD_EMPTY' });
    const kind = await upload(hepingOfficer, created.id, 'NOT_A_KIND', PNG, 'front.png');
    expect(kind.status).toBe(400);
    expect(await kind.json()).toMatchObject({
      field: 'kind',
      reason: 'UPLOAD_KIND_INVALID',
      params: { allowed: expect.arrayContaining(['ID_CARD_FRONT']) },
    });
  });
});
