import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/app';
import { Application } from '../../server/applications/application.entity';
import { AuditEvent } from '../../server/audit/audit-event.entity';
import { accessToken } from '../../server/clients/client.secrets';
import { HallEvent } from '../../server/hall-events/hall-event.entity';
import { ApiDocument, type CaseState, type EventPage, Hall, type PaymentRecorded, type Problem } from '../support/hall';
import { type Client, startTestApp, type TestApp } from '../support/harness';
import { application, citizen, foreigner } from '../support/inputs';
import { present } from '../support/narrow';
import { getCase, PNG, step } from '../support/workflow';

// The online hall's door through the real server and database: machine clients and their tokens,
// idempotent intake, papers, supplements, signed payment notices, status callbacks and /events.
// Every request the hall sends and every answer it gets is checked against openapi.json.

let app: TestApp;
let admin: Client;
let officer: Client;
let api: ApiDocument;
/** A hall that takes no callbacks (it reads /events). */
let hall: Hall;
const BACKOFF_MS = 10;

const CREATE = `mutation($input: HallClientInput!) { createHallClient(input: $input) { client { clientId scopes active } clientSecret } }`;

async function newHall(scopes = ['intake', 'payments', 'status'], callbackUrl: string | null = null): Promise<Hall> {
  const { createHallClient } = await admin.data<{
    createHallClient: { client: { clientId: string; scopes: string[]; active: boolean }; clientSecret: string };
  }>(CREATE, {
    input: { name: `大厅 ${randomUUID().slice(0, 8)}`, scopes, callbackUrl },
  });
  return new Hall(app.server.url, api, createHallClient.client.clientId, createHallClient.clientSecret);
}

const online = (overrides: Record<string, unknown> = {}) => {
  const { channel: _counter, ...input } = application(overrides);
  return { hallReference: `H-${randomUUID()}`, ...input };
};

/** A signed notice as the payment platform sends it: `t` seconds from now, signed with `secret`. */
function signed(body: string, secret: string, at = Math.floor(Date.now() / 1000)) {
  return `t=${at},v1=${createHmac('sha256', secret).update(`${at}.${body}`).digest('hex')}`;
}

/** POST /payments: PaymentRecorded, or a Problem when refused (`T` says which the test expects). */
const pay = <T = PaymentRecorded>(h: Hall, notice: Record<string, unknown>, signature?: string) => {
  const body = JSON.stringify(notice);
  h.api.checkRequest('POST', '/payments', 'application/json', notice);
  return h.call<T>('POST', '/payments', {
    body,
    headers: { 'Content-Type': 'application/json', 'X-Signature': signature ?? signed(body, h.clientSecret) },
  });
};

const auditCount = (action: string, entityId?: string) =>
  app.ds.getRepository(AuditEvent).countBy({ action, ...(entityId ? { entityId } : {}) });

const applicationOf = (referenceNo: string) => app.ds.getRepository(Application).findOneByOrFail({ referenceNo });

/** A case handed over by `h` with its ID card scans, verified and accepted by the officer. */
async function acceptedOnline(h: Hall) {
  const submitted = await h.submit(online(), randomUUID());
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  for (const kind of ['ID_CARD_FRONT', 'ID_CARD_BACK'])
    expect((await h.upload(submitted.body.referenceNo, kind, PNG, `${kind}.png`, randomUUID())).status).toBe(201);
  const a = await applicationOf(submitted.body.referenceNo);
  for (const document of (await getCase(officer, String(a.id))).documents) {
    await officer.data('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { status } }', {
      id: document.id,
    });
  }
  await step(officer, 'acceptApplication', String(a.id));
  return { referenceNo: submitted.body.referenceNo, id: String(a.id) };
}

/** A callback receiver: answers 500 to the first `failures` posts, then 200; keeps what it received. */
async function callbackReceiver(failures: number) {
  const received: { body: string; signature: string; key: string; status: number }[] = [];
  let refused = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const status = refused < failures ? 500 : 200;
      if (status === 500) refused++;
      received.push({
        body,
        signature: String(req.headers['x-signature']),
        key: String(req.headers['idempotency-key']),
        status,
      });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/callbacks`,
    received,
    close: () => new Promise((r) => server.close(r)),
  };
}

beforeAll(async () => {
  app = await startTestApp({ config: { hallCallbackBackoffMs: BACKOFF_MS } });
  [admin, officer] = await Promise.all([app.as('admin'), app.as('heping.officer')]);
  api = await ApiDocument.of(app.server.url);
  hall = await (await newHall()).signIn();
  // A fee for the Heping district: the payment tests pay it.
  await admin.data('mutation { setFeeRule(regionPrefix: "210102", amount: 30, note: "测试") { amount } }');
});
afterAll(async () => {
  await app?.close();
});

describe('machine clients and tokens', () => {
  it('grants a 15-minute bearer token by HTTP Basic or the form, and refuses a wrong secret, a disabled client and a missing scope', async () => {
    const h = await newHall(['status']);
    const basic = await h.tokenRequest();
    expect(basic.status).toBe(200);
    expect(basic.body).toMatchObject({ token_type: 'Bearer', expires_in: 900, scope: 'status' });
    expect(basic.headers.get('cache-control')).toBe('no-store');
    const form = await h.tokenRequest(
      { grant_type: 'client_credentials', client_id: h.clientId, client_secret: h.clientSecret },
      h.clientSecret,
      false,
    );
    expect(form.status).toBe(200);

    const wrong = await h.tokenRequest<Problem>(undefined, 'not-the-secret');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');
    expect(await auditCount('HALL_TOKEN_REFUSED', h.clientId)).toBe(1);
    expect((await h.tokenRequest<Problem>({ grant_type: 'password' })).body.error).toBe('unsupported_grant_type');

    h.token = basic.body.access_token;
    // The status scope only: intake is refused, and audited with the client as the actor.
    const refused = await h.submit(online(), randomUUID());
    expect(refused.status).toBe(403);
    const [audited] = await app.ds
      .getRepository(AuditEvent)
      .find({ where: { action: 'HALL_REQUEST_REFUSED', entityId: h.clientId } });
    expect(audited.actorClientId).toBe(h.clientId);

    // Disabled: its token stops at once, and it gets no new one.
    expect((await h.call('GET', '/events')).status).toBe(200);
    await admin.data(
      'mutation($id: String!) { updateHallClient(clientId: $id, input: { active: false }) { active } }',
      { id: h.clientId },
    );
    const stopped = await h.call('GET', '/events');
    expect(stopped.status).toBe(401);
    expect(stopped.headers.get('www-authenticate')).toContain('invalid_token');
    expect((await h.tokenRequest()).status).toBe(401);
  });

  it('limits failed token requests per client like sign-ins, and each client to its budget of requests', async () => {
    const h = await newHall(['status']);
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push((await h.tokenRequest(undefined, `wrong-${i}`)).status);
    expect(answers).toEqual([...Array(10).fill(401), 429]);
    // The right secret too, until the window ends.
    const locked = await h.tokenRequest();
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);

    // A server whose clients may send 3 requests a minute: the fourth waits; another client does not.
    const strict = await startServer(app.ds, { ...app.config, hallRequestsPerMinute: 3 }, 0);
    try {
      // Fresh clients: on MariaDB the counters are shared by every server of the database.
      const fresh = await (await newHall(['status'])).signIn();
      const one = new Hall(strict.url, api, fresh.clientId, fresh.clientSecret);
      one.token = fresh.token;
      const other = await (await newHall(['status'])).signIn();
      const two = new Hall(strict.url, api, other.clientId, other.clientSecret);
      two.token = other.token;
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await one.call('GET', '/events')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await two.call('GET', '/events')).status).toBe(200);
    } finally {
      await strict.stop();
    }
  });

  it('refuses an expired token, and a rotated secret keeps working for its grace period only', async () => {
    const h = await newHall(['status']);
    // A server of the same keys that gives one-second tokens says so.
    const short = await startServer(app.ds, { ...app.config, hallTokenSeconds: 1 }, 0);
    try {
      const res = await fetch(`${short.url}/api/hall/v1/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: h.clientId,
          client_secret: h.clientSecret,
        }),
      });
      expect(((await res.json()) as { expires_in: number }).expires_in).toBe(1);
    } finally {
      await short.stop();
    }
    // Tokens of the server's key that end a minute from now and that ended a second ago
    // (minted here, so that a slow machine cannot let a real short token expire before its first use).
    const now = Math.floor(Date.now() / 1000);
    h.token = accessToken(app.config, h.clientId, now + 60);
    expect((await h.call('GET', '/events')).status).toBe(200);
    h.token = accessToken(app.config, h.clientId, now - 1);
    expect((await h.call('GET', '/events')).status).toBe(401);
    h.token = accessToken({ sessionSecret: 'another key of at least thirty-two characters' }, h.clientId, now + 60);
    expect((await h.call('GET', '/events')).status).toBe(401);

    const ROTATE =
      'mutation($id: String!, $grace: Int!) { rotateHallClientSecret(clientId: $id, graceMinutes: $grace) { clientSecret client { previousValidUntil } } }';
    type Rotated = { rotateHallClientSecret: { clientSecret: string; client: { previousValidUntil: string | null } } };
    const { rotateHallClientSecret: withGrace } = await admin.data<Rotated>(ROTATE, { id: h.clientId, grace: 10 });
    expect((await h.tokenRequest(undefined, h.clientSecret)).status).toBe(200);
    expect((await h.tokenRequest(undefined, withGrace.clientSecret)).status).toBe(200);
    const { rotateHallClientSecret: atOnce } = await admin.data<Rotated>(ROTATE, { id: h.clientId, grace: 0 });
    expect((await h.tokenRequest(undefined, withGrace.clientSecret)).status).toBe(401);
    expect((await h.tokenRequest(undefined, atOnce.clientSecret)).status).toBe(200);
  });
});

describe('intake', () => {
  it('hands an application over: routed as at the counter, audited with the client as the actor, in the officer queue', async () => {
    const input = online();
    const res = await hall.submit(input, randomUUID());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'SUBMITTED',
      office: { code: expect.any(String) },
      fee: { amount: 30, paid: false, payable: false },
      missingDocumentKinds: ['ID_CARD_FRONT', 'ID_CARD_BACK'],
    });
    expect(res.body.progressUrl).toBe(`${app.config.publicBaseUrl}/progress?ref=${res.body.referenceNo}`);
    const a = await applicationOf(res.body.referenceNo);
    expect(a.channel).toBe('ONLINE');
    expect(a.hallReference).toBe(input.hallReference);
    const [submitted] = await app.ds
      .getRepository(AuditEvent)
      .findBy({ action: 'APPLICATION_SUBMITTED', entityId: String(a.id) });
    expect(submitted.actorClientId).toBe(hall.clientId);
    const seen = await officer.data<{ application: unknown }>(
      'query($id: ID!) { application(id: $id) { channel hallReference status } }',
      {
        id: String(a.id),
      },
    );
    expect(seen.application).toEqual({ channel: 'ONLINE', hallReference: input.hallReference, status: 'SUBMITTED' });
  });

  it('answers the same key and body with the same case, even 20 at once; another body under the key is refused', async () => {
    const key = randomUUID();
    const input = online();
    const first = await hall.submit(input, key);
    const again = await hall.submit(input, key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await hall.submit<Problem>({ ...input, purpose: 'GO_ABROAD', destinationCountry: '日本' }, key);
    expect(other.status).toBe(422);
    expect(other.body.reason).toBe('IDEMPOTENCY_KEY_REUSED');

    const racedKey = randomUUID();
    const raced = online();
    const answers = await Promise.all(Array.from({ length: 20 }, () => hall.submit(raced, racedKey)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.referenceNo)).size).toBe(1);
    expect(await app.ds.getRepository(Application).countBy({ hallReference: raced.hallReference })).toBe(1);
    // The hall's own id names one case: under a new key it is refused, naming the case.
    const reused = await hall.submit(raced, randomUUID());
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({
      reason: 'HALL_REFERENCE_TAKEN',
      params: { referenceNo: answers[0].body.referenceNo },
    });
  });

  it('refuses with the console reason codes and field paths; a routing refusal names the rule', async () => {
    const bad = await hall.submit<Problem>(
      online({ subject: citizen({ idNumber: '210102199005170000' }) }),
      randomUUID(),
    );
    expect(bad.status).toBe(422);
    const console = await officer.gql(
      'mutation($input: ApplicationInput!) { submitApplication(input: $input) { id } }',
      {
        input: application({ subject: citizen({ idNumber: '210102199005170000' }) }),
      },
    );
    const refusal = present(present(console.errors?.[0], 'the refusal').extensions, 'the extensions of the refusal');
    expect(bad.body.field).toBe(refusal.field);
    expect(bad.body.reason).toBe(refusal.reason);

    // A foreigner of 100 days in China: the rules take such a case only after 180 days.
    const routed = await hall.submit<Problem>(online({ subject: foreigner(100) }), randomUUID());
    expect(routed.status).toBe(422);
    expect(routed.body.reason).toBe('NOT_ACCEPTED');
    expect(routed.body.params?.rule).toMatchObject({ id: expect.any(Number), version: expect.any(Number) });

    const unknownField = await hall.submit<Problem>({ ...online(), favouriteColour: 'red' }, randomUUID(), true);
    expect(unknownField.status).toBe(422);
    expect(unknownField.body.field).toBe('input.favouriteColour');
    const missingKey = await hall.call<Problem>('POST', '/applications', { json: online() });
    expect(missingKey.status).toBe(400);
    expect(missingKey.body.reason).toBe('IDEMPOTENCY_KEY_MISSING');
  });

  it('takes papers once per key, with the console upload checks', async () => {
    const { body } = await hall.submit(online(), randomUUID());
    const key = randomUUID();
    const first = await hall.upload(body.referenceNo, 'ID_CARD_FRONT', PNG, 'front.png', key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.missingDocumentKinds).toEqual(['ID_CARD_BACK']);
    const again = await hall.upload(body.referenceNo, 'ID_CARD_FRONT', PNG, 'front.png', key);
    expect(again.body).toEqual(first.body);
    const a = await applicationOf(body.referenceNo);
    expect((await getCase(officer, String(a.id))).documents).toHaveLength(1);
    const text = await hall.upload<Problem>(
      body.referenceNo,
      'ID_CARD_BACK',
      Buffer.from('not a scan'),
      'back.png',
      randomUUID(),
    );
    expect(text.status).toBe(415);
    expect(text.body.reason).toBe('UPLOAD_TYPE');
  });

  it('takes no officer session: only a token opens it', async () => {
    const res = await fetch(`${app.server.url}/api/hall/v1/events`, {
      headers: { cookie: officer.sessionCookie() },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('never shows a client another client case', async () => {
    const other = await (await newHall()).signIn();
    const { body } = await hall.submit(online(), randomUUID());
    expect((await other.call('GET', `/applications/${body.referenceNo}`)).status).toBe(404);
    expect((await other.upload(body.referenceNo, 'ID_CARD_FRONT', PNG, 'front.png', randomUUID())).status).toBe(404);
    expect(
      (await other.call('POST', `/applications/${body.referenceNo}/withdraw`, { json: { reason: '不办了' } })).status,
    ).toBe(404);
    expect((await other.call<EventPage>('GET', '/events')).body.events).toEqual([]);
    const mine = await hall.call('GET', `/applications/${body.referenceNo}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      referenceNo: body.referenceNo,
      status: 'SUBMITTED',
      statusText: '已提交，等待受理',
    });
  });
});

describe('the case as it goes on', () => {
  it('a supplement answered through the hall shows in the queue; a withdrawal closes the case', async () => {
    const { referenceNo, id } = await acceptedOnline(hall);
    await step(officer, 'requestSupplement', id, { reason: '请补充护照', kinds: ['PASSPORT'] });
    const asked = await hall.call<CaseState>('GET', `/applications/${referenceNo}`);
    expect(asked.body.supplement).toMatchObject({ reason: '请补充护照', kinds: ['PASSPORT'], answeredAt: null });
    expect((await hall.upload(referenceNo, 'PASSPORT', PNG, 'passport.png', randomUUID())).status).toBe(201);
    const answered = await hall.call<CaseState>('POST', `/applications/${referenceNo}/supplement`);
    expect(answered.status).toBe(200);
    expect(answered.body.supplement?.answeredAt).toEqual(expect.any(String));
    expect((await hall.call('POST', `/applications/${referenceNo}/supplement`)).status).toBe(409);
    const seen = present(
      (
        await officer.data<{
          application: { status: string; supplementRequest: { answeredAt: string | null } | null } | null;
        }>('query($id: ID!) { application(id: $id) { status supplementRequest { answeredAt } } }', { id })
      ).application,
      `case ${id}`,
    );
    expect(present(seen.supplementRequest, 'the supplement request').answeredAt).not.toBeNull();
    const answeredQueue = await officer.data<{ applications: { total: number } }>(
      'query($ids: [ID!]) { applications(filter: { ids: $ids, supplementAnswered: true }) { total } }',
      {
        ids: [id],
      },
    );
    expect(answeredQueue.applications.total).toBe(1);
    expect(seen.status).toBe('AWAITING_SUPPLEMENT');

    const withdrawn = await hall.call<CaseState>('POST', `/applications/${referenceNo}/withdraw`, {
      json: { reason: '申请人不再需要' },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('WITHDRAWN');
    expect(
      (await hall.call('POST', `/applications/${referenceNo}/withdraw`, { json: { reason: '再次' } })).status,
    ).toBe(409);
  });

  it('a forged, stale or repeated payment notice changes nothing and is audited; a good one records the fee once', async () => {
    const { referenceNo, id } = await acceptedOnline(hall);
    await step(officer, 'decideApplication', id, { outcome: 'NO_RECORD' });
    expect((await hall.call<CaseState>('GET', `/applications/${referenceNo}`)).body.fee).toEqual({
      amount: 30,
      paid: false,
      payable: true,
    });
    const awaiting = () =>
      officer.data<{ applications: { total: number } }>(
        'query($ids: [ID!]) { applications(filter: { ids: $ids, channel: ONLINE, awaitingPayment: true }) { total } }',
        { ids: [id] },
      );
    expect((await awaiting()).applications.total).toBe(1);
    const notice = {
      referenceNo,
      amount: 30,
      paidAt: new Date().toISOString(),
      receiptNo: `R-${randomUUID().slice(0, 8)}`,
    };
    const body = JSON.stringify(notice);

    const forged = await pay<Problem>(hall, notice, signed(body, 'not-the-secret'));
    expect(forged.status).toBe(401);
    expect(forged.body.reason).toBe('SIGNATURE_INVALID');
    const stale = await pay<Problem>(
      hall,
      notice,
      signed(body, hall.clientSecret, Math.floor(Date.now() / 1000) - 301),
    );
    expect(stale.body.reason).toBe('SIGNATURE_STALE');
    const wrongAmount = await pay<Problem>(hall, { ...notice, amount: 3 });
    expect(wrongAmount.status).toBe(422);
    expect(wrongAmount.body.reason).toBe('PAYMENT_AMOUNT_MISMATCH');
    expect((await applicationOf(referenceNo)).feePaid).toBe(false);
    expect(await auditCount('HALL_REQUEST_REFUSED', hall.clientId)).toBeGreaterThanOrEqual(3);

    const good = await pay(hall, notice);
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body).toMatchObject({ repeated: false, fee: { paid: true, payable: false } });
    const replayed = await pay(hall, notice);
    expect(replayed.body.repeated).toBe(true);
    expect(await auditCount('RECORD_FEE_PAYMENT', id)).toBe(1);
    expect(await auditCount('HALL_PAYMENT_REPEATED', id)).toBe(1);
    const seen = present(
      (
        await officer.data<{
          application: { feePaid: boolean; feeReceiptNo: string | null; availableActions: string[] } | null;
        }>('query($id: ID!) { application(id: $id) { feePaid feeReceiptNo availableActions } }', { id })
      ).application,
      `case ${id}`,
    );
    expect(seen).toMatchObject({ feePaid: true, feeReceiptNo: notice.receiptNo });
    expect(seen.availableActions).toContain('ISSUE');
    expect((await awaiting()).applications.total).toBe(0);
  });

  it('posts each event to a callback server that fails three times, then exactly once more, signed', async () => {
    const receiver = await callbackReceiver(3);
    try {
      const h = await (await newHall(['intake', 'status'], receiver.url)).signIn();
      const { referenceNo, id } = await acceptedOnline(h);
      await step(officer, 'requestSupplement', id, { reason: '请补充照片', kinds: ['PHOTO'] });
      const events = await app.ds
        .getRepository(HallEvent)
        .find({ where: { applicationId: (await applicationOf(referenceNo)).id }, order: { id: 'ASC' } });
      expect(events.map((e) => e.event)).toEqual(['ACCEPTED', 'SUPPLEMENT_REQUESTED']);
      await expect.poll(() => receiver.received.filter((r) => r.status === 200).length, { timeout: 10_000 }).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS * 8));
      expect(receiver.received).toHaveLength(5);
      const delivered = receiver.received.filter((r) => r.status === 200);
      expect(new Set(delivered.map((r) => r.key))).toEqual(new Set(events.map((e) => String(e.id))));
      for (const r of receiver.received) {
        const [t, v1] = r.signature.split(',').map((part) => part.split('=')[1]);
        expect(v1).toBe(createHmac('sha256', h.clientSecret).update(`${t}.${r.body}`).digest('hex'));
        api.validate('#/components/schemas/Event', JSON.parse(r.body), 'a callback');
      }
      const supplement = JSON.parse(
        present(
          delivered.find((r) => JSON.parse(r.body).event === 'SUPPLEMENT_REQUESTED'),
          'the SUPPLEMENT_REQUESTED callback',
        ).body,
      );
      expect(supplement).toMatchObject({
        referenceNo,
        status: 'AWAITING_SUPPLEMENT',
        supplement: { reason: '请补充照片', kinds: ['PHOTO'] },
      });
      const seen = present(
        (
          await officer.data<{
            application: { hallEvents: { event: string; status: string; attempts: number }[] } | null;
          }>('query($id: ID!) { application(id: $id) { hallEvents { event status attempts } } }', { id })
        ).application,
        `case ${id}`,
      );
      expect(seen.hallEvents.every((e) => e.status === 'SENT')).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('a callback given up after 8 attempts is FAILED, and an officer sends it again', async () => {
    const receiver = await callbackReceiver(8);
    try {
      const h = await (await newHall(['intake', 'status'], receiver.url)).signIn();
      const { id } = await acceptedOnline(h);
      const EVENTS = 'query($id: ID!) { application(id: $id) { hallEvents { id event status attempts lastError } } }';
      const eventsOf = async () =>
        present(
          (
            await officer.data<{
              application: {
                hallEvents: { id: string; event: string; status: string; attempts: number; lastError: string | null }[];
              } | null;
            }>(EVENTS, { id })
          ).application,
          `case ${id}`,
        ).hallEvents;
      await expect.poll(async () => (await eventsOf())[0].status, { timeout: 20_000 }).toBe('FAILED');
      const [failed] = await eventsOf();
      expect(failed).toMatchObject({ attempts: 8, lastError: 'the hall answered 500' });
      await officer.data('mutation($id: ID!) { resendHallEvent(id: $id) { status } }', { id: failed.id });
      await expect.poll(async () => (await eventsOf())[0].status, { timeout: 10_000 }).toBe('SENT');
      expect(receiver.received.filter((r) => r.status === 200)).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it('/events pages through every event of the client in order, without gaps', async () => {
    const h = await (await newHall()).signIn();
    for (let i = 0; i < 3; i++) {
      const { id } = await acceptedOnline(h);
      await step(officer, 'requestSupplement', id, { reason: '请补充照片', kinds: ['PHOTO'] });
    }
    const seen: string[] = [];
    let cursor = 0;
    for (;;) {
      const page = await h.call<EventPage>('GET', `/events?after=${cursor}&limit=2`);
      expect(page.status).toBe(200);
      if (!page.body.events.length) break;
      expect(page.body.events.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.events.map((e) => e.id));
      cursor = page.body.next;
    }
    const rows = await app.ds.getRepository(HallEvent).find({
      where: {
        clientId: present(
          (await applicationOf((await h.call<EventPage>('GET', '/events')).body.events[0].referenceNo)).hallClientId,
          'the hall client of the case',
        ),
      },
      order: { id: 'ASC' },
    });
    expect(seen).toEqual(rows.map((r) => String(r.id)));
    expect(seen).toHaveLength(6);
    expect(await auditCount('HALL_EVENTS_READ', h.clientId)).toBeGreaterThanOrEqual(4);
    expect((await h.call('GET', '/events?limit=0')).status).toBe(422);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('two server processes on one database', () => {
  it('gives one case for 20 requests under one key sent to both at once', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/serve-database.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: present(app.config.databaseUrl, 'the database URL'),
        AUDIT_KEY: app.config.auditKey,
        FILES_DIR: app.config.filesDir,
        PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`the second server exited with ${code}`)));
        createInterface({ input: child.stdout }).once('line', resolve);
      });
      const second = new Hall(JSON.parse(line).url, api, hall.clientId, hall.clientSecret);
      second.token = hall.token;
      const key = randomUUID();
      const input = online();
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? second : hall).submit(input, key)),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
      expect(new Set(answers.map((a) => a.body.referenceNo)).size).toBe(1);
      expect(await app.ds.getRepository(Application).countBy({ hallReference: input.hallReference })).toBe(1);
    } finally {
      child.removeAllListeners('exit');
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    }
  });
});
