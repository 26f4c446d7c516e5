import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Application } from '../server/applications/application.entity';
import { submitApplication } from '../server/applications/application.service';
import { checkpointFileOf, readCheckpoints, writeCheckpoint } from '../server/audit/audit.checkpoints';
import { eventHash, eventMac, GENESIS_HASH } from '../server/audit/audit.service';
import { AuditChainHead, AuditEvent } from '../server/audit/audit-event.entity';
import { requestContext } from '../server/core/context';
import { withTransaction } from '../server/db/transaction';
import { Officer } from '../server/officers/officer.entity';
import { type Client, startTestApp, type TestApp } from './support/harness';
import { application } from './support/inputs';
import { present } from './support/narrow';

let app: TestApp;
let admin: Client;

beforeAll(async () => {
  app = await startTestApp({ applications: 30 });
  admin = await app.as('admin');
});
afterAll(() => app?.close());

/** Every event, in the order of the chain: all sealed, each chained to the one before under the key. */
async function sealedChain(): Promise<AuditEvent[]> {
  const events = await app.ds.getRepository(AuditEvent).find({ order: { seq: 'ASC' } });
  expect(events.filter((e) => e.seq == null)).toEqual([]);
  let previous = GENESIS_HASH;
  for (const e of events) {
    expect(e.prevHash).toBe(previous);
    expect(e.hash).toBe(eventHash(app.config.auditKey, previous, e));
    previous = e.hash;
  }
  return events;
}

describe('audit trail', () => {
  it('chains every event to the one before with an HMAC under the configured key', async () => {
    await admin.data('mutation($i: OfficeInput!) { createOffice(input: $i) { id } }', {
      i: { code: '210102-PCS9', name: '测试派出所', kind: 'POLICE_STATION', jurisdiction: ['210102002'] },
    });
    const events = await sealedChain();
    expect(events.length).toBeGreaterThan(30);
    expect(eventHash('another key', events[0].prevHash, events[0])).not.toBe(events[0].hash);
    expect(events.at(-1)).toMatchObject({ action: 'OFFICE_CREATED', entityType: 'Office' });
  });

  it('seals writes answered at once into one chain, each before its answer', async () => {
    const offices = Array.from({ length: 12 }, (_, i) => `210102-PC${String.fromCharCode(65 + i)}`);
    const created = await Promise.all(
      offices.map((code) =>
        admin.data<{ createOffice: { id: string } }>('mutation($i: OfficeInput!) { createOffice(input: $i) { id } }', {
          i: { code, name: `并发派出所${code.slice(-1)}`, kind: 'POLICE_STATION', jurisdiction: ['210102002'] },
        }),
      ),
    );
    // Each answer came after its event was sealed: its trail shows it at once.
    for (const { createOffice } of created) {
      const { auditTrail } = await admin.data<{ auditTrail: { items: { action: string; hash: string }[] } }>(
        'query($id: String!) { auditTrail(entityType: "Office", entityId: $id) { items { action hash } } }',
        {
          id: createOffice.id,
        },
      );
      expect(auditTrail.items).toEqual([{ action: 'OFFICE_CREATED', hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    }
    const events = await sealedChain();
    expect(new Set(events.map((e) => e.seq)).size).toBe(events.length);
    const head = await app.ds.getRepository(AuditChainHead).findOneByOrFail({ id: 1 });
    const last = present(events.at(-1), 'the last event');
    expect(head).toMatchObject({ lastEventId: last.id, lastHash: last.hash });
  });

  it('rolls the audit event back with a change that fails, and keeps both when it commits', async () => {
    const officer = await app.ds.getRepository(Officer).findOneByOrFail({ username: 'heping.officer' });
    const ctx = requestContext({ ds: app.ds, config: app.config, officer });
    const count = () =>
      Promise.all([app.ds.getRepository(Application).count(), app.ds.getRepository(AuditEvent).count()]);
    const before = await count();
    await expect(
      withTransaction(ctx, async () => {
        await submitApplication(ctx, application() as never);
        throw new Error('the change fails after its audit event was written');
      }),
    ).rejects.toThrow('the change fails');
    expect(await count()).toEqual(before);
    await withTransaction(ctx, () => submitApplication(ctx, application() as never));
    expect(await count()).toEqual([before[0] + 1, before[1] + 1]);
  });

  it('writes nothing for a refused change', async () => {
    const before = await app.ds.getRepository(AuditEvent).count();
    const refused = await admin.gql('mutation($i: OfficeInput!) { createOffice(input: $i) { id } }', {
      i: { code: 'X1', name: '坏数据', kind: 'POLICE_STATION', jurisdiction: ['999999'] },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.jurisdiction[0]' });
    expect(await app.ds.getRepository(AuditEvent).count()).toBe(before);
  });

  it('shows configuration trails to administrators only', async () => {
    const officer = await app.as('heping.officer');
    type Trail = { auditTrail: { total: number } };
    const trail = await officer.data<Trail>('{ auditTrail(entityType: "Office", entityId: "1") { total } }');
    expect(trail.auditTrail.total).toBe(0);
    expect(
      (await admin.data<Trail>('{ auditTrail(entityType: "Office", entityId: "1") { total } }')).auditTrail.total,
    ).toBe(1);
  });
});

describe('npm run audit:verify', () => {
  // The script as npm runs it, without npx's own start (a few seconds a run on a busy machine).
  // Not spawnSync: the server runs in this process, and a blocked event loop would drop its idle connections.
  const verify = (...args: string[]) => {
    const env = {
      ...process.env,
      AUDIT_KEY: app.config.auditKey,
      ...(app.config.databaseUrl ? { DATABASE_URL: app.config.databaseUrl } : { SQLITE_PATH: app.config.sqlitePath }),
    };
    return new Promise<{ status: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', ...args], { env });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (status) => resolve({ status, output }));
    });
  };

  it('refuses to vouch for a database that is not there', () => {
    const missing = path.join(os.tmpdir(), `rcc-no-such-${process.pid}.sqlite`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
      env: { ...process.env, DATABASE_URL: '', SQLITE_PATH: missing },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`no database at ${missing}`);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('passes an event that waits for its seal, seals it with the next write, and names one written around the server', async () => {
    // A process that stopped between a write's commit and its seal leaves the event unsealed, with its own MAC.
    const waiting = app.ds.getRepository(AuditEvent).create({
      at: new Date(),
      actorId: null,
      action: 'LEFT_UNSEALED',
      entityType: 'Office',
      entityId: '1',
      detail: { why: 'the process stopped' },
      seq: null,
      prevHash: '',
      hash: '',
    });
    await app.ds.getRepository(AuditEvent).save(waiting);
    waiting.mac = eventMac(app.config.auditKey, waiting);
    await app.ds.getRepository(AuditEvent).save(waiting);
    const pending = await verify();
    expect(pending.status).toBe(0);
    expect(pending.output).toMatch(/audit chain intact: \d+ events; 1 written moments ago wait to be sealed/);
    await admin.data('mutation($i: OfficeInput!) { createOffice(input: $i) { id } }', {
      i: { code: '210102-PCW', name: '封存派出所', kind: 'POLICE_STATION', jurisdiction: ['210102002'] },
    });
    expect((await app.ds.getRepository(AuditEvent).findOneByOrFail({ id: waiting.id })).seq).toBeGreaterThan(0);
    expect((await verify()).output).not.toMatch(/wait to be sealed/);

    // A row written around the server, without the key: never sealed, and named.
    const forged = await app.ds
      .getRepository(AuditEvent)
      .save({ ...waiting, id: undefined, action: 'FORGED', mac: 'f'.repeat(64), seq: null });
    await admin.data('mutation($i: OfficeInput!) { createOffice(input: $i) { id } }', {
      i: { code: '210102-PCX', name: '伪造派出所', kind: 'POLICE_STATION', jurisdiction: ['210102002'] },
    });
    expect((await app.ds.getRepository(AuditEvent).findOneByOrFail({ id: forged.id })).seq).toBeNull();
    const named = await verify();
    expect(named.status).toBe(1);
    expect(named.output).toContain(
      `AUDIT CHAIN BROKEN at event ${forged.id}: event ${forged.id} was written without the audit key`,
    );
    await app.ds.getRepository(AuditEvent).delete({ id: forged.id });
    expect((await verify()).status).toBe(0);
  });

  it('never seals a copy of a genuine event (its MAC binds the id of the original), and names it', async () => {
    const genuine = await app.ds
      .getRepository(AuditEvent)
      .findOneOrFail({ where: { action: 'OFFICE_CREATED' }, order: { id: 'ASC' } });
    const q = (name: string) => app.ds.driver.escape(name);
    const columns = ['at', 'actorId', 'action', 'entityType', 'entityId', 'detail'].map(q).join(', ');
    await app.ds.query(
      `INSERT INTO ${q('audit_event')} (${columns}, ${q('seq')}, ${q('mac')}, ${q('prevHash')}, ${q('hash')}) SELECT ${columns}, NULL, ${q('mac')}, '', '' FROM ${q('audit_event')} WHERE ${q('id')} = ?`,
      [genuine.id],
    );
    const replay = await app.ds
      .getRepository(AuditEvent)
      .findOneOrFail({ where: { action: 'OFFICE_CREATED' }, order: { id: 'DESC' } });
    expect(replay.id).not.toBe(genuine.id);
    // The next write's seal passes it over.
    await admin.data('mutation($i: OfficeInput!) { createOffice(input: $i) { id } }', {
      i: { code: '210102-PCR', name: '重放派出所', kind: 'POLICE_STATION', jurisdiction: ['210102002'] },
    });
    expect((await app.ds.getRepository(AuditEvent).findOneByOrFail({ id: replay.id })).seq).toBeNull();
    const named = await verify();
    expect(named.status).toBe(1);
    expect(named.output).toContain(
      `AUDIT CHAIN BROKEN at event ${replay.id}: event ${replay.id} was written without the audit key, or copied from another event`,
    );
    await app.ds.getRepository(AuditEvent).delete({ id: replay.id });
    expect((await verify()).status).toBe(0);
  });

  it('hides an event placed beyond the head from the history, and names it', async () => {
    const officer = await app.as('heping.officer');
    const { applications } = await officer.data<{ applications: { items: { id: string }[] } }>(
      '{ applications(perPage: 1) { items { id } } }',
    );
    const caseId = applications.items[0].id;
    const history = async () =>
      present(
        (
          await officer.data<{ application: { history: { action: string }[] } | null }>(
            'query($id: ID!) { application(id: $id) { history { action } } }',
            { id: caseId },
          )
        ).application,
        `case ${caseId}`,
      ).history;
    const before = await history();
    const head = await app.ds.getRepository(AuditChainHead).findOneByOrFail({ id: 1 });
    const headSeq = (await app.ds.getRepository(AuditEvent).findOneByOrFail({ id: head.lastEventId })).seq ?? 0;
    const junk = await app.ds.getRepository(AuditEvent).save({
      at: new Date(),
      actorId: null,
      action: 'RECORD_CLEARED',
      entityType: 'Application',
      entityId: String(caseId),
      detail: { note: 'written around the server' },
      seq: headSeq + 1,
      mac: 'e'.repeat(64),
      prevHash: head.lastHash,
      hash: 'e'.repeat(64),
    });
    expect(await history()).toEqual(before);
    const named = await verify();
    expect(named.status).toBe(1);
    expect(named.output).toContain(
      `AUDIT CHAIN BROKEN at event ${junk.id}: event ${junk.id} claims place ${headSeq + 1}, beyond the chain's head`,
    );
    await app.ds.getRepository(AuditEvent).delete({ id: junk.id });
    expect((await verify()).status).toBe(0);
  });

  it('checks the chain against the checkpoints the server signs: names a truncation behind a restored head, and a forged checkpoint', async () => {
    // The server wrote one when it started; each holds its signature.
    const file = checkpointFileOf(app.config);
    const written = readCheckpoints(fs.readFileSync(file, 'utf8'), app.config.auditKey);
    expect(written.forgedLine).toBeNull();
    expect(written.checkpoints.length).toBeGreaterThan(0);
    const intact = await verify('--checkpoints', file);
    expect(intact.status, intact.output).toBe(0);
    expect(intact.output).toMatch(/audit chain intact: \d+ events; it holds all \d+ checkpoints/);

    // An administrator keeps the head row, lets a change be written (and checkpointed), then removes it and puts the old head back.
    const saved = await app.ds.getRepository(AuditChainHead).findOneByOrFail({ id: 1 });
    const savedSeq = (await app.ds.getRepository(AuditEvent).findOneByOrFail({ id: saved.lastEventId })).seq ?? 0;
    await admin.data('mutation($i: OfficeInput!) { createOffice(input: $i) { id } }', {
      i: { code: '210102-PCT', name: '截断派出所', kind: 'POLICE_STATION', jurisdiction: ['210102002'] },
    });
    const checkpoint = await writeCheckpoint(app.ds, app.config);
    expect(checkpoint?.seq).toBeGreaterThan(savedSeq);
    await app.ds.createQueryBuilder().delete().from(AuditEvent).where('seq > :seq', { seq: savedSeq }).execute();
    await app.ds.getRepository(AuditChainHead).save(saved);
    // Without the checkpoints the chain is whole: what was cut leaves no trace in the database.
    expect((await verify()).status).toBe(0);
    const cut = await verify('--checkpoints', file);
    expect(cut.status).toBe(1);
    expect(cut.output).toContain(
      `the chain ends at place ${savedSeq}, before the checkpoint of ${checkpoint?.at} at place ${checkpoint?.seq}`,
    );

    // The checkpoints as the process log carries them serve as well.
    const logged = path.join(path.dirname(file), 'server.log');
    fs.writeFileSync(
      logged,
      `{"level":30,"msg":"request"}\n${JSON.stringify({ level: 30, auditCheckpoint: checkpoint, msg: 'audit checkpoint' })}\n`,
    );
    expect((await verify('--checkpoints', logged)).output).toContain('before the checkpoint of');
    // A checkpoint not signed with the key is named, not believed.
    fs.writeFileSync(logged, `${JSON.stringify({ ...checkpoint, seq: 1 })}\n`);
    const forged = await verify('--checkpoints', logged);
    expect(forged.status).toBe(1);
    expect(forged.output).toContain(`${logged}: CHECKPOINT FORGED at line 1`);
    // The chain anchored anew from here on: later tests start from a chain its checkpoints hold.
    fs.rmSync(file);
    await writeCheckpoint(app.ds, app.config);
    expect((await verify('--checkpoints', file)).status).toBe(0);
    // Seven runs of the verifier, each a process of its own: on a loaded 2-core machine a minute is short.
  }, 180_000);

  it('passes an intact chain and names the first event of a tampered one', async () => {
    const intact = await verify();
    // It names the database it read: an operator sees at once a chain verified somewhere else.
    expect(intact.output).toMatch(/^(SQLite|MySQL) \S+.*: audit chain intact: \d+ events/m);
    expect(intact.status).toBe(0);
    const events = await app.ds.getRepository(AuditEvent).find({ order: { seq: 'ASC' } });
    const victim = events[Math.floor(events.length / 2)];
    await app.ds
      .createQueryBuilder()
      .update(AuditEvent)
      .set({ action: 'NOTHING_HAPPENED' })
      .where('id = :id', { id: victim.id })
      .execute();
    const tampered = await verify();
    expect(tampered.status).toBe(1);
    expect(tampered.output).toContain(`AUDIT CHAIN BROKEN at event ${victim.id}`);
    await app.ds
      .createQueryBuilder()
      .update(AuditEvent)
      .set({ action: victim.action })
      .where('id = :id', { id: victim.id })
      .execute();
    expect((await verify()).status).toBe(0);
    await app.ds
      .createQueryBuilder()
      .delete()
      .from(AuditEvent)
      .where('id = :id', { id: present(events.at(-1), 'the last event').id })
      .execute();
    const truncated = await verify();
    expect(truncated.status).toBe(1);
    expect(truncated.output).toMatch(/events were removed from the end/);
    // Pointing the head back at the event before does not hide it: the head is sealed with the key.
    const previous = present(events.at(-2), 'the event before the last');
    await app.ds
      .createQueryBuilder()
      .update(AuditChainHead)
      .set({ lastEventId: previous.id, lastHash: previous.hash })
      .where('id = 1')
      .execute();
    const rewound = await verify();
    expect(rewound.status).toBe(1);
    expect(rewound.output).toMatch(/head was changed/);
  });
});

describe('migrations', () => {
  it('leave nothing between the database and the entities', async () => {
    const pending = await app.ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
