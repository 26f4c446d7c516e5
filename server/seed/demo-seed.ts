import { Presets, SingleBar } from 'cli-progress';
import type { DataSource, EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Document } from '../applications/document.entity';
import { idNumberHash } from '../applications/id-number-hash';
import { StatusChange } from '../applications/status-change.entity';
import { recordAudit } from '../audit/audit.service';
import { AuditEvent } from '../audit/audit-event.entity';
import { WorkCalendar } from '../calendar/calendar.service';
import { workdaysSpanned } from '../calendar/clock';
import { ensureOfficialCalendar } from '../calendar/official-calendar';
import type { Config } from '../config';
import { OfficeKind } from '../core/enums';
import { shanghaiDate } from '../core/time';
import { addToCounters } from '../counters/counters';
import { BULK_LOADED } from '../data-source';
import { bulkInsert, withSecondaryIndexesDeferred } from '../db/bulk-insert';
import { bumpCacheVersion } from '../db/reference-cache';
import { inTransaction } from '../db/transaction';
import { DocumentNumberSequence } from '../documents/document-number.entity';
import { FileStore } from '../documents/file-store';
import { BulkNumbers, issueResultDocument } from '../documents/issuance.service';
import { hashPassword } from '../officers/auth.service';
import { Officer } from '../officers/officer.entity';
import { Office } from '../offices/office.entity';
import { CriminalRecord } from '../records/criminal-record.entity';
import { RecordCheck } from '../records/record-check.entity';
import { keepRuleVersion } from '../routing/routing.service';
import { RoutingRule } from '../routing/routing-rule.entity';
import { type DemoCase, type DemoWorld, demoCase } from './demo-applications';
import { DEMO_PASSWORD, demoOfficers, demoOffices, demoRules } from './demo-directory';
import { storeDemoFiles } from './demo-files';

const system = (config: Config) => ({ config, officer: null });

/** What the audit events of the demo seed's own offices and officers name as their source. */
const DEMO_SOURCE = 'demo seed';

/** Demo data carries accounts whose password is published: never on a production database. */
export function refuseDemoInProduction(config: Pick<Config, 'production'>): void {
  if (config.production) {
    throw new Error(
      'Demo data is never loaded when NODE_ENV=production (its accounts share a published password); create the first administrator with npm run admin:create',
    );
  }
}

/**
 * Demo data goes only into a database of its own: one that holds an officer the demo seed did not
 * create (an administrator of admin:create, an officer created in the console) is someone's real
 * directory, where the demo accounts' published password would open the door.
 */
async function refuseForeignOfficers(ds: DataSource): Promise<void> {
  const officers = await ds.getRepository(Officer).find({ select: { id: true, username: true }, order: { id: 'ASC' } });
  if (!officers.length) return;
  const created = await ds.getRepository(AuditEvent).find({
    select: { entityId: true, detail: true },
    where: { action: 'OFFICER_CREATED', entityType: 'Officer' },
  });
  const seeded = new Set(created.filter((e) => e.detail?.source === DEMO_SOURCE).map((e) => e.entityId));
  const foreign = officers.filter((o) => !seeded.has(String(o.id)));
  if (foreign.length) {
    throw new Error(
      `Demo data is loaded only into a database of its own: this one holds ${foreign.length} officer(s) the demo seed did not create (${foreign
        .slice(0, 3)
        .map((o) => o.username)
        .join(', ')}), and the demo accounts share a published password`,
    );
  }
}

export async function isEmptyDatabase(ds: DataSource): Promise<boolean> {
  return (await ds.getRepository(Office).count()) === 0;
}

/** Offices, officers and rules of the demo city; what exists already (by code, username, name) is left as it is. */
async function seedDirectory(ds: DataSource, config: Config): Promise<void> {
  await inTransaction(ds, async (em) => {
    const now = new Date();
    for (const seed of demoOffices()) {
      if (await em.existsBy(Office, { code: seed.code })) continue;
      const parent = seed.parentCode ? await em.findOneByOrFail(Office, { code: seed.parentCode }) : null;
      const { parentCode: _code, ...fields } = seed;
      const office = await em.save(
        em.create(Office, { ...fields, parentId: parent?.id ?? null, createdAt: now, updatedAt: now }),
      );
      await bumpCacheVersion(em, 'offices');
      await recordAudit(system(config), em, {
        action: 'OFFICE_CREATED',
        entityType: 'Office',
        entityId: office.id,
        detail: { after: office, source: DEMO_SOURCE },
      });
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const seed of demoOfficers()) {
      if (await em.existsBy(Officer, { username: seed.username })) continue;
      const office = await em.findOneByOrFail(Office, { code: seed.officeCode });
      const officer = await em.save(
        em.create(Officer, {
          username: seed.username,
          displayName: seed.displayName,
          role: seed.role,
          officeId: office.id,
          active: true,
          passwordHash,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await bumpCacheVersion(em, 'officers');
      await recordAudit(system(config), em, {
        action: 'OFFICER_CREATED',
        entityType: 'Officer',
        entityId: officer.id,
        detail: { username: officer.username, role: officer.role, source: DEMO_SOURCE },
      });
    }
    for (const seed of demoRules()) {
      if (await em.existsBy(RoutingRule, { name: seed.name })) continue;
      const target = seed.targetOfficeCode ? await em.findOneByOrFail(Office, { code: seed.targetOfficeCode }) : null;
      const rule = await em.save(
        em.create(RoutingRule, {
          name: seed.name,
          priority: seed.priority,
          enabled: true,
          applicantKind: seed.applicantKind,
          subjectCategory: seed.subjectCategory,
          entrusted: null,
          regionBasis: seed.regionBasis,
          regionPrefix: seed.regionPrefix ?? null,
          minDaysInChina: seed.minDaysInChina ?? null,
          targetOfficeKind: seed.targetOfficeKind ?? null,
          targetOfficeId: target?.id ?? null,
          legalBasis: seed.legalBasis,
          version: 1,
          updatedAt: now,
        }),
      );
      await keepRuleVersion(em, rule);
      await recordAudit(system(config), em, {
        action: 'ROUTING_RULE_CREATED',
        entityType: 'RoutingRule',
        entityId: rule.id,
        detail: { after: rule, source: DEMO_SOURCE },
      });
    }
  });
}

/** Counter rows summed by key: `key` names the row, `base` gives its key columns the first time. */
class Tally {
  readonly rows = new Map<string, Record<string, number | string>>();
  constructor(private readonly fields: string[]) {}

  add(key: string, base: () => Record<string, number | string>, field: string, n = 1): void {
    let row = this.rows.get(key);
    if (!row) {
      row = base();
      for (const f of this.fields) row[f] = 0;
      this.rows.set(key, row);
    }
    row[field] = (row[field] as number) + n;
  }
}

/** The report and queue counters of a batch of demo cases, added in a few statements. */
async function countCases(em: EntityManager, cases: DemoCase[]): Promise<void> {
  const workload = new Tally(['received', 'accepted', 'decided', 'met', 'issued', 'mailed']);
  const decisions = new Tally(['count']);
  const cells = new Tally(['count']);
  for (const { application: a, issue } of cases) {
    const officeId = a.officeId;
    const step = (at: Date, field: string) => {
      const day = shanghaiDate(at);
      workload.add(`${day}|${officeId}|0`, () => ({ day, officeId, officerId: 0 }), field);
    };
    const assigneeId = a.assigneeId ?? 0;
    cells.add(`${officeId}|${a.status}|${assigneeId}`, () => ({ officeId, status: a.status, assigneeId }), 'count');
    step(a.submittedAt, 'received');
    if (a.acceptedAt) step(a.acceptedAt, 'accepted');
    if (issue) step(issue.issuedAt, 'issued');
    if (a.mailing?.mailedAt) step(a.mailing.mailedAt, 'mailed');
    if (a.decidedAt) {
      const day = shanghaiDate(a.decidedAt);
      const officerId = a.decidedById ?? 0;
      const days = a.decisionWorkingDays ?? 0;
      const key = `${day}|${officeId}|${officerId}`;
      workload.add(key, () => ({ day, officeId, officerId }), 'decided');
      workload.add(key, () => ({ day, officeId, officerId }), 'met', a.dueAt && a.decidedAt <= a.dueAt ? 1 : 0);
      decisions.add(`${key}|${days}`, () => ({ day, officeId, officerId, days }), 'count');
    }
  }
  await addToCounters(em, 'workload_day', ['day', 'officeId', 'officerId'], [...workload.rows.values()]);
  await addToCounters(em, 'decision_days', ['day', 'officeId', 'officerId', 'days'], [...decisions.rows.values()]);
  await addToCounters(em, 'case_count', ['officeId', 'status', 'assigneeId'], [...cells.rows.values()]);
}

/** Above this many cases the seed loads in bulk: a two-year history, no PDFs rendered, one audit event a batch. */
export const BULK_FROM = 20_000;

/** Lets pending database replies be handled: generation of the next batch overlaps the writing of this one. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Demo data: the directory, the official calendar, and applications topped up to `applications`
 * in all (running it again adds only what is missing). A bulk load (for benchmarks) spreads the
 * cases over two years with few still open, numbers the issued documents without rendering their
 * PDFs, audits each batch as one event, and on MySQL/MariaDB builds the secondary indexes after
 * the load when it at least doubles the cases.
 */
export async function seedDemoData(
  ds: DataSource,
  config: Config,
  options: { applications: number; progress?: boolean; bulk?: boolean },
): Promise<{ added: number }> {
  refuseDemoInProduction(config);
  await refuseForeignOfficers(ds);
  await ensureOfficialCalendar(ds);
  await seedDirectory(ds, config);
  const existing = await ds.getRepository(Application).count();
  const wanted = Math.max(options.applications - existing, 0);
  if (!wanted) return { added: 0 };
  const bulk = options.bulk ?? wanted >= BULK_FROM;
  const offices = await ds.getRepository(Office).find();
  const world: DemoWorld = {
    file: await storeDemoFiles(new FileStore(config.filesDir)),
    offices,
    townships: offices.filter((o) => o.kind === OfficeKind.POLICE_STATION).flatMap((o) => o.jurisdiction),
    officers: await ds.getRepository(Officer).find(),
    rules: await ds.getRepository(RoutingRule).find(),
    calendar: await WorkCalendar.load(ds.manager),
    now: new Date(),
    history: bulk ? { days: 730, openShare: 0.01 } : undefined,
  };
  const officeById = new Map(offices.map((o) => [o.id, o]));
  const numbers = new BulkNumbers(await ds.getRepository(DocumentNumberSequence).find());
  let sequence = existing;
  const draw = async (count: number): Promise<DemoCase[]> => {
    const cases: DemoCase[] = [];
    while (cases.length < count) {
      const c = demoCase(world, sequence++);
      if (c) cases.push(c);
      // Lets replies to the batch being written in; generation overlaps writing.
      if (sequence % 100 === 0) await yieldToIo();
    }
    return cases;
  };
  // A bulk load writes two batches at a time, each in its own transaction: the database inserts one
  // while the next is built. Their tails (counters, audit chain, document numbers) go in batch order,
  // and none follows a batch that failed, so the load stays whole up to the last batch committed.
  const lanes = bulk ? 2 : 1;
  let nextId = Number((await ds.query('SELECT MAX(id) AS last FROM application'))[0].last ?? 0) + 1;
  let previous: Promise<boolean> = Promise.resolve(true);
  const write = (drawn: DemoCase[]): Promise<void> => {
    const cases = drawn.map((c) => {
      const id = nextId++;
      c.application.id = id;
      c.application.subjectIdHash = idNumberHash(config.auditKey, c.application.subject?.idNumber);
      c.application.agentIdHash = idNumberHash(config.auditKey, c.application.agent?.idNumber);
      return { ...c, id };
    });
    let position: DocumentNumberSequence[] = [];
    if (bulk) {
      for (const { application, issue } of cases) {
        if (!issue) continue;
        const a = application as Application;
        const office = officeById.get(a.officeId);
        // Demo cases are routed to the offices read above.
        if (!office) throw new Error(`Demo case routed to office ${a.officeId}, not a known office`);
        a.issued = numbers.issue(office, a, issue.issuedAt, issue.issuedById ?? 0);
      }
      position = numbers.position();
    }
    const before = previous;
    const written = inTransaction(ds, async (em) => {
      if (!bulk) {
        for (const { application, issue } of cases) {
          if (!issue) continue;
          application.issued = await issueResultDocument(
            config,
            em,
            application as Application,
            issue.issuedAt,
            issue.issuedById ?? 0,
          );
        }
      }
      await bulkInsert(
        em,
        Application,
        cases.map((c) => c.application),
      );
      await bulkInsert(
        em,
        Document,
        cases.flatMap((c) => c.documents.map((d) => ({ ...d, applicationId: c.id }))),
      );
      await bulkInsert(
        em,
        StatusChange,
        cases.flatMap((c) =>
          c.history.map((h, i) => {
            const ended = c.history[i + 1]?.at ?? null;
            return {
              applicationId: c.id,
              officeId: c.application.officeId,
              fromStatus: i ? c.history[i - 1].status : null,
              toStatus: h.status,
              action: i ? h.action : ('SUBMIT' as const),
              at: h.at,
              actorId: null,
              endedAt: ended,
              workingDays: ended && workdaysSpanned(world.calendar, h.at, ended),
            };
          }),
        ),
      );
      await bulkInsert(
        em,
        CriminalRecord,
        cases.flatMap((c) => c.records),
      );
      await bulkInsert(
        em,
        RecordCheck,
        cases.flatMap((c) => (c.recordCheck ? [{ ...c.recordCheck, applicationId: c.id }] : [])),
      );
      if (!(await before)) throw new Error('Not written: an earlier batch of the load failed');
      await countCases(em, cases);
      if (bulk) {
        await recordAudit(system(config), em, {
          action: 'DEMO_APPLICATIONS_LOADED',
          entityType: 'Application',
          entityId: `${cases[0].id}-${cases[cases.length - 1].id}`,
          detail: { count: cases.length, source: 'demo seed (bulk)' },
        });
        await BulkNumbers.save(em, position);
      } else {
        for (const c of cases) {
          await recordAudit(system(config), em, {
            action: 'APPLICATION_SUBMITTED',
            entityType: 'Application',
            entityId: c.id,
            detail: { referenceNo: c.application.referenceNo, officeId: c.application.officeId, source: DEMO_SOURCE },
          });
        }
      }
    });
    previous = written.then(
      () => true,
      () => false,
    );
    return written;
  };

  const bar = options.progress
    ? new SingleBar({ format: 'applications {bar} {value}/{total} {eta_formatted}' }, Presets.shades_classic)
    : null;
  const batch = bulk ? 2000 : 250;
  const load = async () => {
    bar?.start(wanted, 0);
    let drawn = 0;
    let added = 0;
    const writing: Promise<void>[] = [];
    try {
      let next = draw(Math.min(batch, wanted));
      while (drawn < wanted) {
        const cases = await next;
        drawn += cases.length;
        next = draw(Math.min(batch, wanted - drawn));
        const written = write(cases).then(() => {
          added += cases.length;
          bar?.update(added);
        });
        written.catch(() => {}); // awaited below; this only keeps a failure from counting as unhandled meanwhile
        writing.push(written);
        if (writing.length >= lanes) await writing.shift();
      }
      await Promise.all(writing);
    } finally {
      await Promise.allSettled(writing);
      bar?.stop();
    }
    return { added };
  };
  return bulk && wanted >= existing ? withSecondaryIndexesDeferred(ds, BULK_LOADED, load) : load();
}
