import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IsNull } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Application } from '../server/applications/application.entity';
import { StatusChange } from '../server/applications/status-change.entity';
import { verifyAuditChain } from '../server/audit/audit.verify';
import { DocumentNumberSequence } from '../server/documents/document-number.entity';
import { seedDemoData } from '../server/seed/demo-seed';
import { type CaseCountRow, startTestApp, type TestApp } from './support/harness';
import { present } from './support/narrow';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ applications: 120 });
});
afterAll(() => app?.close());

describe('demo data', () => {
  it('tops up idempotently, and a bulk load keeps numbers gap-free, counters exact, indexes and the audit chain whole', async () => {
    expect((await seedDemoData(app.ds, app.config, { applications: 120 })).added).toBe(0);
    // Three batches of the bulk load, two of them written at once.
    expect((await seedDemoData(app.ds, app.config, { applications: 4600, bulk: true })).added).toBe(4480);
    expect(await app.ds.getRepository(Application).count()).toBe(4600);
    // A two-year history in which few cases are still open.
    const [{ open, oldest }] = await app.ds.query(
      `SELECT SUM(CASE WHEN status IN ('DELIVERED', 'NOT_ACCEPTED', 'WITHDRAWN') THEN 0 ELSE 1 END) AS open, MIN(submittedAt) AS oldest FROM application`,
    );
    expect(Number(open)).toBeLessThan(4600 * 0.1);
    expect(Date.now() - new Date(oldest).getTime()).toBeGreaterThan(600 * 86400_000);
    const cells: CaseCountRow[] = await app.ds.query(
      'SELECT officeId, status, assigneeId, count FROM case_count WHERE count <> 0 ORDER BY officeId, status, assigneeId',
    );
    const recount: CaseCountRow[] = await app.ds.query(
      'SELECT officeId, status, COALESCE(assigneeId, 0) AS assigneeId, COUNT(*) AS count FROM application GROUP BY officeId, status, COALESCE(assigneeId, 0) ORDER BY officeId, status, assigneeId',
    );
    expect(cells.map((r) => ({ ...r, count: Number(r.count) }))).toEqual(
      recount.map((r) => ({ ...r, assigneeId: Number(r.assigneeId), count: Number(r.count) })),
    );
    // The secondary indexes dropped for the load are back: no difference from the entities.
    expect((await app.ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    const issued = (await app.ds.getRepository(Application).find()).filter((a) => a.issued.number);
    expect(new Set(issued.map((a) => a.issued.number)).size).toBe(issued.length);
    for (const seq of await app.ds.getRepository(DocumentNumberSequence).find()) {
      const numbers = issued
        .filter((a) => a.officeId === seq.officeId && a.issued.number.includes(`-${seq.year}-`))
        .map((a) => Number(a.issued.number.slice(-6)))
        .sort((x, y) => x - y);
      expect(numbers).toEqual(Array.from({ length: seq.lastNumber }, (_, i) => i + 1));
    }
    expect(await app.ds.getRepository(StatusChange).count()).toBeGreaterThan(4600 * 3);
    // One stay still going on per case: its last change.
    expect(await app.ds.getRepository(StatusChange).countBy({ endedAt: IsNull() })).toBe(4600);
    expect(await verifyAuditChain(app.ds, app.config.auditKey)).toMatchObject({ ok: true });
  });

  it('renders the PDF of a bulk-loaded document when first asked for, and keeps it', async () => {
    const city = await app.as('city.supervisor');
    const [row] = await app.ds.query(
      'SELECT id FROM application WHERE issuedNumber IS NOT NULL AND issuedPdfSha256 IS NULL ORDER BY id LIMIT 1',
    );
    const { issuedDocument } = present(
      (
        await city.data<{
          application: { issuedDocument: { number: string; verificationCode: string; pdfUrl: string } | null } | null;
        }>('query($id: ID!) { application(id: $id) { issuedDocument { number verificationCode pdfUrl } } }', {
          id: String(row.id),
        })
      ).application,
      `case ${row.id}`,
    );
    const issued = present(issuedDocument, 'the issued document');
    const pdf = await fetch(`${app.server.url}${issued.pdfUrl}`, { headers: { cookie: city.sessionCookie() } });
    expect(pdf.status).toBe(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rcc-pdf-')), 'doc.pdf');
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(issued.number);
    expect(text).toContain(issued.verificationCode);
    const stored = (await app.ds.getRepository(Application).findOneByOrFail({ id: row.id })).issued.pdfSha256;
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    const again = await fetch(`${app.server.url}${issued.pdfUrl}`, { headers: { cookie: city.sessionCookie() } });
    expect(Buffer.from(await again.arrayBuffer()).equals(fs.readFileSync(file))).toBe(true);
    const [{ n }] = await app.ds.query(
      `SELECT COUNT(*) AS n FROM audit_event WHERE action = 'ISSUED_DOCUMENT_RENDERED' AND entityId = ?`,
      [String(row.id)],
    );
    expect(Number(n)).toBe(1);
    expect(await verifyAuditChain(app.ds, app.config.auditKey)).toMatchObject({ ok: true });
  });
});
