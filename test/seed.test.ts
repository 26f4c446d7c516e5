import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Application } from '../server/applications/application.entity';
import { StatusChange } from '../server/applications/status-change.entity';
import { verifyAuditChain } from '../server/audit/audit.verify';
import { DocumentNumberSequence } from '../server/documents/document-number.entity';
import { seedDemoData } from '../server/seed/demo-seed';
import { startTestApp, type TestApp } from './support/harness';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ applications: 120 });
});
afterAll(() => app?.close());

describe('demo data', () => {
  it('tops up idempotently, and a bulk load keeps numbers gap-free and the audit chain whole', async () => {
    expect((await seedDemoData(app.ds, app.config, { applications: 120 })).added).toBe(0);
    expect((await seedDemoData(app.ds, app.config, { applications: 600, bulk: true })).added).toBe(480);
    expect(await app.ds.getRepository(Application).count()).toBe(600);
    const issued = (await app.ds.getRepository(Application).find()).filter((a) => a.issued.number);
    expect(new Set(issued.map((a) => a.issued.number)).size).toBe(issued.length);
    for (const seq of await app.ds.getRepository(DocumentNumberSequence).find()) {
      const numbers = issued.filter((a) => a.officeId === seq.officeId && a.issued.number.includes(`-${seq.year}-`))
        .map((a) => Number(a.issued.number.slice(-6))).sort((x, y) => x - y);
      expect(numbers).toEqual(Array.from({ length: seq.lastNumber }, (_, i) => i + 1));
    }
    expect(await app.ds.getRepository(StatusChange).count()).toBeGreaterThan(600);
    expect(await verifyAuditChain(app.ds, app.config.auditKey)).toMatchObject({ ok: true });
  });
});
