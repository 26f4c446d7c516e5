import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../server/core/time';
import { type Client, startTestApp, type TestApp } from './support/harness';

let app: TestApp;
let officer: Client;

beforeAll(async () => {
  app = await startTestApp({ applications: 250 });
  officer = await app.as('heping.supervisor');
});
afterAll(() => app?.close());

const download = (client: Client, path: string) => fetch(`${app.server.url}${path}`, { headers: { cookie: client.cookie! } });

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

describe('exports', () => {
  const filter = { status: ['SUBMITTED', 'ACCEPTED'], subjectCategory: 'CITIZEN' };

  it('exports exactly the filtered queue as CSV, identity numbers masked, and audits who exported what', async () => {
    const expected = (
      await officer.data(
        'query($f: ApplicationFilter) { applications(filter: $f, perPage: 200) { total items { referenceNo subject { idNumberMasked } } } }',
        { f: filter },
      )
    ).applications;
    expect(expected.total).toBeGreaterThan(0);
    const res = await download(officer, `/api/exports/applications.csv?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('x-total-count')).toBe(String(expected.total));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const text = bytes.subarray(3).toString('utf8');
    const [header, ...rows] = parseCsv(text);
    expect(header[0]).toBe('referenceNo');
    expect(rows.map((r) => r[0]).sort()).toEqual(expected.items.map((a: any) => a.referenceNo).sort());
    expect(rows.map((r) => r[4]).sort()).toEqual(expected.items.map((a: any) => a.subject.idNumberMasked).sort());
    expect(text).not.toMatch(/\d{17}[\dX]/);
    const admin = await app.as('admin');
    const trail = await admin.data('{ auditTrail(entityType: "Export", entityId: "applications") { items { action actor { username } detail } } }');
    expect(trail.auditTrail.items[0]).toMatchObject({
      action: 'EXPORTED',
      actor: { username: 'heping.supervisor' },
      detail: { format: 'csv', filter, rows: expected.total },
    });
  });

  it('exports the same rows as XLSX', async () => {
    const total = (await officer.data('query($f: ApplicationFilter) { applications(filter: $f) { total } }', { f: filter })).applications.total;
    const res = await download(officer, `/api/exports/applications.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(workbook.worksheets[0].rowCount).toBe(total + 1);
  });

  it('exports the workload report with its totals, and refuses anonymous and malformed requests', async () => {
    const today = shanghaiDate(new Date());
    const from = shanghaiDate(new Date(Date.now() - 30 * 86400_000));
    const report = (
      await officer.data('query($i: WorkloadReportInput!) { workloadReport(input: $i) { rows { key } totals { received decided } } }', {
        i: { from, to: today, groupBy: 'OFFICE' },
      })
    ).workloadReport;
    const res = await download(officer, `/api/exports/workload.csv?from=${from}&to=${today}&groupBy=OFFICE`);
    const rows = parseCsv(await res.text()); // fetch drops the BOM
    expect(rows).toHaveLength(report.rows.length + 2);
    expect(rows.at(-1)!.slice(2, 5)).toEqual([String(report.totals.received), expect.any(String), String(report.totals.decided)]);
    expect((await fetch(`${app.server.url}/api/exports/applications.csv`)).status).toBe(401);
    const bad = await download(officer, '/api/exports/applications.csv?filter=%7Bnot');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'filter' });
    expect((await download(officer, '/api/exports/applications.pdf')).status).toBe(400);
  });

  it('validates filter, sort and the workload parameters as their GraphQL inputs are: 400 naming the field, never a 500', async () => {
    const refusal = async (query: string) => {
      const res = await download(officer, `/api/exports/${query}`);
      const body = await res.json();
      expect(Object.keys(body).sort(), query).toEqual(['code', 'error', 'field']);
      expect(body.error, query).not.toMatch(/\n\s+at /);
      return { status: res.status, field: body.field, error: body.error };
    };
    const param = (name: string, value: unknown) => `${name}=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`;
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
    ]) {
      expect(await refusal(`workload.csv?${query}`)).toMatchObject({ status: 400, field });
    }
  });

  it('reads a single value where a list goes as one entry, as GraphQL does', async () => {
    for (const filter of [{ ids: '1' }, { status: 'SUBMITTED' }]) {
      const expected = (await officer.data('query($f: ApplicationFilter) { applications(filter: $f) { total } }', { f: filter })).applications.total;
      const res = await download(officer, `/api/exports/applications.csv?filter=${encodeURIComponent(JSON.stringify(filter))}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-total-count')).toBe(String(expected));
      await res.arrayBuffer();
    }
  });
});
