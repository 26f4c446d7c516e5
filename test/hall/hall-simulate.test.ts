import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Application } from '../../server/applications/application.entity';
import { HallClient } from '../../server/clients/client.entity';
import { ApplicationStatus } from '../../server/core/enums';
import { HallEvent, HallEventStatus } from '../../server/hall-events/hall-event.entity';
import { type Client, startTestApp, type TestApp } from '../support/harness';
import { getCase, run } from '../support/workflow';

// npm run hall:simulate against a running server for 10 s while a supervisor of the city works
// the online cases that arrive: each is received, some are asked for a supplement (which the
// simulated hall uploads and answers), decided, paid by the simulated payment platform and issued;
// the hall hears of every step once, signed.

let app: TestApp;
let supervisor: Client;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rcc-hall-sim-'));

beforeAll(async () => {
  app = await startTestApp({ config: { hallCallbackBackoffMs: 200 } });
  const admin = await app.as('admin');
  for (const prefix of ['210102', '210103', '210106'])
    await admin.data('mutation($p: String!) { setFeeRule(regionPrefix: $p, amount: 25, note: "模拟") { amount } }', { p: prefix });
  supervisor = await app.as('city.supervisor');
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** One step of the officer's work on each online case, as far as it can go now. */
async function workOnlineCases(asked: Set<number>): Promise<void> {
  const cases = await app.ds.getRepository(Application).find({ where: { channel: 'ONLINE' as never }, order: { id: 'ASC' } });
  for (const a of cases.filter((c) => c.hallClientId != null)) {
    const id = String(a.id);
    const act = async (mutation: string, args: Record<string, unknown> = {}) => {
      const result = await run(supervisor, mutation, id, args);
      // A case the hall changed meanwhile (a supplement answered, a fee paid) is taken up at the next round.
      if (result.errors && result.errors[0].extensions?.code !== 'CONFLICT') throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
    };
    if (a.status === ApplicationStatus.SUBMITTED) {
      const c = await getCase(supervisor, id);
      for (const d of c.documents.filter((d: { status: string }) => d.status === 'PENDING')) {
        await supervisor.data('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { status } }', { id: d.id });
      }
      // Accepted once every required paper has arrived (the hall sends them one by one).
      const { application } = await supervisor.data('query($id: ID!) { application(id: $id) { availableActions } }', { id });
      if (application.availableActions.includes('ACCEPT')) await act('acceptApplication');
    } else if (a.status === ApplicationStatus.ACCEPTED && a.id % 3 === 0 && !asked.has(a.id)) {
      asked.add(a.id);
      await act('requestSupplement', { reason: '请补充近期照片', kinds: ['PHOTO'] });
    } else if (a.status === ApplicationStatus.AWAITING_SUPPLEMENT && a.supplement.answeredAt) {
      await act('supplementReceived');
    } else if (a.status === ApplicationStatus.ACCEPTED) {
      await act('decideApplication', { outcome: 'NO_RECORD' });
    } else if (a.status === ApplicationStatus.DECIDED && (a.feePaid || a.feeAmount === 0)) {
      await act('issueDocument');
    }
  }
}

it('plays the hall for 10 s: online cases arrive, are worked, paid and supplemented, and every step comes back once, signed', async () => {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/hall-simulate.ts',
      '--url',
      app.server.url,
      '--rate',
      '2',
      '--duration',
      '10',
      '--client-file',
      path.join(work, 'client.json'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  // The officer works for 8 s: the callbacks of the last steps reach the hall before it stops.
  const asked = new Set<number>();
  const until = Date.now() + 8_000;
  while (Date.now() < until) {
    await workOnlineCases(asked);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(await exited, output).toBe(0);
  const summary = JSON.parse(output.trim().split('\n').pop()!);
  expect(summary, output).toMatchObject({ duplicates: 0, badSignatures: 0, failures: 0 });
  expect(summary.submitted, output).toBeGreaterThanOrEqual(10);
  expect(summary.payments, output).toBeGreaterThanOrEqual(1);
  expect(summary.supplements, output).toBeGreaterThanOrEqual(1);

  const client = await app.ds.getRepository(HallClient).findOneByOrFail({ clientId: summary.clientId });
  const events = await app.ds.getRepository(HallEvent).find({ where: { clientId: client.id }, order: { id: 'ASC' } });
  expect(new Set(events.map((e) => e.event))).toEqual(
    new Set(['ACCEPTED', 'SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECEIVED', 'DECIDED', 'FEE_PAID', 'ISSUED']),
  );
  // Each was delivered, and the simulator printed each one once.
  expect(
    events.filter((e) => e.status !== HallEventStatus.SENT),
    output,
  ).toEqual([]);
  expect(summary.events).toBe(events.length);
  for (const e of events) expect(output).toContain(`(signed, event ${e.id})`);
  const issued = await app.ds.getRepository(Application).countBy({ hallClientId: client.id, status: ApplicationStatus.DELIVERED });
  expect(issued).toBeGreaterThanOrEqual(1);
}, 60_000);
