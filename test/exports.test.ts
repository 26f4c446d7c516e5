import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en as consoleEn } from '../admin/src/i18n/en';
import { zhCN as consoleZhCN } from '../admin/src/i18n/zh-CN';
import { ApplicationStatus } from '../server/core/enums';
import { shanghaiDate } from '../server/core/time';
import { EXPORT_LABELS } from '../server/exports/export-labels';
import { type Client, type Page, startTestApp, type TestApp } from './support/harness';
import { application, foreigner, HEPING_1, hmtResident, SUBMIT } from './support/inputs';
import { present } from './support/narrow';

let app: TestApp;
let officer: Client;

beforeAll(async () => {
  app = await startTestApp({ applications: 250 });
  officer = await app.as('heping.supervisor');
});
afterAll(() => app?.close());

const download = (client: Client, path: string) =>
  fetch(`${app.server.url}${path}`, { headers: { cookie: client.sessionCookie() } });

/** RFC 4180 rows of a CSV text (quoted cells may hold commas). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let cell = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

/** An instant as the console shows it, worked out apart from the server: Asia/Shanghai, YYYY-MM-DD HH:mm. */
const shanghai = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(iso))
    .replace(',', '');

const QUEUE_HEADER_ZH = [
  '受理编号',
  '当事人',
  '证件号码',
  '申请单位',
  '人员类别',
  '用途',
  '受理单位',
  '承办人',
  '状态',
  '提交时间',
  '办理时限',
  '时限状态',
];
const QUEUE_HEADER_EN = [
  'Reference',
  'Subject',
  'ID number',
  'Unit',
  'Category',
  'Purpose',
  'Office',
  'Assignee',
  'Status',
  'Submitted',
  'Due',
  'Time limit',
];
const WORKLOAD_HEADER_ZH = [
  '单位',
  '上级单位',
  '收件',
  '受理',
  '办结',
  '出具',
  '寄出',
  '在办',
  '超期',
  '按时办结率',
  '办结用时中位数（工作日）',
];
const WORKLOAD_HEADER_EN = [
  'Office',
  'Rolls up into',
  'Received',
  'Accepted',
  'Decided',
  'Issued',
  'Mailed',
  'Open',
  'Overdue',
  'Met the limit',
  'Median working days to decision',
];
const QUEUE =
  'query($f: ApplicationFilter) { applications(filter: $f, perPage: 200) { total items { referenceNo status purpose submittedAt dueAt subject { idNumberMasked } } } }';
type Queue = {
  applications: Page<{
    referenceNo: string;
    status: string;
    purpose: string;
    submittedAt: string;
    dueAt: string | null;
    subject: { idNumberMasked: string };
  }>;
};
/** A status as an export labels it, by language. */
const STATUS_LABELS: Record<string, Record<string, string>> = {
  zh: { SUBMITTED: '待受理', ACCEPTED: '已受理' },
  en: { SUBMITTED: 'Submitted', ACCEPTED: 'Accepted' },
};

type XlsxCell = string | number | Date | null;

/** The first sheet of an XLSX answer, and its rows' values as a reader's spreadsheet holds them. */
async function readSheet(res: Response): Promise<{ sheet: ExcelJS.Worksheet; rows: XlsxCell[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const sheet = workbook.worksheets[0];
  const rows: XlsxCell[][] = [];
  sheet.eachRow((row) => {
    rows.push(
      Array.from(row.values as XlsxCell[])
        .slice(1)
        .map((v) => v ?? null),
    );
  });
  return { sheet, rows };
}

const readXlsx = async (res: Response) => (await readSheet(res)).rows;

/** The file name an answer gives its download. */
const fileNameOf = (res: Response) =>
  decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '');

/** A date cell's minute as the spreadsheet shows it (its clock has no time zone: the export writes Shanghai's). */
const cellMinute = (cell: XlsxCell) =>
  cell instanceof Date ? cell.toISOString().slice(0, 16).replace('T', ' ') : cell;

/** The statuses as the exports write them in Chinese. */
const STATUS_ZH: Record<string, string> = EXPORT_LABELS['zh-CN'].enums.ApplicationStatus;

/** Percentages as the console shows them: 80.9%. */
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

describe('exports', () => {
  const filter = { status: ['SUBMITTED', 'ACCEPTED'], subjectCategory: 'CITIZEN' };

  it('exports exactly the filtered queue as CSV, identity numbers masked, and audits who exported what', async () => {
    const expected = (await officer.data<Queue>(QUEUE, { f: filter })).applications;
    expect(expected.total).toBeGreaterThan(0);
    expect(expected.total).toBeLessThanOrEqual(200);
    const res = await download(
      officer,
      `/api/exports/applications.csv?filter=${encodeURIComponent(JSON.stringify(filter))}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('x-total-count')).toBe(String(expected.total));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const text = bytes.subarray(3).toString('utf8');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(QUEUE_HEADER_ZH);
    expect(rows.map((r) => r[0]).sort()).toEqual(expected.items.map((a) => a.referenceNo).sort());
    expect(rows.map((r) => r[2]).sort()).toEqual(expected.items.map((a) => a.subject.idNumberMasked).sort());
    expect(text).not.toMatch(/\d{17}[\dX]/);
    // Labels, not codes; Shanghai times, not UTC.
    const byRef = new Map(rows.map((r) => [r[0], r]));
    for (const a of expected.items) {
      const row = present(byRef.get(a.referenceNo), `the row of ${a.referenceNo}`);
      expect(row[8]).toBe(STATUS_LABELS.zh[a.status]);
      expect(row[9]).toBe(shanghai(a.submittedAt));
      expect(row[10]).toBe(a.dueAt ? shanghai(a.dueAt) : '');
    }
    expect(rows.map((r) => r[4])).toEqual(rows.map(() => '中国公民'));
    expect(text).not.toMatch(/SUBMITTED|ACCEPTED|CITIZEN|GO_ABROAD|\d{4}-\d\d-\d\dT/);
    const admin = await app.as('admin');
    const trail = await admin.data<{ auditTrail: { items: unknown[] } }>(
      '{ auditTrail(entityType: "Export", entityId: "applications") { items { action actor { username } detail } } }',
    );
    expect(trail.auditTrail.items[0]).toMatchObject({
      action: 'EXPORTED',
      actor: { username: 'heping.supervisor' },
      detail: { format: 'csv', filter, rows: expected.total },
    });
  });

  it('exports the same rows as XLSX, in English with lang=en', async () => {
    const expected = (await officer.data<Queue>(QUEUE, { f: filter })).applications;
    const res = await download(
      officer,
      `/api/exports/applications.xlsx?lang=en&filter=${encodeURIComponent(JSON.stringify(filter))}`,
    );
    expect(res.status).toBe(200);
    expect(fileNameOf(res)).toBe(`applications-${shanghaiDate(new Date())}.xlsx`);
    const { sheet, rows: all } = await readSheet(res);
    const [header, ...rows] = all;
    expect(rows).toHaveLength(expected.total);
    expect(header).toEqual(QUEUE_HEADER_EN);
    // A sheet to work with: named for the day, the header frozen and filtering every column, columns wide enough.
    expect(sheet.name).toBe(`Applications ${shanghaiDate(new Date())}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:L1');
    expect(sheet.getColumn(1).width).toBe(20);
    expect(sheet.getColumn(10).numFmt).toBe('yyyy-mm-dd hh:mm');
    const a = expected.items[0];
    const row = present(
      rows.find((r) => r[0] === a.referenceNo),
      `the row of ${a.referenceNo}`,
    );
    expect(row[2]).toBe(a.subject.idNumberMasked);
    expect(row[4]).toBe('Chinese citizen');
    expect(row[8]).toBe(STATUS_LABELS.en[a.status]);
    // Real date cells, Shanghai's time.
    expect(row[9]).toBeInstanceOf(Date);
    expect(cellMinute(row[9])).toBe(shanghai(a.submittedAt));
    const going = rows.find((r) => r[5] === 'Going abroad');
    if (expected.items.some((i) => i.purpose === 'GO_ABROAD')) expect(going).toBeDefined();
    expect(await download(officer, '/api/exports/applications.csv?lang=fr').then((r) => r.json())).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lang',
    });
  });

  it('shows no more than the last 4 characters of a passport or permit number, in the queue and in both exports', async () => {
    // The city's supervisor sees every office: foreigners are the exit-entry bureau's.
    const city = await app.as('city.supervisor');
    const passport = 'E10081981';
    const permit = 'H12345678';
    for (const subject of [
      foreigner(200, { idNumber: passport, residenceRegion: HEPING_1 }),
      hmtResident({ idNumber: permit, residenceRegion: HEPING_1 }),
    ]) {
      await city.data(SUBMIT, { input: application({ subject }) });
    }
    // A resident ID number shows its region and check character; any other at most its last 4 characters.
    const withinRule = (masked: string) => /^\d{4}\*{13}[\dX]$/.test(masked) || /^\*+[^*]{0,4}$/.test(masked);
    for (const subjectCategory of ['FOREIGNER', 'HMT_RESIDENT']) {
      const { items } = (await city.data<Queue>(QUEUE, { f: { subjectCategory } })).applications;
      const masked: string[] = items.map((a) => a.subject.idNumberMasked);
      expect(masked.length).toBeGreaterThan(1);
      for (const m of masked) expect(withinRule(m), m).toBe(true);
      expect(masked).toContain(subjectCategory === 'FOREIGNER' ? '*****1981' : '*****5678');
    }

    const csv = await (await download(city, '/api/exports/applications.csv')).text();
    const rows = parseCsv(csv).slice(1);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(withinRule(row[2]), row[2]).toBe(true);
    expect(rows.map((r) => r[2])).toEqual(expect.arrayContaining(['*****1981', '*****5678']));
    expect(csv).not.toMatch(/E1008|H1234/);
    const xlsx = (await readXlsx(await download(city, '/api/exports/applications.xlsx'))).slice(1);
    expect(xlsx).toHaveLength(rows.length);
    for (const row of xlsx) expect(withinRule(String(row[2])), String(row[2])).toBe(true);
    expect(xlsx.map((r) => r[2])).toEqual(expect.arrayContaining(['*****1981', '*****5678']));
  });

  it('exports the workload report as the screen shows it, with a 合计 row, and refuses anonymous and malformed requests', async () => {
    const today = shanghaiDate(new Date());
    const from = shanghaiDate(new Date(Date.now() - 365 * 86400_000));
    const report = (
      await officer.data<{
        workloadReport: {
          rows: { key: string; label: string; parentKey: string | null; received: number; slaMetRate: number | null }[];
          totals: { received: number; decided: number; slaMetRate: number | null };
        };
      }>(
        'query($i: WorkloadReportInput!) { workloadReport(input: $i) { rows { key label parentKey received slaMetRate } totals { received decided slaMetRate } } }',
        { i: { from, to: today, groupBy: 'OFFICE' } },
      )
    ).workloadReport;
    expect(report.totals.slaMetRate).not.toBeNull();
    const totalRate = present(report.totals.slaMetRate, 'the rate of the totals');
    const res = await download(officer, `/api/exports/workload.csv?from=${from}&to=${today}&groupBy=OFFICE`);
    const rows = parseCsv(await res.text()); // fetch drops the BOM
    expect(rows).toHaveLength(report.rows.length + 2);
    expect(rows[0]).toEqual(WORKLOAD_HEADER_ZH);
    const totalRow = present(rows.at(-1), 'the total row');
    expect(totalRow.slice(0, 5)).toEqual([
      '合计',
      '',
      String(report.totals.received),
      expect.any(String),
      String(report.totals.decided),
    ]);
    expect(totalRow[9]).toBe(percent(totalRate));
    expect(rows.flat()).not.toContain('total');
    // Each station names the bureau it rolls up into.
    const name = new Map(report.rows.map((r) => [r.key, r.label] as const));
    for (const [i, r] of report.rows.entries()) {
      expect(rows[i + 1].slice(0, 3)).toEqual([r.label, r.parentKey ? name.get(r.parentKey) : '', String(r.received)]);
      expect(rows[i + 1][9]).toBe(r.slaMetRate == null ? '' : percent(r.slaMetRate));
    }
    expect(rows.some((r) => r[1] === '沈阳市公安局和平分局')).toBe(true);
    // The same in English, as XLSX.
    const english = await download(
      officer,
      `/api/exports/workload.xlsx?from=${from}&to=${today}&groupBy=OFFICE&lang=en`,
    );
    expect(fileNameOf(english)).toBe(`workload-${from}-to-${today}.xlsx`);
    const { sheet, rows: xlsx } = await readSheet(english);
    expect(sheet.name).toBe(`Workload ${from}–${today}`);
    expect(xlsx[0]).toEqual(WORKLOAD_HEADER_EN);
    const totalCells = present(xlsx.at(-1), 'the total row');
    expect(totalCells.slice(0, 3)).toEqual(['Total', null, report.totals.received]);
    // The share a number, shown as a percentage.
    expect(totalCells[9]).toBeCloseTo(totalRate, 10);
    expect(sheet.getColumn(10).numFmt).toBe('0.0%');
    // In Chinese, the sheet and the file are named in Chinese, with the period.
    const chinese = await download(officer, `/api/exports/workload.xlsx?from=${from}&to=${today}&groupBy=OFFICE`);
    expect(fileNameOf(chinese)).toBe(`工作量统计_${from}至${today}.xlsx`);
    expect((await readSheet(chinese)).sheet.name).toBe(`工作量统计 ${from}至${today}`);
    expect((await fetch(`${app.server.url}/api/exports/applications.csv`)).status).toBe(401);
    const bad = await download(officer, '/api/exports/applications.csv?filter=%7Bnot');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'filter' });
    expect((await download(officer, '/api/exports/applications.pdf')).status).toBe(400);
  });

  it('exports time in status as the screen shows it: an office’s statuses together, in workflow order, as numbers', async () => {
    const today = shanghaiDate(new Date());
    const from = shanghaiDate(new Date(Date.now() - 365 * 86400_000));
    const { timeInStatus } = await officer.data<{
      timeInStatus: {
        office: string;
        status: string;
        count: number;
        averageWorkingDays: number;
        p90WorkingDays: number;
      }[];
    }>(
      'query($i: TimeInStatusInput!) { timeInStatus(input: $i) { office status count averageWorkingDays p90WorkingDays } }',
      { i: { from, to: today } },
    );
    expect(timeInStatus.length).toBeGreaterThan(1);
    const res = await download(officer, `/api/exports/time-in-status.xlsx?from=${from}&to=${today}`);
    expect(res.status).toBe(200);
    expect(fileNameOf(res)).toBe(`各状态停留时间_${from}至${today}.xlsx`);
    const [header, ...rows] = await readXlsx(res);
    expect(header).toEqual(['单位', '状态', '件数', '平均（工作日）', '90% 分位（工作日）']);
    expect(rows).toEqual(
      timeInStatus.map((s) => [
        s.office,
        STATUS_ZH[s.status],
        s.count,
        Math.round(s.averageWorkingDays * 10) / 10,
        s.p90WorkingDays,
      ]),
    );
    // The API's order: by office, and within one in the order a case passes the statuses.
    const order: string[] = Object.values(ApplicationStatus);
    for (const [i, s] of timeInStatus.entries()) {
      const before = timeInStatus[i - 1];
      if (before?.office === s.office) expect(order.indexOf(before.status)).toBeLessThan(order.indexOf(s.status));
    }
    const bad = await download(officer, `/api/exports/time-in-status.csv?from=${today}&to=${from}`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'to' });
  });

  it('validates filter, sort and the workload parameters as their GraphQL inputs are: 400 naming the field, never a 500', async () => {
    const refusal = async (query: string) => {
      const res = await download(officer, `/api/exports/${query}`);
      const body = (await res.json()) as { code: string; error: string; field: string };
      expect(Object.keys(body).sort(), query).toEqual(['code', 'error', 'field']);
      expect(body.error, query).not.toMatch(/\n\s+at /);
      return { status: res.status, field: body.field, error: body.error };
    };
    const param = (name: string, value: unknown) =>
      `${name}=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`;
    const cases: [string, string][] = [
      [param('filter', { q: 5 }), 'filter.q'],
      [param('filter', { q: 'x'.repeat(201) }), 'filter.q'],
      [param('filter', { ids: ['abc'] }), 'filter.ids[0]'],
      [param('filter', { ids: Array.from({ length: 1001 }, (_, i) => String(i + 1)) }), 'filter.ids'],
      [param('filter', { assigneeId: '0' }), 'filter.assigneeId'],
      [param('filter', { slaState: ['X'] }), 'filter.slaState[0]'],
      [param('filter', { submittedFrom: 'yesterday' }), 'filter.submittedFrom'],
      [param('filter', { unknown: true }), 'filter'],
      [param('filter', [{ q: 'x' }]), 'filter'],
      [param('filter', '{"q":'), 'filter'],
      [param('sort', { field: 'STATUS', order: 'ASC; DROP' }), 'sort.order'],
      [param('sort', { field: 'STATUS' }), 'sort'],
      [param('sort', 'not json'), 'sort'],
    ];
    for (const [query, field] of cases) {
      expect(await refusal(`applications.csv?${query}`)).toMatchObject({ status: 400, field });
    }
    for (const [query, field] of [
      ['from=2026-01-01&to=2026-01-31&officeIds=abc', 'officeIds[0]'],
      ['from=2026-01-01&to=2026-01-31&groupBy=WEEK', 'groupBy'],
      ['to=2026-01-31', 'from'],
      ['from=2026-02-01&to=2026-01-31', 'to'],
      ['from=2026-01-01&to=2026-01-31&lang=de', 'lang'],
    ]) {
      expect(await refusal(`workload.csv?${query}`)).toMatchObject({ status: 400, field });
    }
  });

  it('reads a single value where a list goes as one entry, as GraphQL does', async () => {
    for (const filter of [{ ids: '1' }, { status: 'SUBMITTED' }]) {
      const expected = (
        await officer.data<{ applications: { total: number } }>(
          'query($f: ApplicationFilter) { applications(filter: $f) { total } }',
          { f: filter },
        )
      ).applications.total;
      const res = await download(
        officer,
        `/api/exports/applications.csv?filter=${encodeURIComponent(JSON.stringify(filter))}`,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('x-total-count')).toBe(String(expected));
      await res.arrayBuffer();
    }
  });

  it("labels values with the console's own words, in both languages", () => {
    for (const [lang, catalogue] of [
      ['zh-CN', consoleZhCN],
      ['en', consoleEn],
    ] as const) {
      const labels = EXPORT_LABELS[lang];
      for (const [enumName, values] of Object.entries(labels.enums)) {
        expect(values, `${lang} ${enumName}`).toEqual((catalogue.enums as Record<string, unknown>)[enumName]);
      }
      const fields = catalogue.resources.applications.fields;
      expect([
        labels.applications.referenceNo,
        labels.applications.status,
        labels.applications.purpose,
        labels.applications.office,
      ]).toEqual([fields.referenceNo, fields.status, fields.purpose, fields.office]);
      const reports = catalogue.app.reports as Record<string, string>;
      expect([
        labels.workload.received,
        labels.workload.slaMet,
        labels.workload.total,
        labels.workload.unassigned,
      ]).toEqual([reports.received, reports.sla_met, reports.total, reports.unassigned]);
    }
  });
});
