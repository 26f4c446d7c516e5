import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Application } from '../server/applications/application.entity';
import { StatusChange } from '../server/applications/status-change.entity';
import { WorkCalendar } from '../server/calendar/calendar.service';
import { shanghaiDate } from '../server/core/time';
import { histogramMedian, histogramPercentile } from '../server/reports/report-helpers';
import { type CaseCountRow, type Client, startTestApp, type TestApp } from './support/harness';
import { application, HEPING_1, SHENHE_1 } from './support/inputs';
import { present } from './support/narrow';
import { acceptedCase, officeIds, readyCase, step } from './support/workflow';

// A small world whose report is worked out by hand: six Heping cases, one Shenhe case, all today.
let app: TestApp;
let officer: Client;
let supervisor: Client;
let today: string;
let lateDays: number;
const ids: Record<string, string> = {};

const REPORT = `query($input: WorkloadReportInput!) { workloadReport(input: $input) {
  rows { key label received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }
  totals { received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision } } }`;
/** The counts of a report row, and of its totals. */
interface Counts {
  received: number;
  accepted: number;
  decided: number;
  issued: number;
  mailed: number;
  openNow: number;
  overdueNow: number;
}
/** The counts of a row that add up from the rows below it. */
const SUMMED = ['received', 'accepted', 'decided', 'issued', 'mailed', 'openNow', 'overdueNow'] as const;
type Rates = { slaMetRate: number | null; medianWorkingDaysToDecision: number | null };
type Report = {
  workloadReport: {
    rows: (Counts & Rates & { key: string; label: string })[];
    totals: Counts & Rates;
  };
};
const MAIL = {
  delivery: 'MAIL',
  mailingAddress: { recipient: '测试', phone: '13800001111', region: HEPING_1, line: '1号', postalCode: '110001' },
};

beforeAll(async () => {
  app = await startTestApp();
  officer = await app.as('heping.officer');
  supervisor = await app.as('heping.supervisor');
  today = shanghaiDate(new Date());
  const db = app.ds.getRepository(Application);
  const yesterday = new Date(Date.now() - 86400_000);

  // c1: decided in time, issued and mailed.
  const c1 = await acceptedCase(officer, MAIL);
  await step(officer, 'decideApplication', c1.id, { outcome: 'NO_RECORD' });
  await step(officer, 'issueDocument', c1.id);
  await step(officer, 'recordMailing', c1.id, { input: { carrier: 'EMS', trackingNumber: 'EA123456785CN' } });
  // c2: paused for a supplement, then decided in time.
  const c2 = await acceptedCase(officer);
  await step(officer, 'requestSupplement', c2.id, { reason: '补充照片', kinds: ['PHOTO'] });
  await step(officer, 'supplementReceived', c2.id);
  await step(officer, 'decideApplication', c2.id, { outcome: 'NO_RECORD' });
  // c3: transferred to the second Heping station.
  const c3 = await readyCase(officer);
  const officeId = await officeIds(supervisor);
  const station2 = officeId('210102-PCS2');
  await step(officer, 'transferApplication', c3.id, { officeId: station2, reason: '居住地在浑河站西' });
  // c4: decided late: its clock started ten days ago and was due yesterday.
  const c4 = await acceptedCase(officer);
  const started = new Date(Date.now() - 10 * 86400_000);
  await db.update({ id: Number(c4.id) }, { clockStartedAt: started, dueAt: yesterday });
  await step(officer, 'decideApplication', c4.id, { outcome: 'NO_RECORD' });
  lateDays = (await WorkCalendar.load(app.ds.manager)).workdaysBetween(shanghaiDate(started), today);
  // c6: accepted and overdue now.
  const c6 = await acceptedCase(officer);
  await db.update({ id: Number(c6.id) }, { dueAt: yesterday });
  // c5: a Shenhe case.
  const shenhe = await app.as('shenhe.officer');
  await shenhe.data('mutation($i: ApplicationInput!) { submitApplication(input: $i) { id } }', {
    i: application({ subject: { ...application().subject, domicileRegion: SHENHE_1, residenceRegion: SHENHE_1 } }),
  });
  Object.assign(ids, {
    station1: officeId('210102-PCS1'),
    station2,
    bureau: officeId('210102'),
  });
});
afterAll(() => app?.close());

describe('workload report', () => {
  it('counts each office by hand-worked numbers, and rolls the branch bureau up from its stations', async () => {
    const { workloadReport } = await supervisor.data<Report>(REPORT, {
      input: { from: today, to: today, groupBy: 'OFFICE' },
    });
    const byKey = Object.fromEntries(workloadReport.rows.map((r) => [r.key, r]));
    expect(Object.keys(byKey).sort()).toEqual([ids.bureau, ids.station1, ids.station2].sort());
    const median = 0; // the decisions took 0, 0 and lateDays working days: the middle one is 0
    expect(byKey[ids.station1]).toMatchObject({
      received: 5,
      accepted: 4,
      decided: 3,
      issued: 1,
      mailed: 1,
      openNow: 4,
      overdueNow: 1,
      medianWorkingDaysToDecision: median,
    });
    expect(byKey[ids.station1].slaMetRate).toBeCloseTo(2 / 3);
    expect(byKey[ids.station2]).toMatchObject({
      received: 1,
      accepted: 0,
      decided: 0,
      issued: 0,
      mailed: 0,
      openNow: 1,
      overdueNow: 0,
      slaMetRate: null,
      medianWorkingDaysToDecision: null,
    });
    const { key: _k, label: _l, ...bureau } = byKey[ids.bureau];
    expect(bureau).toEqual({ ...workloadReport.totals });
    for (const field of SUMMED) {
      expect(byKey[ids.bureau][field], field).toBe(byKey[ids.station1][field] + byKey[ids.station2][field]);
    }
  });

  it('names the row each office rolls up into and its level, each parent after its own rows and holding their sum', async () => {
    const HIERARCHY = `query($input: WorkloadReportInput!) { workloadReport(input: $input) {
      rows { key label parentKey level received accepted decided issued mailed openNow overdueNow } } }`;
    type Hierarchy = {
      workloadReport: { rows: (Counts & { key: string; label: string; parentKey: string | null; level: number })[] };
    };
    const heping = (
      await supervisor.data<Hierarchy>(HIERARCHY, { input: { from: today, to: today, groupBy: 'OFFICE' } })
    ).workloadReport.rows;
    expect(heping.map((r) => [r.key, r.parentKey, r.level])).toEqual([
      [ids.bureau, null, 0],
      [ids.station1, ids.bureau, 1],
      [ids.station2, ids.bureau, 1],
    ]);
    // The city: the city bureau at the top, the branch bureaus below it, their stations below them.
    const city = (
      await (
        await app.as('city.supervisor')
      ).data<Hierarchy>(HIERARCHY, {
        input: { from: today, to: today, groupBy: 'OFFICE' },
      })
    ).workloadReport.rows;
    const byKey = new Map(city.map((r) => [r.key, r] as const));
    const top = city.filter((r) => r.parentKey == null);
    expect(top).toHaveLength(1);
    expect(top[0]).toMatchObject({ label: '沈阳市公安局', level: 0, received: 7 });
    expect(byKey.get(ids.bureau)).toMatchObject({ parentKey: top[0].key, level: 1 });
    expect(byKey.get(ids.station1)).toMatchObject({ parentKey: ids.bureau, level: 2 });
    city.forEach((r, i) => {
      if (r.parentKey == null) return;
      const parent = present(byKey.get(r.parentKey), `the parent of ${r.label}`);
      expect(r.level, r.label).toBe(parent.level + 1);
      expect(city.indexOf(parent), r.label).toBeLessThan(i);
    });
    for (const parent of city.filter((p) => city.some((r) => r.parentKey === p.key))) {
      const children = city.filter((r) => r.parentKey === parent.key);
      for (const field of SUMMED) {
        expect(parent[field], `${parent.label} ${field}`).toBe(children.reduce((s, r) => s + r[field], 0));
      }
    }
    // A station officer's report is their station alone, at the top; officer and day rows are flat.
    const station = (await officer.data<Hierarchy>(HIERARCHY, { input: { from: today, to: today, groupBy: 'OFFICE' } }))
      .workloadReport.rows;
    expect(station.map((r) => [r.key, r.parentKey, r.level])).toEqual([[ids.station1, null, 0]]);
    const byDay = (await supervisor.data<Hierarchy>(HIERARCHY, { input: { from: today, to: today, groupBy: 'DAY' } }))
      .workloadReport.rows;
    expect(byDay.map((r) => [r.parentKey, r.level])).toEqual([[null, 0]]);
  });

  it('does not show Shenhe to the Heping supervisor, but does to the city supervisor', async () => {
    const city = await app.as('city.supervisor');
    const { workloadReport } = await city.data<Report>(REPORT, {
      input: { from: today, to: today, groupBy: 'OFFICE' },
    });
    const shenhe = workloadReport.rows.find((r) => r.label.includes('滨河'));
    expect(shenhe).toMatchObject({ received: 1 });
    expect(workloadReport.totals.received).toBe(7);
    const heping = await supervisor.data<Report>(REPORT, { input: { from: today, to: today, groupBy: 'OFFICE' } });
    expect(heping.workloadReport.rows.some((r) => r.label.includes('滨河'))).toBe(false);
    expect(heping.workloadReport.totals.received).toBe(6);
  });

  it('groups by officer and by day with the same totals', async () => {
    const byOfficer = (await supervisor.data<Report>(REPORT, { input: { from: today, to: today, groupBy: 'OFFICER' } }))
      .workloadReport;
    const mine = byOfficer.rows.find((r) => r.label.startsWith('和平民警'));
    expect(mine).toMatchObject({ accepted: 4, decided: 3, issued: 1, mailed: 1 });
    // What no officer holds (the case transferred to the second station waits there unassigned) is named, and last.
    const unassigned = byOfficer.rows.find((r) => r.key === 'none');
    expect(unassigned).toMatchObject({ label: '未分配', openNow: 1 });
    expect(byOfficer.rows.at(-1)).toBe(unassigned);
    expect(byOfficer.rows.some((r) => r.label === '—' || r.label === '')).toBe(false);
    // Each officer under the office they work in, the offices in order.
    const { workloadReport: listed } = await supervisor.data<{
      workloadReport: { rows: { key: string; label: string; office: string | null }[] };
    }>('query($input: WorkloadReportInput!) { workloadReport(input: $input) { rows { key label office } } }', {
      input: { from: today, to: today, groupBy: 'OFFICER' },
    });
    expect(listed.rows.find((r) => r.key === mine?.key)?.office).toContain('和平');
    const offices = listed.rows.filter((r) => r.key !== 'none').map((r) => r.office ?? '');
    expect(offices.every((o) => o !== '')).toBe(true);
    expect(offices).toEqual([...offices].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(listed.rows.at(-1)).toMatchObject({ key: 'none', office: null });
    const byDay = (await supervisor.data<Report>(REPORT, { input: { from: today, to: today, groupBy: 'DAY' } }))
      .workloadReport;
    expect(byDay.rows).toHaveLength(1);
    expect(byDay.rows[0]).toMatchObject({ key: today, received: 6, accepted: 4, decided: 3, openNow: 0 });
    expect(byDay.totals).toMatchObject({ received: 6, openNow: 5, overdueNow: 1 });
    expect(byOfficer.totals).toMatchObject({ received: 6, accepted: 4, decided: 3 });
  });

  it('keeps the working days each decision took, and reports them as they were', async () => {
    const rows = await app.ds.getRepository(Application).find({ where: { officeId: Number(ids.station1) } });
    const days = rows
      .filter((a) => a.decidedAt)
      .map((a) => a.decisionWorkingDays)
      .sort((a, b) => Number(a) - Number(b));
    expect(days).toEqual([0, 0, lateDays]);
  });

  it('refuses a reversed or overlong range, naming the field', async () => {
    const reversed = await supervisor.gql(REPORT, { input: { from: '2026-11-02', to: '2026-11-01', groupBy: 'DAY' } });
    expect(reversed.data).toBeNull();
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
    expect(reversed.errors?.[0].message).toMatch(/^input\.to: must not be before from/);
    for (const groupBy of ['OFFICE', 'OFFICER']) {
      const refused = await supervisor.gql(REPORT, { input: { from: today, to: '2020-01-01', groupBy } });
      expect(refused.errors?.[0].extensions, groupBy).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
    }
    const long = await supervisor.gql(REPORT, { input: { from: '2024-01-01', to: '2026-01-01', groupBy: 'DAY' } });
    expect(long.errors?.[0].extensions?.field).toBe('input.to');
  });

  it('reports how long cases stayed in each status', async () => {
    const { timeInStatus } = await supervisor.data<{
      timeInStatus: {
        officeId: string;
        status: string;
        count: number;
        averageWorkingDays: number;
        p90WorkingDays: number;
      }[];
    }>(
      `query($i: TimeInStatusInput!) { timeInStatus(input: $i) { officeId status count averageWorkingDays p90WorkingDays } }`,
      { i: { from: today, to: today } },
    );
    const submitted = timeInStatus.find((r) => r.officeId === ids.station1 && r.status === 'SUBMITTED');
    expect(submitted).toMatchObject({ count: 5, averageWorkingDays: 0, p90WorkingDays: 0 });
    expect(timeInStatus.find((r) => r.officeId === ids.station1 && r.status === 'AWAITING_SUPPLEMENT')).toMatchObject({
      count: 1,
    });
    expect(timeInStatus.every((r) => r.p90WorkingDays >= 0 && r.count > 0)).toBe(true);
    // Closing statuses end cases; they are not stays.
    expect(timeInStatus.filter((r) => ['DELIVERED', 'NOT_ACCEPTED', 'WITHDRAWN'].includes(r.status))).toEqual([]);
  });
});

describe('kept stay lengths', () => {
  it("end each stay at the case's next change, with its working days", async () => {
    const calendar = await WorkCalendar.load(app.ds.manager);
    const changes = await app.ds
      .getRepository(StatusChange)
      .find({ order: { applicationId: 'ASC', at: 'ASC', id: 'ASC' } });
    expect(changes.filter((c) => c.endedAt).length).toBeGreaterThan(5);
    changes.forEach((c, i) => {
      const next = changes[i + 1]?.applicationId === c.applicationId ? changes[i + 1] : null;
      expect({ id: c.id, endedAt: c.endedAt, workingDays: c.workingDays }).toEqual({
        id: c.id,
        endedAt: next?.at ?? null,
        workingDays: next ? calendar.workdaysBetween(shanghaiDate(c.at), shanghaiDate(next.at)) : null,
      });
    });
  });
});

describe('kept counters', () => {
  it('equal a recount from the cases and their history after every kind of change', async () => {
    const cells: CaseCountRow[] = await app.ds.query(
      'SELECT officeId, status, assigneeId, count FROM case_count WHERE count <> 0 ORDER BY officeId, status, assigneeId',
    );
    const recount: CaseCountRow[] = await app.ds.query(
      'SELECT officeId, status, COALESCE(assigneeId, 0) AS assigneeId, COUNT(*) AS count FROM application GROUP BY officeId, status, COALESCE(assigneeId, 0) ORDER BY officeId, status, assigneeId',
    );
    expect(cells.map((r) => ({ ...r, count: Number(r.count) }))).toEqual(
      recount.map((r) => ({ ...r, assigneeId: Number(r.assigneeId), count: Number(r.count) })),
    );
    const [kept] = await app.ds.query(
      'SELECT SUM(received) AS received, SUM(accepted) AS accepted, SUM(issued) AS issued, SUM(mailed) AS mailed FROM workload_day',
    );
    const [history] =
      await app.ds.query(`SELECT SUM(CASE WHEN action IN ('SUBMIT', 'TRANSFER') THEN 1 ELSE 0 END) AS received, SUM(CASE WHEN action = 'ACCEPT' THEN 1 ELSE 0 END) AS accepted,
      SUM(CASE WHEN action = 'ISSUE' THEN 1 ELSE 0 END) AS issued, SUM(CASE WHEN action = 'RECORD_MAILING' THEN 1 ELSE 0 END) AS mailed FROM application_status_change`);
    expect(Object.fromEntries(Object.entries(kept).map(([k, v]) => [k, Number(v)]))).toEqual(
      Object.fromEntries(Object.entries(history).map(([k, v]) => [k, Number(v)])),
    );
  });
});

describe('report arithmetic', () => {
  it('takes medians of histograms and nearest-rank percentiles', () => {
    expect(
      histogramMedian(
        new Map([
          [0, 2],
          [5, 1],
        ]),
      ),
    ).toBe(0);
    expect(
      histogramMedian(
        new Map([
          [1, 1],
          [3, 1],
        ]),
      ),
    ).toBe(2);
    expect(
      histogramMedian(
        new Map([
          [2, 3],
          [4, 1],
          [9, 2],
        ]),
      ),
    ).toBe(3);
    expect(histogramMedian(new Map())).toBeNull();
    expect(histogramPercentile(new Map(Array.from({ length: 10 }, (_, i) => [i + 1, 1])), 90)).toBe(9);
    expect(
      histogramPercentile(
        new Map([
          [0, 8],
          [3, 1],
          [7, 1],
        ]),
        90,
      ),
    ).toBe(3);
    expect(histogramPercentile(new Map([[4, 1]]), 90)).toBe(4);
    expect(histogramPercentile(new Map(), 90)).toBeNull();
  });
});
