import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../server/applications/application.entity';
import { applicantPhone } from '../../server/applications/application.notifications';
import { NotificationEvent } from '../../server/core/enums';
import { inTransaction } from '../../server/db/transaction';
import { withoutLinks } from '../../server/notifications/message-text';
import { Notification } from '../../server/notifications/notification.entity';
import { NOTIFICATIONS, queueNotification, requeueNotification } from '../../server/notifications/notification.service';
import { MAX_ATTEMPTS, MESSAGES_PER_CASE_HOUR, NotificationJobs } from '../../server/notifications/notification.worker';
import { startWorker, stopWorker } from '../../server/operations/job-worker';
import { logTo } from '../../server/operations/log';
import { TRIES_PER_REFERENCE } from '../../server/progress/progress.routes';
import { type Client, startTestApp, type TestApp } from '../support/harness';
import { citizen, foreigner } from '../support/inputs';
import { present } from '../support/narrow';
import { acceptedCase, readyCase, run, step } from '../support/workflow';

// Text messages to applicants, through the real server and database: one written with each step
// an applicant should know of, sent after the commit, and the public progress page.

let app: TestApp;
let officer: Client;
let supervisor: Client;
/** What the process logged while this file ran, one JSON line each. */
const processLog: string[] = [];

beforeAll(async () => {
  logTo({ write: (line: string) => processLog.push(line) });
  // Behind a proxy, as deployed: each test of the public page comes from an address of its own.
  app = await startTestApp({ config: { trustProxy: true } });
  [officer, supervisor] = await Promise.all([app.as('heping.officer'), app.as('heping.supervisor')]);
});
afterAll(async () => {
  // A worker a test started belongs to no server: stopped here, before the database closes.
  if (app) await stopWorker(app.ds, NOTIFICATIONS);
  await app?.close();
});

/** A message as NOTES reads it. */
interface Note {
  id: string;
  event: string;
  channel: string;
  recipientMasked: string;
  text: string;
  status: string;
  attempts: number;
  sentAt: string | null;
  lastError: string | null;
}

const NOTES = `query($id: ID!) { application(id: $id) { referenceNo notifications { id event channel recipientMasked text status attempts sentAt lastError } } }`;
const notesOf = async (id: string) =>
  present(
    (await officer.data<{ application: { referenceNo: string; notifications: Note[] } | null }>(NOTES, { id }))
      .application,
    `case ${id}`,
  );

/** The case's messages once none is waiting any more. */
async function settled(id: string) {
  await expect.poll(async () => (await notesOf(id)).notifications.filter((n) => n.status === 'PENDING').length).toBe(0);
  return notesOf(id);
}

/** What the public progress page answers in JSON. */
interface Progress {
  referenceNo: string;
  status: string;
  steps: { step: string; at: string }[];
}

/** As if an hour passed since the case's messages were handed over: they no longer count against its cap. */
async function anHourPassed(id: string) {
  const messages = app.ds.getRepository(Notification);
  for (const { id: messageId, handedOverAt } of await messages.findBy({ applicationId: Number(id) })) {
    if (handedOverAt)
      await messages.update({ id: messageId }, { handedOverAt: new Date(handedOverAt.getTime() - 3_600_000) });
  }
}

/** The lines of the log channel's file about one case. */
const logChannelLines = (id: string) =>
  fs
    .readFileSync(app.config.notifyLogFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((l) => l.applicationId === Number(id));

const MAIL = {
  delivery: 'MAIL',
  mailingAddress: {
    recipient: '测试人',
    phone: '13900009999',
    region: '210102001',
    line: '和平区南京北街1号',
    postalCode: '110001',
  },
};
/** Words that would tell the outcome of the check. */
const OUTCOME_WORDS = ['有犯罪记录', '未发现', '没有犯罪记录', '封存', 'NO_RECORD', 'RECORD_FOUND'];

describe('a message for each step the applicant should know of', () => {
  it('tells of acceptance, the decision, issue, mailing and delivery, once each, without the outcome or the identity number', async () => {
    const subject = citizen({ phone: '13812345678' });
    const c = await acceptedCase(officer, { ...MAIL, subject });
    await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    await step(officer, 'issueDocument', c.id);
    // Mailed and delivered after an hour: the messages before no longer count against the case's cap.
    await settled(c.id);
    await anHourPassed(c.id);
    await step(officer, 'recordMailing', c.id, { input: { carrier: 'EMS', trackingNumber: 'EA123456785CN' } });
    await step(officer, 'recordDelivery', c.id);
    const { referenceNo, notifications } = await settled(c.id);
    expect(notifications.map((n) => n.event)).toEqual(['ACCEPTED', 'DECIDED', 'ISSUED', 'MAILED', 'DELIVERED']);
    for (const n of notifications) {
      expect(n).toMatchObject({
        status: 'SENT',
        channel: 'log',
        attempts: 1,
        recipientMasked: '138****5678',
        lastError: null,
      });
      expect(n.text).toMatch(/^【和平分局浑河湾派出所】/);
      expect(n.text).toContain(referenceNo);
      expect(n.text).not.toContain(subject.idNumber);
      for (const word of OUTCOME_WORDS) expect(n.text).not.toContain(word);
    }
    const [accepted, decided, issued, mailed] = notifications.map((n) => n.text);
    expect(accepted).toMatch(/已受理，将于\d{4}年\d{1,2}月\d{1,2}日前办结/);
    expect(accepted).toContain(`${app.config.publicBaseUrl}/progress`);
    expect(decided).toContain('结果已作出');
    expect(issued).toContain('将邮寄至您填写的地址');
    expect(mailed).toContain('中国邮政EMS');
    expect(mailed).toContain('EA123456785CN');

    // The log channel: one JSON line per message, the number masked whole and links left out.
    expect(logChannelLines(c.id).map((l) => [String(l.id), l.event, l.to, l.text])).toEqual(
      notifications.map((n: Note) => [n.id, n.event, '***********', withoutLinks(n.text)]),
    );
  });

  it('names the missing papers, a refusal with its reason, a withdrawal, and an electronic document with its verification address', async () => {
    const asked = await readyCase(officer);
    await step(officer, 'requestSupplement', asked.id, { reason: '照片不清晰', kinds: ['PHOTO', 'ID_CARD_BACK'] });
    const refused = await readyCase(officer);
    await step(officer, 'notAcceptApplication', refused.id, { reason: '不属于本所受理范围' });
    const withdrawn = await readyCase(officer);
    await step(officer, 'withdrawApplication', withdrawn.id, { reason: '申请人撤回' });
    const electronic = await acceptedCase(officer, { delivery: 'ELECTRONIC' });
    await step(officer, 'decideApplication', electronic.id, { outcome: 'NO_RECORD' });
    const issued = present((await step(officer, 'issueDocument', electronic.id)).issuedDocument, 'the issued document');

    const only = async (id: string) => {
      const { notifications } = await settled(id);
      expect(notifications.filter((n) => n.status === 'SENT')).toHaveLength(notifications.length);
      return notifications.map((n) => [n.event, n.text]);
    };
    const [[event, text]] = await only(asked.id);
    expect(event).toBe('SUPPLEMENT_REQUESTED');
    expect(text).toContain('近期照片、身份证国徽面');
    expect(text).toContain('照片不清晰');
    expect(await only(refused.id)).toEqual([
      ['NOT_ACCEPTED', expect.stringContaining('不予受理，原因：不属于本所受理范围')],
    ]);
    expect(await only(withdrawn.id)).toEqual([['WITHDRAWN', expect.stringContaining('已撤回')]]);
    const electronicNotes = await only(electronic.id);
    expect(electronicNotes.map(([e]: string[]) => e)).toEqual(['ACCEPTED', 'DECIDED', 'ISSUED']);
    expect(electronicNotes[2][1]).toContain(
      `/verify?number=${encodeURIComponent(issued.number)}&code=${issued.verificationCode}`,
    );
  });

  it('tells nothing while a record found waits for sign-off, and tells of the decision once it is signed off', async () => {
    const c = await acceptedCase(officer);
    await step(officer, 'decideApplication', c.id, { outcome: 'RECORD_FOUND', note: '2015年判决' });
    expect((await settled(c.id)).notifications.map((n) => n.event)).toEqual(['ACCEPTED']);
    await step(supervisor, 'signOffDecision', c.id, { approve: true });
    const { notifications } = await settled(c.id);
    expect(notifications.map((n) => n.event)).toEqual(['ACCEPTED', 'DECIDED']);
    for (const word of OUTCOME_WORDS) expect(notifications[1].text).not.toContain(word);
  });

  it('writes nothing for a change that rolls back', async () => {
    const c = await readyCase(officer);
    const quote = app.dialect === 'mysql' ? '`' : '"';
    // The acceptance's audit event is refused by the database: the whole change must roll back.
    await app.ds.query(
      app.dialect === 'mysql'
        ? `CREATE TRIGGER refuse_accept BEFORE INSERT ON audit_event FOR EACH ROW BEGIN IF NEW.action = 'ACCEPT' AND NEW.entityId = '${c.id}' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END`
        : `CREATE TRIGGER refuse_accept BEFORE INSERT ON audit_event WHEN NEW.action = 'ACCEPT' AND NEW.entityId = '${c.id}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    );
    try {
      const failed = await officer.gql(
        'mutation($id: ID!, $v: Int!) { acceptApplication(id: $id, version: $v) { status } }',
        {
          id: c.id,
          v: c.version,
        },
      );
      expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.ds.query(`DROP TRIGGER refuse_accept`);
    }
    const count = async (table: string) =>
      Number(
        (
          await app.ds.query(
            `SELECT COUNT(*) AS n FROM ${quote}${table}${quote} WHERE ${quote}applicationId${quote} = ?`,
            [Number(c.id)],
          )
        )[0].n,
      );
    expect(await count('notification')).toBe(0);
    expect(await count('record_check')).toBe(0);
    expect((await notesOf(c.id)).notifications).toEqual([]);
    await step(officer, 'acceptApplication', c.id);
    expect((await settled(c.id)).notifications.map((n) => n.event)).toEqual(['ACCEPTED']);
  });

  it('keeps a message written while no worker runs, and sends it once a worker starts', async () => {
    await stopWorker(app.ds, NOTIFICATIONS);
    try {
      const c = await acceptedCase(officer);
      expect((await notesOf(c.id)).notifications.map((n) => [n.event, n.status, n.attempts])).toEqual([
        ['ACCEPTED', 'PENDING', 0],
      ]);
    } finally {
      startWorker(app.ds, new NotificationJobs(app.ds, app.config));
    }
    const [row] = await app.ds.query("SELECT COUNT(*) AS n FROM notification WHERE status = 'PENDING'");
    expect(Number(row.n)).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        Number((await app.ds.query("SELECT COUNT(*) AS n FROM notification WHERE status = 'PENDING'"))[0].n),
      )
      .toBe(0);
  });

  it('stores nothing from a worker that stalled past its lease over the taking of a message sent again since', async () => {
    await stopWorker(app.ds, NOTIFICATIONS);
    try {
      const c = await acceptedCase(officer);
      const messages = app.ds.getRepository(Notification);
      const sender = new NotificationJobs(app.ds, app.config, { name: 'test', send: async () => undefined });
      const stalled = await inTransaction(app.ds, (em) => sender.take(em));
      expect(stalled).toMatchObject({ applicationId: Number(c.id), attempts: 1 });
      const taken = present(stalled, 'the message the stalled worker took');
      // Its lease ran out, the message was tried until it FAILED, and an officer sent it again: taken anew, its count afresh.
      await messages.update({ id: taken.id }, { status: 'FAILED' as never, startedAt: null });
      await inTransaction(app.ds, async (em) =>
        requeueNotification(em, await messages.findOneByOrFail({ id: taken.id })),
      );
      const retaken = await inTransaction(app.ds, (em) => sender.take(em));
      expect(retaken).toMatchObject({ id: taken.id, attempts: 1 });
      const again = present(retaken, 'the message taken anew');

      await sender.run(taken);
      expect(await messages.findOneByOrFail({ id: taken.id })).toMatchObject({
        status: 'PENDING',
        startedAt: again.startedAt,
        sentAt: null,
      });
      await sender.run(again);
      expect(await messages.findOneByOrFail({ id: taken.id })).toMatchObject({
        status: 'SENT',
        channel: 'test',
        startedAt: null,
      });
    } finally {
      startWorker(app.ds, new NotificationJobs(app.ds, app.config));
    }
  });

  it('goes to the agent of an entrusted case, a unit contact, else the subject, or the mailing phone', () => {
    const a = (over: Partial<Application>) =>
      ({
        entrusted: false,
        applicantKind: 'INDIVIDUAL',
        subject: { phone: '13800000001' },
        agent: {},
        unit: {},
        mailingAddress: {},
        ...over,
      }) as Application;
    expect(applicantPhone(a({}))).toBe('13800000001');
    expect(applicantPhone(a({ entrusted: true, agent: { phone: '13900000002' } as never }))).toBe('13900000002');
    expect(applicantPhone(a({ applicantKind: 'UNIT' as never, unit: { contactPhone: '02400000003' } as never }))).toBe(
      '02400000003',
    );
    expect(
      applicantPhone(a({ subject: { phone: null } as never, mailingAddress: { phone: '13700000004' } as never })),
    ).toBe('13700000004');
    expect(applicantPhone(a({ subject: { phone: null } as never }))).toBeNull();
  });
});

describe('what a message may carry, and how many a case is sent', () => {
  const RESEND = 'mutation($id: ID!) { resendNotification(id: $id) { id status } }';
  const fullwidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('masks identity numbers an officer typed into a reason with spaces, dashes or fullwidth digits', async () => {
    const subject = citizen();
    const id = subject.idNumber;
    const c = await readyCase(officer, { subject });
    const spaced = [id.slice(0, 4), id.slice(4, 8), id.slice(8, 12), id.slice(12, 16), id.slice(16)].join(' ');
    const reason = `身份证${spaced}、护照${fullwidth('E10081981')}、通行证H1234-5678不一致`;
    await step(officer, 'requestSupplement', c.id, { reason, kinds: ['PHOTO'] });
    const [n] = (await settled(c.id)).notifications;
    expect(n.text).toContain(`说明：身份证${'*'.repeat(17)}${id[17]}、护照*****1981、通行证*****5678不一致。`);
  });

  it('refuses a link in words the applicant is sent, naming the field, and writes no message', async () => {
    const c = await readyCase(officer);
    const refusals: [string, Record<string, unknown>][] = [
      ['requestSupplement', { reason: '请在 https://example.cn/upload 补交', kinds: ['PHOTO'] }],
      ['requestSupplement', { reason: `补交至${fullwidth('WWW')}．ｅｘａｍｐｌｅ．ｃｏｍ`, kinds: ['PHOTO'] }],
      ['notAcceptApplication', { reason: '详见 t.cn/AbC' }],
    ];
    for (const [mutation, args] of refusals) {
      const result = await run(officer, mutation, c.id, args);
      expect(result.errors?.[0]?.extensions, String(args.reason)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
        reason: 'LINK_IN_MESSAGE',
      });
    }
    expect(await notesOf(c.id)).toMatchObject({ notifications: [] });
    // The office's name signs every message.
    const admin = await app.as('admin');
    const office = {
      code: 'LINK-TEST',
      name: '和平分局（www.example.cn）',
      kind: 'POLICE_STATION',
      jurisdiction: ['210102'],
    };
    const named = await admin.gql('mutation($input: OfficeInput!) { createOffice(input: $input) { id } }', {
      input: office,
    });
    expect(named.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      reason: 'LINK_IN_MESSAGE',
    });
    await step(officer, 'notAcceptApplication', c.id, { reason: '不属于本所受理范围，请到户籍地派出所办理' });
    expect((await settled(c.id)).notifications.map((n: Note) => n.status)).toEqual(['SENT']);
  });

  it(`sends a case at most ${MESSAGES_PER_CASE_HOUR} messages an hour: one more is FAILED, not sent, also when an officer sends it again`, async () => {
    const c = await acceptedCase(officer);
    for (let i = 1; i <= 3; i++) {
      await step(officer, 'requestSupplement', c.id, { reason: `第${i}次补正`, kinds: ['PHOTO'] });
      await step(officer, 'supplementReceived', c.id);
    }
    const { notifications } = await settled(c.id);
    expect(notifications.map((n: Note) => [n.event, n.status])).toEqual([
      ['ACCEPTED', 'SENT'],
      ['SUPPLEMENT_REQUESTED', 'SENT'],
      ['SUPPLEMENT_REQUESTED', 'SENT'],
      ['SUPPLEMENT_REQUESTED', 'FAILED'],
    ]);
    const beyond = notifications[3];
    const CAPPED =
      'not sent: the case was sent 3 messages in the last hour, the most it is sent in an hour; send it again later';
    expect(beyond).toMatchObject({ lastError: CAPPED, sentAt: null });
    expect(logChannelLines(c.id).map((l) => String(l.id))).not.toContain(beyond.id);

    // Sent again within the hour: FAILED again.
    expect(
      (await officer.data<{ resendNotification: { id: string; status: string } }>(RESEND, { id: beyond.id }))
        .resendNotification.status,
    ).toBe('PENDING');
    expect((await settled(c.id)).notifications[3]).toMatchObject({ status: 'FAILED', lastError: CAPPED });
    // An hour after the others were handed over, it is sent.
    await anHourPassed(c.id);
    await officer.data(RESEND, { id: beyond.id });
    expect((await settled(c.id)).notifications[3]).toMatchObject({ status: 'SENT', lastError: null });
    expect(logChannelLines(c.id).map((l) => String(l.id))).toContain(beyond.id);
  });

  it('holds the cap when messages of one case are handed over at once by workers of two processes', async () => {
    await stopWorker(app.ds, NOTIFICATIONS);
    try {
      const c = await readyCase(officer);
      const applicationId = Number(c.id);
      await inTransaction(app.ds, async (em) => {
        for (let i = 0; i < 5; i++) {
          await queueNotification(em, app.config, {
            applicationId,
            event: NotificationEvent.WITHDRAWN,
            recipient: '13800000000',
            text: `第${i}条`,
          });
        }
      });
      const handedOver: number[] = [];
      const channel = {
        name: 'test',
        send: async (n: Notification) => {
          handedOver.push(n.id);
          await new Promise((resolve) => setTimeout(resolve, 20));
        },
      };
      const workers = [
        new NotificationJobs(app.ds, app.config, channel),
        new NotificationJobs(app.ds, app.config, channel),
      ];
      const taken: Notification[] = [];
      for (let i = 0; i < 5; i++) {
        const n = await inTransaction(app.ds, (em) => workers[i % 2].take(em));
        if (n) taken.push(n);
      }
      expect(taken.map((n) => n.applicationId)).toEqual(Array(5).fill(applicationId));
      await Promise.all(taken.map((n, i) => workers[i % 2].run(n)));
      expect(handedOver).toHaveLength(MESSAGES_PER_CASE_HOUR);
      const stored = await app.ds.getRepository(Notification).findBy({ applicationId });
      expect(
        stored
          .filter((n) => n.status === 'SENT')
          .map((n) => n.id)
          .sort(),
      ).toEqual([...handedOver].sort());
      expect(stored.filter((n) => n.status === 'FAILED').map((n) => n.lastError)).toEqual(
        Array(2).fill(expect.stringMatching(/^not sent: /)),
      );
    } finally {
      startWorker(app.ds, new NotificationJobs(app.ds, app.config));
    }
  });

  it("leaves the phone and any link or verification code out of the process log and the log channel's file", async () => {
    const phone = '13812349876';
    const c = await acceptedCase(officer, { delivery: 'ELECTRONIC', subject: citizen({ phone }) });
    await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    const { verificationCode } = present(
      (await step(officer, 'issueDocument', c.id)).issuedDocument,
      'the issued document',
    );
    const { referenceNo, notifications } = await settled(c.id);
    // The message itself carries the verification address.
    expect(present(notifications.at(-1), 'the last message').text).toContain(`code=${verificationCode}`);
    const logged = processLog.filter((line) => line.includes(referenceNo)).map((line) => JSON.parse(line).notification);
    const written = logChannelLines(c.id);
    expect([logged.length, written.length]).toEqual([3, 3]);
    for (const { to, text } of [...logged, ...written]) {
      expect(to).toMatch(/^\*{11}$/);
      expect(text).toContain(referenceNo);
      expect(text).not.toContain(verificationCode);
      expect(text).not.toMatch(/https?:|\/verify|\/progress/);
    }
    expect(processLog.filter((line) => line.includes(verificationCode) || line.includes(phone))).toEqual([]);
  });
});

describe('the SMS gateway channel', () => {
  let gateway: http.Server;
  let url: string;
  /** What the gateway answers next: a status per request, then 200. */
  let answers: number[] = [];
  const received: { key: string; body: unknown }[] = [];

  beforeAll(async () => {
    gateway = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ key: String(req.headers['idempotency-key']), body: JSON.parse(body) });
        res.writeHead(answers.shift() ?? 200).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
    await stopWorker(app.ds, NOTIFICATIONS);
    startWorker(
      app.ds,
      new NotificationJobs(app.ds, { ...app.config, notifyChannel: 'http', notifyUrl: url, notifyBackoffMs: 20 }),
    );
  });
  afterAll(async () => {
    await stopWorker(app.ds, NOTIFICATIONS);
    gateway.closeAllConnections();
    await new Promise((resolve) => gateway.close(resolve));
  });

  const forCase = (n: { id: string }) => received.filter((r) => r.key === n.id);

  it('hands a message over with its id as the idempotency key, and tries again after a 500', async () => {
    answers = [500];
    const c = await acceptedCase(officer, { subject: citizen({ phone: '13611112222' }) });
    const { referenceNo, notifications } = await settled(c.id);
    const [n] = notifications;
    expect(n).toMatchObject({ event: 'ACCEPTED', status: 'SENT', channel: 'sms', attempts: 2, lastError: null });
    expect(forCase(n)).toHaveLength(2);
    expect(forCase(n)[1].body).toEqual({ id: n.id, to: '13611112222', text: n.text });
    // Neither the worker nor the channel logs the number or the message, a failed attempt neither.
    expect(processLog.filter((line) => line.includes('1111222') || line.includes(referenceNo))).toEqual([]);
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts, counts it on the dashboard, and sends it again on an officer's word`, async () => {
    const failedCount = async () =>
      (
        await supervisor.data<{ queueCounts: { failedNotifications: number } }>(
          '{ queueCounts { failedNotifications } }',
        )
      ).queueCounts.failedNotifications;
    const before = await failedCount();
    answers = Array(MAX_ATTEMPTS).fill(503);
    const c = await acceptedCase(officer);
    const [n] = (await settled(c.id)).notifications;
    expect(n).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, lastError: 'gateway answered HTTP 503' });
    expect(forCase(n)).toHaveLength(MAX_ATTEMPTS);
    expect(await failedCount()).toBe(before + 1);
    const listed = async () =>
      (
        await supervisor.data<{ applications: { items: { id: string }[] } }>(
          '{ applications(filter: { notificationFailed: true }, perPage: 100) { items { id } } }',
        )
      ).applications.items.map((a) => a.id);
    expect(await listed()).toContain(c.id);

    const resend = 'mutation($id: ID!) { resendNotification(id: $id) { id status attempts } }';
    const again = await officer.data<{ resendNotification: unknown }>(resend, { id: n.id });
    expect(again.resendNotification).toMatchObject({ id: n.id, status: 'PENDING', attempts: 0 });
    const [sent] = (await settled(c.id)).notifications;
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(await listed()).not.toContain(c.id);
    expect(forCase(n)).toHaveLength(MAX_ATTEMPTS + 1);
    // Only a failed one goes back; the resend is in the case's history.
    expect((await officer.gql(resend, { id: n.id })).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const history = present(
      (
        await officer.data<{ application: { history: { action: string; detail: unknown }[] } | null }>(
          'query($id: ID!) { application(id: $id) { history { action detail } } }',
          { id: c.id },
        )
      ).application,
      `case ${c.id}`,
    ).history;
    expect(
      present(
        history.find((h) => h.action === 'RESEND_NOTIFICATION'),
        'the RESEND_NOTIFICATION event',
      ).detail,
    ).toMatchObject({
      notificationId: Number(n.id),
      attempts: MAX_ATTEMPTS,
    });
  });
});

describe('the public progress page', () => {
  let mailed: { referenceNo: string; id: string };

  beforeAll(async () => {
    const c = await acceptedCase(officer, { ...MAIL, subject: citizen({ phone: '13855554321' }) });
    await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    await step(officer, 'issueDocument', c.id);
    await step(officer, 'recordMailing', c.id, { input: { carrier: 'SF_EXPRESS', trackingNumber: '123456789012' } });
    mailed = { referenceNo: (await notesOf(c.id)).referenceNo, id: c.id };
  });

  const progress = (query: string, accept = 'application/json', from = '203.0.113.1') =>
    fetch(`${app.server.url}/progress${query}`, { headers: { accept, 'x-forwarded-for': from } });

  it('shows the status, the dates of each step and the mailing for the right reference and phone digits, and nothing personal', async () => {
    const res = await progress(`?ref=${mailed.referenceNo}&phone=4321`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Progress;
    expect(body).toMatchObject({
      referenceNo: mailed.referenceNo,
      status: '证明文书已寄出',
      mailing: { carrier: '顺丰速运', trackingNumber: '123456789012' },
    });
    expect(body.steps.map((s) => s.step)).toEqual(['提交申请', '受理', '审查完毕', '出具证明文书', '寄出证明文书']);
    for (const s of body.steps) expect(Date.parse(s.at)).not.toBeNaN();
    const text = JSON.stringify(body);
    for (const secret of ['测试人', 'NO_RECORD', '13855554321', ...OUTCOME_WORDS]) expect(text).not.toContain(secret);
    const html = await (await progress(`?ref=${mailed.referenceNo.toLowerCase()}&phone=4321`, 'text/html')).text();
    expect(html).toContain('证明文书已寄出');
    expect(html).toContain('123456789012');
  });

  it('answers a wrong reference and a wrong phone alike', async () => {
    for (const accept of ['application/json', 'text/html']) {
      const wrongRef = await progress(`?ref=SQ20990101000001&phone=4321`, accept);
      const wrongPhone = await progress(`?ref=${mailed.referenceNo}&phone=4322`, accept);
      expect([wrongRef.status, wrongPhone.status]).toEqual([404, 404]);
      // Alike but for the reference typed, which the page keeps for another try at the digits.
      const [byRef, byPhone] = [await wrongRef.text(), await wrongPhone.text()];
      expect(byRef.replaceAll('SQ20990101000001', 'REF')).toBe(byPhone.replaceAll(mailed.referenceNo, 'REF'));
      if (accept === 'text/html') expect(byPhone).toContain(`value="${mailed.referenceNo}"`);
    }
    const noDigits = await progress(`?ref=${mailed.referenceNo}&phone=43`);
    expect(noDigits.status).toBe(400);
    expect(await noDigits.json()).toMatchObject({ field: 'phone' });
    const form = await progress('', 'text/html');
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('name="ref"');
    // The online hall links to the form with the reference filled in (escaped as it is written back).
    const linked = await progress(`?ref=${mailed.referenceNo}`, 'text/html');
    expect(linked.status).toBe(200);
    expect(await linked.text()).toContain(`value="${mailed.referenceNo}"`);
    expect(await (await progress('?ref=%22%3E%3Cscript%3E', 'text/html')).text()).not.toContain('<SCRIPT>');
  });

  it('reads a record found awaiting sign-off as a case under examination', async () => {
    const c = await acceptedCase(officer, { subject: citizen({ phone: '13855550000' }) });
    await step(officer, 'decideApplication', c.id, { outcome: 'RECORD_FOUND', note: '待审批' });
    const body = (await (await progress(`?ref=${(await notesOf(c.id)).referenceNo}&phone=0000`)).json()) as Progress;
    expect(body.status).toBe('已受理，正在审查');
    expect(body.steps.map((s) => s.step)).toEqual(['提交申请', '受理']);
  });

  it('reads a review (only a record found is reviewed) as the delivered case it began from', async () => {
    const c = await acceptedCase(officer, { subject: citizen({ phone: '13855552222' }) });
    await step(officer, 'decideApplication', c.id, { outcome: 'RECORD_FOUND', note: '2015年判决' });
    await step(supervisor, 'signOffDecision', c.id, { approve: true });
    await step(officer, 'issueDocument', c.id);
    await step(officer, 'recordDelivery', c.id);
    const ref = (await notesOf(c.id)).referenceNo;
    const delivered = await (await progress(`?ref=${ref}&phone=2222`)).json();
    await step(officer, 'openReview', c.id, { reason: '当事人申请复核' });
    const reviewed = (await (await progress(`?ref=${ref}&phone=2222`)).json()) as Progress;
    expect(reviewed).toEqual(delivered);
    expect(reviewed.status).toBe('已办结，证明文书已送达');
  });

  it('refuses a reference tried with wrong digits too often, even with the right ones then', async () => {
    const c = await acceptedCase(officer, { subject: citizen({ phone: '13855551111' }) });
    const ref = (await notesOf(c.id)).referenceNo;
    // Each wrong try from an address of its own: the reference's limit holds across addresses.
    for (let i = 0; i < 10; i++)
      expect(
        (await progress(`?ref=${ref}&phone=${String(i).padStart(4, '0')}`, 'application/json', `198.51.100.${i}`))
          .status,
      ).toBe(404);
    const refused = await progress(`?ref=${ref}&phone=1111`, 'application/json', '198.51.100.99');
    expect(refused.status).toBe(429);
    // The reference's limit, not the address's (which allows 20 a minute and answers otherwise).
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(((await refused.json()) as { error: string }).error).toContain('该受理编号查询错误次数过多');
    // Another address, another reference: answered.
    expect((await progress(`?ref=${mailed.referenceNo}&phone=4321`, 'application/json', '198.51.100.100')).status).toBe(
      200,
    );
  });

  it('serves the public pages at their exact lowercase paths only', async () => {
    for (const at of ['/progress/', '/PROGRESS', '/Progress/', '/verify/', '/VERIFY']) {
      const res = await fetch(`${app.server.url}${at}?ref=${mailed.referenceNo}&phone=4321&number=X&code=Y`, {
        headers: { accept: 'text/html', 'x-forwarded-for': '203.0.113.9' },
      });
      expect(res.status, at).toBe(404);
      expect(await res.text(), at).not.toMatch(/证明文书已寄出|id="root"/);
    }
  });

  it('counts parallel guesses of one reference before comparing them: no more than the limit are compared', async () => {
    const c = await acceptedCase(officer, { subject: citizen({ phone: '13855553333' }) });
    const ref = (await notesOf(c.id)).referenceNo;
    // 200 at once, each from an address of its own, the right digits among them.
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        progress(
          `?ref=${ref}&phone=${i === 150 ? '3333' : String(5000 + i)}`,
          'application/json',
          `2001:db8:${i.toString(16)}::1`,
        ).then((r) => r.status),
      ),
    );
    const compared = statuses.filter((s) => s !== 429);
    expect(compared.length).toBeLessThanOrEqual(TRIES_PER_REFERENCE.points);
    expect(compared.every((s) => s === 404 || s === 200)).toBe(true);
  });

  it('limits the requests of one address together with /verify', async () => {
    let status = 0;
    let sent = 0;
    // Each a reference of its own: the address is what runs out.
    while (status !== 429 && sent < 25) {
      status = (
        await progress(`?ref=SQ2099010100${String(sent).padStart(4, '0')}&phone=0001`, 'application/json', '192.0.2.7')
      ).status;
      sent++;
    }
    expect([status, sent]).toEqual([429, 21]);
    const verify = await fetch(`${app.server.url}/verify?number=X&code=Y`, {
      headers: { 'x-forwarded-for': '192.0.2.7' },
    });
    expect(verify.status).toBe(429);
    expect(Number(verify.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('in English for a foreigner applying for themself (point 19)', () => {
  it('writes the messages, the progress page it links to and the page of the case in English, naming the papers', async () => {
    const exit = await app.as('exit.officer');
    const asked = await readyCase(exit, { subject: foreigner(200, { phone: '13712348765' }) });
    await step(exit, 'requestSupplement', asked.id, { reason: 'photo unclear', kinds: ['PASSPORT'] });
    const { application } = await exit.data<{ application: { referenceNo: string; notifications: Note[] } }>(NOTES, {
      id: asked.id,
    });
    const [note] = application.notifications;
    expect(note?.event).toBe('SUPPLEMENT_REQUESTED');
    const text = present(note, 'the message of the supplement').text;
    expect(text).toMatch(
      /^\[[^\]]+\] Your application for a Certificate of No Criminal Record \(RC\d{8}-\w{5}\) needs more papers: passport\. Note: photo unclear\./,
    );
    expect(text).toContain(`${app.config.publicBaseUrl}/progress?lang=en`);
    expect(text).not.toMatch(/[需补材料]/);

    const from = { 'x-forwarded-for': '203.0.113.77' };
    // The case's own page speaks English, whatever the address asked; the form it links to does too.
    const html = await (
      await fetch(`${app.server.url}/progress?ref=${application.referenceNo}&phone=8765`, {
        headers: { accept: 'text/html', ...from },
      })
    ).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('More papers needed');
    expect(html).toContain('Application submitted');
    expect(html).not.toContain('需要补充材料');
    const form = await (await fetch(`${app.server.url}/progress?lang=en`, { headers: from })).text();
    expect(form).toContain('Last four digits of the phone number you gave');
    expect(form).toContain('<input type="hidden" name="lang" value="en">');
    // A wrong try keeps the language and the reference typed.
    const miss = await (
      await fetch(`${app.server.url}/progress?lang=en&ref=${application.referenceNo}&phone=0000`, { headers: from })
    ).text();
    expect(miss).toContain('No application found');
    expect(miss).toContain(`value="${application.referenceNo}"`);
  });

  it("keeps an entrusted foreigner's messages in Chinese: the agent, a resident, reads them", async () => {
    const exit = await app.as('exit.officer');
    const entrusted = await readyCase(exit, {
      subject: foreigner(200, { phone: '13712340001' }),
      agent: citizen({ name: '王代理', phone: '13712340002' }),
    });
    await step(exit, 'notAcceptApplication', entrusted.id, { reason: '材料不全' });
    const { application } = await exit.data<{ application: { notifications: Note[] } }>(NOTES, { id: entrusted.id });
    expect(application.notifications[0]?.text).toContain('不予受理，原因：材料不全');
  });
});
