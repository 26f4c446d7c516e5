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
import { present } from '../support/narrow';
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
    await admin.data('mutation($p: String!) { setFeeRule(regionPrefix: $p, amount: 25, note: "模拟") { amount } }', {
      p: prefix,
    });
  supervisor = await app.as('city.supervisor');
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** One step of the officer's work on each online case, as far as it can go now. */
async function workOnlineCases(asked: Set<number>): Promise<void> {
  const cases = await app.ds
    .getRepository(Application)
    .find({ where: { channel: 'ONLINE' as never }, order: { id: 'ASC' } });
  for (const a of cases.filter((c) => c.hallClientId != null)) {
    const id = String(a.id);
    const act = async (mutation: string, args: Record<string, unknown> = {}) => {
      const result = await run(supervisor, mutation, id, args);
      // A case the hall changed meanwhile (a supplement answered, a fee paid) is taken up at the next round.
      if (result.errors && result.errors[0].extensions?.code !== 'CONFLICT')
        throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
    };
    if (a.status === ApplicationStatus.SUBMITTED) {
      const c = await getCase(supervisor, id);
      for (const d of c.documents.filter((d) => d.status === 'PENDING')) {
        const verified = await supervisor.gql(
          'mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { status } }',
          { id: d.id },
        );
        // The hall's next paper arriving at the same moment: verified at the next round.
        if (verified.errors && verified.errors[0].extensions?.code !== 'CONFLICT')
          throw new Error(`verifyDocument: ${JSON.stringify(verified.errors)}`);
      }
      // Accepted once every required paper has arrived (the hall sends them one by one).
      const { application } = await supervisor.data<{ application: { availableActions: string[] } | null }>(
        'query($id: ID!) { application(id: $id) { availableActions } }',
        { id },
      );
      if (present(application, `case ${id}`).availableActions.includes('ACCEPT')) await act('acceptApplication');
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

/** The events of the simulator's client so far (none before it registered). */
async function eventsOf(clientId: string | null): Promise<HallEvent[]> {
  const client = clientId && (await app.ds.getRepository(HallClient).findOneBy({ clientId }));
  return client ? app.ds.getRepository(HallEvent).find({ where: { clientId: client.id }, order: { id: 'ASC' } }) : [];
}

const JOURNEY = ['ACCEPTED', 'SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECEIVED', 'DECIDED', 'FEE_PAID', 'ISSUED'];

it('plays the hall for 10 s: online cases arrive, are worked, paid and supplemented, and every step comes back once, signed', async () => {
  const clientFile = path.join(work, 'client.json');
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
      '--linger',
      '120',
      '--client-file',
      clientFile,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  const clientId = () =>
    fs.existsSync(clientFile) ? (JSON.parse(fs.readFileSync(clientFile, 'utf8')).clientId as string) : null;
  // The officer works the cases as they come until each step of the journey has been told to the
  // hall at least once (however slow the machine), and stops then: the last callbacks are posted
  // while the simulator still listens.
  const asked = new Set<number>();
  const deadline = Date.now() + 90_000;
  for (;;) {
    const told = new Set((await eventsOf(clientId())).map((e) => e.event));
    // An electronic document issued is delivered at once: under load the journey may be told of a
    // counter pickup's issue first, so the officer goes on until one such case is delivered too.
    const delivered = await app.ds
      .getRepository(Application)
      .countBy({ channel: 'ONLINE' as never, status: ApplicationStatus.DELIVERED });
    if (JOURNEY.every((event) => told.has(event)) && delivered > 0) break;
    if (Date.now() > deadline)
      throw new Error(
        `the journey did not complete in 90 s; told so far: ${[...told].join(', ')}; delivered: ${delivered}\n${output}`,
      );
    await workOnlineCases(asked);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // Its 10 s of applications over, and every callback taken: it is stopped as Ctrl-C would.
  await expect.poll(() => output.includes('no more applications'), { timeout: 30_000 }).toBe(true);
  await expect
    .poll(async () => (await eventsOf(clientId())).filter((e) => e.status !== HallEventStatus.SENT).length, {
      timeout: 30_000,
    })
    .toBe(0);
  child.kill('SIGTERM');
  expect(await exited, output).toBe(0);
  const summary = JSON.parse(present(output.trim().split('\n').pop(), 'the summary line'));
  expect(summary, output).toMatchObject({ duplicates: 0, badSignatures: 0, failures: 0 });
  expect(summary.submitted, output).toBeGreaterThanOrEqual(10);
  expect(summary.payments, output).toBeGreaterThanOrEqual(1);
  expect(summary.supplements, output).toBeGreaterThanOrEqual(1);

  // Each event was delivered, and the simulator printed each one once.
  const events = await eventsOf(summary.clientId);
  expect(new Set(events.map((e) => e.event))).toEqual(new Set(JOURNEY));
  expect(summary.events).toBe(events.length);
  for (const e of events) expect(output).toContain(`(signed, event ${e.id})`);
  const client = await app.ds.getRepository(HallClient).findOneByOrFail({ clientId: summary.clientId });
  const delivered = await app.ds
    .getRepository(Application)
    .countBy({ hallClientId: client.id, status: ApplicationStatus.DELIVERED });
  expect(delivered).toBeGreaterThanOrEqual(1);
}, 240_000);
