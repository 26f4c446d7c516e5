import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { In, MoreThan } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toApiError } from '../../admin/src/dataProvider/graphql';
import { Application } from '../../server/applications/application.entity';
import {
  RECORD_CHECKS_PER_OFFICER_HOUR,
  recordCheckLimitsOf,
} from '../../server/applications/application.record-check-limits';
import { recordCheckTarget, requestSubjectRecordCheck } from '../../server/applications/application.record-checks';
import { AuditEvent } from '../../server/audit/audit-event.entity';
import type { Config } from '../../server/config';
import { RecordCheckStatus } from '../../server/core/enums';
import { inTransaction } from '../../server/db/transaction';
import { makeResidentId } from '../../server/identifiers/identifiers';
import { startWorker, stopWorker } from '../../server/operations/job-worker';
import { CriminalRecord } from '../../server/records/criminal-record.entity';
import { RecordCheck } from '../../server/records/record-check.entity';
import { RECORD_CHECKS, RecordCheckJobs, registryOf } from '../../server/records/record-check.worker';
import { Client, type GqlResult, startTestApp, type TestApp } from '../support/harness';
import { citizen } from '../support/inputs';
import { present } from '../support/narrow';
import { acceptedCase, CASE, getCase, answeredCheck as latestCheck, readyCase, step } from '../support/workflow';

// The registry lookup behind every decision, through the real server and database: accepting a
// case asks for a check, the worker answers it after the commit, and the decision rules read it.

let app: TestApp;
let officer: Client;
let otherOfficer: Client;
let supervisor: Client;
let cityOfficer: Client;

beforeAll(async () => {
  app = await startTestApp();
  [officer, otherOfficer, supervisor, cityOfficer] = await Promise.all([
    app.as('heping.officer'),
    app.as('heping.officer2'),
    app.as('heping.supervisor'),
    app.as('shenhe.officer'),
  ]);
});
afterAll(async () => {
  // The worker a test restarted belongs to no server: stopped here, before the database closes.
  if (app) await stopWorker(app.ds, RECORD_CHECKS);
  await app?.close();
});

/** Starts the process's record-check worker again, as a server starting would (after stopWorker). */
function startChecks(config: Config = app.config): void {
  startWorker(app.ds, new RecordCheckJobs(app.ds, registryOf(app.ds, config), config, recordCheckTarget));
}

/**
 * A registry over HTTP answering as `answer` says, which the record-check worker asks until
 * close() starts it again on the demo registry.
 */
async function httpRegistry(answer: (res: http.ServerResponse) => void) {
  let calls = 0;
  const server = http.createServer((req, res) => {
    calls++;
    req.resume();
    req.on('end', () => answer(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lookup`;
  await stopWorker(app.ds, RECORD_CHECKS);
  startChecks({ ...app.config, recordRegistry: 'http', recordRegistryUrl: url });
  return {
    get calls() {
      return calls;
    },
    async close() {
      await stopWorker(app.ds, RECORD_CHECKS);
      startChecks();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let serial = 0;
/** A subject of its own: a new number, and a birthday no other test's subject has (unless given). */
function subject(name = '记录测试', birthDate = `1988-03-${String(1 + (serial % 28)).padStart(2, '0')}`) {
  serial++;
  const idNumber = makeResidentId('210102', birthDate, 100 + serial);
  return { ...citizen({ name, birthDate, idNumber }), name, birthDate, idNumber };
}

/** The case's latest record check once answered: there is one, the case being accepted. */
const answeredCheck = async (client: Client, id: string) =>
  present(await latestCheck(client, id), `the record check of case ${id}`);

/** A judgment of the demo registry, by default the subject's own. */
async function judgment(
  s: { name: string; birthDate: string; idNumber: string | null },
  record: Partial<CriminalRecord> = {},
) {
  await app.ds.getRepository(CriminalRecord).save({
    recordRef: `TEST-${++serial}`,
    name: s.name,
    birthDate: s.birthDate,
    idNumber: s.idNumber,
    offence: '盗窃罪',
    judgmentDate: '2012-06-01',
    sentence: '有期徒刑一年',
    committedUnder18: false,
    sealed: false,
    ...record,
  } as CriminalRecord);
}

/** The first error of an answer that must have one. */
const errorOf = (r: GqlResult) => present(r.errors?.[0], 'the error');
/** Decides NO_RECORD at once, without waiting for the check as the workflow helpers do. */
const decideWithoutNote = async (id: string) =>
  officer.gql(
    'mutation($id: ID!, $v: Int!) { decideApplication(id: $id, version: $v, outcome: NO_RECORD) { status } }',
    {
      id,
      v: (await getCase(officer, id)).version,
    },
  );
const CHECK_AUDIT = `query($id: ID!) { application(id: $id) { history { action actor { username } detail } } }`;
type CheckAudit = {
  application: { history: { action: string; actor: { username: string } | null; detail: unknown }[] } | null;
};

describe('a record check at acceptance', () => {
  it('finds a clear subject clear, suggests NO_RECORD, and the decision goes through at once', async () => {
    const c = await acceptedCase(officer, { subject: subject('清白人', '1991-01-02') });
    const check = await answeredCheck(officer, c.id);
    expect(check).toMatchObject({
      status: 'CLEAR',
      source: 'demo',
      suggestedOutcome: 'NO_RECORD',
      matches: [],
      error: null,
    });
    expect(check.completedAt).toBeTruthy();
    expect((await getCase(officer, c.id)).status).toBe('ACCEPTED');
    const decided = await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    expect(decided.status).toBe('DECIDED');
    const { history } = present(
      (await officer.data<CheckAudit>(CHECK_AUDIT, { id: c.id })).application,
      `case ${c.id}`,
    );
    const lookups = history.filter((h) => h.action === 'RECORD_CHECK');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]).toMatchObject({
      actor: { username: 'heping.officer' },
      detail: { status: 'CLEAR', matches: 0, source: 'demo' },
    });
  });

  it('finds a record under the subject own number: RECORD_FOUND suggested, and NO_RECORD against it goes to sign-off', async () => {
    const s = subject();
    await judgment(s, { offence: '诈骗罪' });
    const c = await acceptedCase(officer, { subject: s });
    const check = await answeredCheck(officer, c.id);
    expect(check).toMatchObject({ status: 'MATCHES_FOUND', suggestedOutcome: 'RECORD_FOUND' });
    expect(check.matches).toEqual([
      {
        kind: 'EXACT_ID',
        recordRef: expect.any(String),
        offence: '诈骗罪',
        judgmentDate: '2012-06-01',
        sentence: '有期徒刑一年',
        sealedJuvenile: false,
      },
    ]);
    const counts = (
      await supervisor.data<{ queueCounts: { recordMatches: number } }>('{ queueCounts { recordMatches } }')
    ).queueCounts;
    expect(counts.recordMatches).toBeGreaterThanOrEqual(1);
    const listed = (
      await supervisor.data<{ applications: { items: { id: string; recordCheckStatus: string | null }[] } }>(
        '{ applications(filter: { recordCheckStatus: [MATCHES_FOUND] }, perPage: 100) { items { id recordCheckStatus } } }',
      )
    ).applications.items;
    expect(listed.map((a) => a.id)).toContain(c.id);
    expect(listed.every((a) => a.recordCheckStatus === 'MATCHES_FOUND')).toBe(true);

    const decided = await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD', note: '经核实为同号他人' });
    expect(decided).toMatchObject({ status: 'PENDING_SIGNOFF', outcome: 'NO_RECORD' });
    const signed = await step(supervisor, 'signOffDecision', c.id, { approve: true });
    expect(signed).toMatchObject({ status: 'DECIDED', outcome: 'NO_RECORD' });
  });

  it('suggests SEALED_JUVENILE_RECORD when every exact match is a sealed juvenile record', async () => {
    const s = subject();
    await judgment(s, { committedUnder18: true, sealed: true, judgmentDate: '2004-01-01' });
    const c = await acceptedCase(officer, { subject: s });
    const check = await answeredCheck(officer, c.id);
    expect(check).toMatchObject({ status: 'MATCHES_FOUND', suggestedOutcome: 'SEALED_JUVENILE_RECORD' });
    expect(check.matches.map((m) => [m.kind, m.sealedJuvenile])).toEqual([['EXACT_ID', true]]);
  });

  it('shows a namesake born the same day for the officer to rule out, and suggests nothing by it', async () => {
    const s = subject('同名同生', '1979-11-30');
    await judgment({ ...s, idNumber: makeResidentId('110101', '1979-11-30', 7) });
    await judgment({ ...s, idNumber: null }, { offence: '危险驾驶罪' });
    // Same name, another birthday: not a match.
    await judgment({ ...s, idNumber: null, birthDate: '1979-12-01' });
    const c = await acceptedCase(officer, { subject: s });
    const check = await answeredCheck(officer, c.id);
    expect(check).toMatchObject({ status: 'MATCHES_FOUND', suggestedOutcome: 'NO_RECORD' });
    expect(check.matches.map((m) => m.kind)).toEqual(['NAME_AND_BIRTH_DATE', 'NAME_AND_BIRTH_DATE']);
    // Nothing under the subject's own number: NO_RECORD is decided at once.
    expect((await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' })).status).toBe('DECIDED');
  });
});

describe('reads of what the registry answered', () => {
  /** The audited reads of criminal data by `reader` since event `after`: per case, per page of cases, per search. */
  const readsBy = async (reader: Client, after: number) => {
    const { id } = (await reader.data<{ me: { id: string } }>('{ me { id } }')).me;
    const events = await app.ds.getRepository(AuditEvent).find({
      where: {
        actorId: Number(id),
        action: In(['VIEW_CRIMINAL_RECORD', 'VIEW_CRIMINAL_RECORDS', 'SEARCH_CRIMINAL_RECORDS']),
        id: MoreThan(after),
      },
      order: { id: 'ASC' },
    });
    return events.map(({ action, entityType, entityId, detail }) => ({ action, entityType, entityId, detail }));
  };
  const lastEvent = async () => (await app.ds.getRepository(AuditEvent).maximum('id')) ?? 0;
  /** Reads `fields` of the case; the test looks at its history only. */
  const read = (client: Client, id: string, fields: string) =>
    client.data<{
      application: { id: string; history?: { action: string; actor?: { username: string } | null }[] } | null;
    }>(`query($id: ID!) { application(id: $id) { id ${fields} } }`, { id });

  it.each([
    ['the case', 'recordCheckStatus'],
    ["a check's status", 'recordChecks { status }'],
    ["a check's suggested outcome", 'recordChecks { suggestedOutcome }'],
    ["a check's matches", 'recordChecks { matches { kind } }'],
    ["the case's history", 'history { action detail }'],
    ['the decision', 'outcome'],
  ])('audits what %s tells once per officer and case in ten minutes, a clear answer too', async (_what, fields) => {
    const c = await acceptedCase(officer, { subject: subject('无前科人') });
    // The holder's own look while he waits for the answer is his read.
    await answeredCheck(officer, c.id);
    if (fields === 'outcome') await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    const after = await lastEvent();
    await read(supervisor, c.id, fields);
    await read(supervisor, c.id, `${fields} recordCheckStatus outcome`);
    expect(await readsBy(supervisor, after)).toEqual([
      { action: 'VIEW_CRIMINAL_RECORD', entityType: 'Application', entityId: c.id, detail: null },
    ]);
    // In the case's history, for whoever reads it.
    const { history } = present(
      (await read(officer, c.id, 'history { action actor { username } }')).application,
      `case ${c.id}`,
    );
    expect(
      present(history, 'the history')
        .filter((h) => h.action === 'VIEW_CRIMINAL_RECORD')
        .map((h) => present(h.actor, `the actor of ${h.action}`).username),
    ).toEqual(['heping.supervisor', 'heping.officer']);
  });

  it('audits nothing of a case the registry has not answered about, nor its history', async () => {
    await stopWorker(app.ds, RECORD_CHECKS);
    try {
      const waiting = await acceptedCase(officer, { subject: subject() });
      const submitted = await readyCase(officer, { subject: subject() });
      const after = await lastEvent();
      await read(
        supervisor,
        waiting.id,
        'recordCheckStatus outcome recordChecks { status suggestedOutcome matches { kind } }',
      );
      await read(supervisor, submitted.id, 'recordCheckStatus outcome recordChecks { status } history { action }');
      expect(await readsBy(supervisor, after)).toEqual([]);
    } finally {
      startChecks();
    }
  });

  it('audits a page of cases as one event naming them, its refreshes not at all, and a search by the answer with its count', async () => {
    const s = subject();
    await judgment(s);
    const found = await acceptedCase(officer, { subject: s });
    const clear = await acceptedCase(officer, { subject: subject() });
    for (const { id } of [found, clear]) await answeredCheck(officer, id);
    const ids = [found.id, clear.id];
    const page = (filter: string) =>
      supervisor.data<{ applications: { total: number; items: unknown[] } }>(
        `query($ids: [ID!]) { applications(filter: { ids: $ids${filter} }) { total items { id subject { name } recordCheckStatus } } }`,
        {
          ids,
        },
      );
    const after = await lastEvent();
    await page('');
    await page('');
    await read(supervisor, found.id, 'recordCheckStatus');
    expect(await readsBy(supervisor, after)).toEqual([
      {
        action: 'VIEW_CRIMINAL_RECORDS',
        entityType: 'Queue',
        entityId: 'applications',
        detail: { applicationIds: ids.map(Number).sort((a, b) => b - a) },
      },
    ]);

    const searched = await lastEvent();
    const listed = (await page(', recordCheckStatus: [MATCHES_FOUND]')).applications;
    expect(listed).toMatchObject({ total: 1, items: [{ id: found.id }] });
    // The count alone tells as much: the same search again is not a new look.
    await supervisor.data(
      'query($ids: [ID!]) { applications(filter: { ids: $ids, recordCheckStatus: [MATCHES_FOUND] }) { total } }',
      { ids },
    );
    expect(await readsBy(supervisor, searched)).toEqual([
      {
        action: 'SEARCH_CRIMINAL_RECORDS',
        entityType: 'Queue',
        entityId: 'applications',
        detail: { filter: { ids, recordCheckStatus: ['MATCHES_FOUND'] }, total: 1, applicationIds: [Number(found.id)] },
      },
    ]);
  });
});

describe('without the registry answer', () => {
  it('needs a note to decide while the check is pending, and a restarted worker answers it', async () => {
    await stopWorker(app.ds, RECORD_CHECKS);
    try {
      const c = await acceptedCase(officer, { subject: subject() });
      expect((await getCase(officer, c.id)).status).toBe('ACCEPTED');
      const refused = await decideWithoutNote(c.id);
      expect(errorOf(refused).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'note',
        reason: 'RECORD_CHECK_UNANSWERED',
      });
      expect(errorOf(refused).message).toContain('has not answered');
      const [row] = await app.ds.query('SELECT status, attempts FROM record_check WHERE applicationId = ?', [
        Number(c.id),
      ]);
      expect(row).toMatchObject({ status: 'PENDING', attempts: 0 });
      // One lookup at a time: another is refused while this one waits.
      const again = await officer.gql('mutation($id: ID!) { runRecordCheck(id: $id) { id } }', { id: c.id });
      expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
      expect(again.errors?.[0]?.message).toContain('a record check is under way');
      startChecks();
      expect((await answeredCheck(officer, c.id)).status).toBe('CLEAR');
    } finally {
      startChecks();
    }
  });

  it('fails a check when the registry is down, needs a note then, and a check run again answers once it is back', async () => {
    let down = true;
    const registry = await httpRegistry((res) => {
      if (down) res.writeHead(503).end('down');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ matches: [] }));
    });
    try {
      const c = await acceptedCase(officer, { subject: subject() });
      const failed = await answeredCheck(officer, c.id);
      expect(failed).toMatchObject({ status: 'FAILED', suggestedOutcome: null, matches: [] });
      expect(failed.error).toContain('registry unavailable');
      expect(failed.source).toContain('127.0.0.1');
      expect(registry.calls).toBe(3);
      const refused = await decideWithoutNote(c.id);
      expect(errorOf(refused).extensions).toMatchObject({ field: 'note', reason: 'RECORD_CHECK_UNANSWERED' });

      down = false;
      const again = present(
        (
          await officer.gql<{
            runRecordCheck: { id: string; status: string; requestedBy: { username: string } | null };
          }>('mutation($id: ID!) { runRecordCheck(id: $id) { id status requestedBy { username } } }', { id: c.id })
        ).data,
        'the new check',
      );
      expect(again.runRecordCheck).toMatchObject({
        status: 'PENDING',
        requestedBy: { username: 'heping.officer' },
      });
      const answered = await answeredCheck(officer, c.id);
      expect(answered).toMatchObject({ id: again.runRecordCheck.id, status: 'CLEAR' });
      expect(registry.calls).toBe(4);
      const all = (
        await officer.data<{ application: unknown }>(
          'query($id: ID!) { application(id: $id) { recordCheckStatus recordChecks { status } } }',
          { id: c.id },
        )
      ).application;
      expect(all).toEqual({ recordCheckStatus: 'CLEAR', recordChecks: [{ status: 'CLEAR' }, { status: 'FAILED' }] });
      // Running a check leaves the case's version alone: nobody's open page goes stale.
      expect((await getCase(officer, c.id)).version).toBe((await getCase(officer, c.id)).version);
    } finally {
      await registry.close();
    }
  });

  it('fails a check whose answer has an impossible date, and the case page still opens', async () => {
    const s = subject();
    const registry = await httpRegistry((res) => {
      const match = {
        recordRef: 'R-1',
        idNumber: s.idNumber,
        name: s.name,
        birthDate: s.birthDate,
        offence: '盗窃罪',
        sentence: null,
        sealedJuvenile: false,
      };
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ matches: [{ ...match, judgmentDate: '2020-99-99' }] }));
    });
    try {
      const c = await acceptedCase(officer, { subject: s });
      const failed = await answeredCheck(officer, c.id);
      expect(failed).toMatchObject({
        status: 'FAILED',
        matches: [],
        error: 'registry answer: matches[0].judgmentDate is not a real date written YYYY-MM-DD, nor null',
      });
      // Not retried: the registry answered.
      expect(registry.calls).toBe(1);
      const page = await officer.gql<{ application: unknown }>(
        `query($id: ID!) { application(id: $id) { ${CASE} recordCheckStatus recordChecks { status matches { judgmentDate } } } }`,
        {
          id: c.id,
        },
      );
      expect(page.errors).toBeUndefined();
      expect(page.data?.application).toMatchObject({
        recordCheckStatus: 'FAILED',
        recordChecks: [{ status: 'FAILED', matches: [] }],
      });
    } finally {
      await registry.close();
    }
  });
});

describe('an exact match in force', () => {
  it('keeps it while a newer check waits: NO_RECORD still goes to sign-off', async () => {
    const s = subject();
    await judgment(s);
    const c = await acceptedCase(officer, { subject: s });
    expect((await answeredCheck(officer, c.id)).status).toBe('MATCHES_FOUND');
    await stopWorker(app.ds, RECORD_CHECKS);
    try {
      await officer.data('mutation($id: ID!) { runRecordCheck(id: $id) { id } }', { id: c.id });
      const decided = await step(officer, 'decideApplication', c.id, {
        outcome: 'NO_RECORD',
        note: '经核实为同号他人',
      });
      expect(decided).toMatchObject({ status: 'PENDING_SIGNOFF', outcome: 'NO_RECORD' });
    } finally {
      startChecks();
    }
  });
});

describe('a new check beside the worker', () => {
  it('takes the case before adding its check: an acceptance and the worker storing an older check take turns, never deadlock', async () => {
    const c = await acceptedCase(officer, { subject: subject() });
    const a = await app.ds.getRepository(Application).findOneByOrFail({ id: Number(c.id) });
    const older = await app.ds.getRepository(RecordCheck).findOneByOrFail({ applicationId: a.id });
    // As accepting a case asks: its new check first, then the change of the case. Between the two,
    // the worker stores the older check's answer as it does: the case locked, then settled.
    let storing: Promise<void> | undefined;
    const accepting = inTransaction(app.ds, async (em) => {
      await requestSubjectRecordCheck(em, a, null);
      storing = inTransaction(app.ds, async (worker) => {
        await recordCheckTarget.lock(worker, a.id);
        await recordCheckTarget.settle(worker, older);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await em.update(Application, { id: a.id }, { recordCheckStatus: RecordCheckStatus.PENDING });
    });
    const outcomes = await Promise.allSettled([
      accepting,
      accepting.then(
        () => storing,
        () => storing,
      ),
    ]);
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: undefined },
      { status: 'fulfilled', value: undefined },
    ]);
  });
});

describe('who may run a check again', () => {
  it('lets the holder and a supervisor, not another officer while it is held, nor another office, nor before acceptance', async () => {
    const admin = await app.as('admin');
    const station = (await officer.data<{ me: { office: { id: string } } }>('{ me { office { id } } }')).me.office.id;
    await admin.data(
      'mutation($o: ID!) { createOfficer(input: { username: "checks.colleague", displayName: "同所民警", role: STATION_OFFICER, officeId: $o, password: "a-long-enough-password" }) { id } }',
      { o: station },
    );
    const colleague = new Client(app.server.url);
    await colleague.login('checks.colleague', 'a-long-enough-password');
    const c = await acceptedCase(officer, { subject: subject() });
    await answeredCheck(officer, c.id);
    const runCheck = (client: Client, id: string) =>
      client.gql<{ runRecordCheck: { status: string } }>('mutation($id: ID!) { runRecordCheck(id: $id) { status } }', {
        id,
      });
    expect(errorOf(await runCheck(colleague, c.id)).extensions?.code).toBe('INVALID_TRANSITION');
    expect(errorOf(await runCheck(otherOfficer, c.id)).extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await runCheck(cityOfficer, c.id)).extensions?.code).toBe('NOT_FOUND');
    expect((await runCheck(supervisor, c.id)).data?.runRecordCheck.status).toBe('PENDING');
    // The case's lookup of the minute is the supervisor's: the holder asks about a case of his own.
    const held = await acceptedCase(officer, { subject: subject() });
    await answeredCheck(officer, held.id);
    expect((await runCheck(officer, held.id)).data?.runRecordCheck.status).toBe('PENDING');
    const submitted = await readyCase(officer, { subject: subject() });
    expect(errorOf(await runCheck(officer, submitted.id)).extensions?.code).toBe('INVALID_TRANSITION');
    expect((await getCase(officer, c.id)).availableActions).toContain('RUN_RECORD_CHECK');
    expect((await getCase(colleague, c.id)).availableActions).not.toContain('RUN_RECORD_CHECK');
  });
});

describe('how often the registry is asked again', () => {
  const runCheck = (client: Client, id: string) =>
    client.gql<{ runRecordCheck: { status: string } }>('mutation($id: ID!) { runRecordCheck(id: $id) { status } }', {
      id,
    });
  const checksOf = async (id: string) =>
    (await app.ds.getRepository(RecordCheck).findBy({ applicationId: Number(id) })).length;

  it('asks about a case at most once a minute, whoever asks, parallel requests counted once; the console says when to try again', async () => {
    const c = await acceptedCase(officer, { subject: subject('无前科人') });
    await answeredCheck(officer, c.id);
    const answers = await Promise.all(
      [officer, supervisor, officer, supervisor].map((client) => runCheck(client, c.id)),
    );
    expect(answers.filter((a) => a.data?.runRecordCheck?.status === 'PENDING')).toHaveLength(1);
    // The others were refused by the limit, or saw the one that went through still waiting.
    for (const refused of answers.filter((a) => a.errors))
      expect(['TOO_MANY_REQUESTS', 'INVALID_TRANSITION']).toContain(errorOf(refused).extensions?.code);
    expect(await checksOf(c.id)).toBe(2);

    await answeredCheck(officer, c.id);
    const again = errorOf(await runCheck(supervisor, c.id));
    expect(again.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RECORD_CHECK_CASE_LIMIT' });
    const { retryAfterSeconds, params } = present(again.extensions, 'the extensions of the refusal');
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(params).toEqual({ seconds: retryAfterSeconds });
    expect(await checksOf(c.id)).toBe(2);
    expect(
      (
        await officer.data<{ application: { recordCheckStatus: string | null } | null }>(
          'query($id: ID!) { application(id: $id) { recordCheckStatus } }',
          { id: c.id },
        )
      ).application?.recordCheckStatus,
    ).toBe('CLEAR');
    // What the console's "run again" button shows.
    expect(toApiError(again).message).toBe(`本案一分钟内已查询过登记库，请 ${retryAfterSeconds} 秒后再试`);
  });

  it(`lets an officer ask ${RECORD_CHECKS_PER_OFFICER_HOUR} lookups an hour, then refuses the next until the hour is over`, async () => {
    const admin = await app.as('admin');
    const station = (await officer.data<{ me: { office: { id: string } } }>('{ me { office { id } } }')).me.office.id;
    const created = await admin.data<{ createOfficer: { id: string } }>(
      'mutation($o: ID!) { createOfficer(input: { username: "checks.budget", displayName: "查询民警", role: STATION_OFFICER, officeId: $o, password: "a-long-enough-password" }) { id } }',
      { o: station },
    );
    const asker = new Client(app.server.url);
    await asker.login('checks.budget', 'a-long-enough-password');
    const [first, next] = [
      await acceptedCase(asker, { subject: subject() }),
      await acceptedCase(asker, { subject: subject() }),
    ];
    await answeredCheck(asker, first.id);
    await answeredCheck(asker, next.id);
    // The hour's lookups but one, as the server counts them (of other cases).
    const limits = recordCheckLimitsOf(app.ds);
    for (let i = 1; i < RECORD_CHECKS_PER_OFFICER_HOUR; i++) await limits.spend(Number(created.createOfficer.id), -i);

    expect((await runCheck(asker, first.id)).data?.runRecordCheck.status).toBe('PENDING');
    const refused = errorOf(await runCheck(asker, next.id));
    expect(refused.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'RECORD_CHECK_OFFICER_LIMIT',
      params: { limit: RECORD_CHECKS_PER_OFFICER_HOUR, minutes: 60 },
    });
    expect(refused.extensions?.retryAfterSeconds).toBeGreaterThan(3500);
    expect(refused.extensions?.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(toApiError(refused).message).toBe(
      `您一小时内已查询登记库 ${RECORD_CHECKS_PER_OFFICER_HOUR} 次，已达上限，请 60 分钟后再试`,
    );
    expect(await checksOf(next.id)).toBe(1);
    // The refused lookup spent nothing of the case's minute: a supervisor asks about it at once.
    expect((await runCheck(supervisor, next.id)).data?.runRecordCheck.status).toBe('PENDING');
  });
});
