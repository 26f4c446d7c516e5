import { SingleBar, Presets } from 'cli-progress';
import { DataSource, type EntityManager } from 'typeorm';
import { shanghaiDate } from '../core/time';
import { addToCounters } from '../reports/counters';
import { Application } from '../applications/application.entity';
import { recordAudit } from '../audit/audit.service';
import { WorkCalendar } from '../calendar/calendar.service';
import { ensureOfficialCalendar } from '../calendar/official-calendar';
import type { Config } from '../config';
import { addMissingIndexes, bulkInsert, withSecondaryIndexesDeferred } from '../core/bulk-insert';
import { inTransaction } from '../core/transaction';
import { Document } from '../documents/document.entity';
import { Office } from '../offices/office.entity';
import { hashPassword } from '../officers/auth.service';
import { Officer } from '../officers/officer.entity';
import { RoutingRule } from '../routing/routing-rule.entity';
import { keepRuleVersion } from '../routing/routing.service';
import { demoCase, type DemoCase, type DemoWorld } from './demo-applications';
import { storeDemoFiles } from './demo-files';
import { StatusChange } from '../applications/status-change.entity';
import { ApplicationStatus, CaseAction, OfficeKind } from '../core/enums';
import { FileStore } from '../documents/file-store';
import { BulkNumbers, issueResultDocument } from '../documents/issuance.service';
import { DocumentNumberSequence } from '../documents/document-number.entity';
import { DEMO_PASSWORD, demoOffices, demoOfficers, demoRules } from './demo-directory';

const system = (config: Config) => ({ config, officer: null });

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
      const office = await em.save(em.create(Office, { ...fields, parentId: parent?.id ?? null, createdAt: now, updatedAt: now }));
      await recordAudit(system(config), em, { action: 'OFFICE_CREATED', entityType: 'Office', entityId: office.id, detail: { after: office, source: 'demo seed' } });
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const seed of demoOfficers()) {
      if (await em.existsBy(Officer, { username: seed.username })) continue;
      const office = await em.findOneByOrFail(Office, { code: seed.officeCode });
      const officer = await em.save(em.create(Officer, {
        username: seed.username, displayName: seed.displayName, role: seed.role, officeId: office.id, active: true,
        passwordHash, createdAt: now, updatedAt: now,
      }));
      await recordAudit(system(config), em, { action: 'OFFICER_CREATED', entityType: 'Officer', entityId: officer.id, detail: { username: officer.username, role: officer.role, source: 'demo seed' } });
    }
    for (const seed of demoRules()) {
      if (await em.existsBy(RoutingRule, { name: seed.name })) continue;
      const target = seed.targetOfficeCode ? await em.findOneByOrFail(Office, { code: seed.targetOfficeCode }) : null;
      const rule = await em.save(em.create(RoutingRule, {
        name: seed.name, priority: seed.priority, enabled: true, applicantKind: seed.applicantKind,
        subjectCategory: seed.subjectCategory, entrusted: null, regionBasis: seed.regionBasis,
        regionPrefix: seed.regionPrefix ?? null, minDaysInChina: seed.minDaysInChina ?? null,
        targetOfficeKind: seed.targetOfficeKind ?? null, targetOfficeId: target?.id ?? null, legalBasis: seed.legalBasis,
        version: 1, updatedAt: now,
      }));
      await keepRuleVersion(em, rule);
      await recordAudit(system(config), em, { action: 'ROUTING_RULE_CREATED', entityType: 'RoutingRule', entityId: rule.id, detail: { after: rule, source: 'demo seed' } });
    }
  });
}

/** The action that usually brings a case into a status, for the demo cases' history. */
const ACTION_INTO: Record<ApplicationStatus, CaseAction> = {
  SUBMITTED: CaseAction.TRANSFER, AWAITING_SUPPLEMENT: CaseAction.REQUEST_SUPPLEMENT, ACCEPTED: CaseAction.ACCEPT,
  UNDER_INVESTIGATION: CaseAction.START_INVESTIGATION, PENDING_SIGNOFF: CaseAction.DECIDE, DECIDED: CaseAction.DECIDE,
  ISSUED: CaseAction.ISSUE, MAILED: CaseAction.RECORD_MAILING, DELIVERED: CaseAction.RECORD_DELIVERY,
  NOT_ACCEPTED: CaseAction.NOT_ACCEPT, WITHDRAWN: CaseAction.WITHDRAW, UNDER_REVIEW: CaseAction.OPEN_REVIEW,
};

/** The report and queue counters of a batch of demo cases, added in a few statements. */
async function countCases(em: EntityManager, cases: DemoCase[]): Promise<void> {
  const workload = new Map<string, Record<string, number | string>>();
  const decisions = new Map<string, Record<string, number | string>>();
  const cells = new Map<string, Record<string, number | string>>();
  const add = (map: Map<string, Record<string, number | string>>, key: Record<string, number | string>, field: string, n = 1) => {
    const id = Object.values(key).join('|');
    const row = map.get(id) ?? { ...key };
    row[field] = Number(row[field] ?? 0) + n;
    map.set(id, row);
  };
  const steps = ['received', 'accepted', 'decided', 'met', 'issued', 'mailed'];
  for (const { application: a, issue } of cases) {
    const officeId = a.officeId!;
    const day = (at: Date) => ({ day: shanghaiDate(at), officeId, officerId: 0 });
    add(cells, { officeId, status: a.status!, assigneeId: a.assigneeId ?? 0 }, 'count');
    add(workload, day(a.submittedAt!), 'received');
    if (a.acceptedAt) add(workload, day(a.acceptedAt), 'accepted');
    if (issue) add(workload, day(issue.issuedAt), 'issued');
    if (a.mailing?.mailedAt) add(workload, day(a.mailing.mailedAt), 'mailed');
    if (a.decidedAt) {
      const key = { day: shanghaiDate(a.decidedAt), officeId, officerId: a.decidedById ?? 0 };
      add(workload, key, 'decided');
      add(workload, key, 'met', a.dueAt && a.decidedAt <= a.dueAt ? 1 : 0);
      add(decisions, { ...key, days: a.decisionWorkingDays ?? 0 }, 'count');
    }
  }
  const full = [...workload.values()].map((r) => ({ ...r, ...Object.fromEntries(steps.map((s) => [s, r[s] ?? 0])) }));
  await addToCounters(em, 'workload_day', ['day', 'officeId', 'officerId'], full);
  await addToCounters(em, 'decision_days', ['day', 'officeId', 'officerId', 'days'], [...decisions.values()]);
  await addToCounters(em, 'case_count', ['officeId', 'status', 'assigneeId'], [...cells.values()]);
}

/** Above this many cases the seed loads in bulk: a two-year history, no PDFs rendered, one audit event a batch. */
export const BULK_FROM = 20_000;

/** The tables a load of cases writes to row by row. */
const CASE_TABLES = [Application, Document, StatusChange];

/** Lets pending database replies be handled: generation of the next batch overlaps the writing of this one. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Demo data: the directory, the official calendar, and applications topped up to `applications`
 * in all (running it again adds only what is missing). A bulk load (for benchmarks) spreads the
 * cases over two years with few still open, numbers the issued documents without rendering their
 * PDFs, audits each batch as one event, and on MySQL/MariaDB builds the secondary indexes after
 * the load when it at least doubles the cases.
 */
export async function seedDemoData(ds: DataSource, config: Config, options: { applications: number; progress?: boolean; bulk?: boolean }): Promise<{ added: number }> {
  await ensureOfficialCalendar(ds);
  await seedDirectory(ds, config);
  await addMissingIndexes(ds, CASE_TABLES);
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
      if (sequence % 100 === 0) await yieldToIo();
    }
    return cases;
  };
  const write = (cases: DemoCase[]) => inTransaction(ds, async (em) => {
    const [{ last }] = await em.query('SELECT MAX(id) AS last FROM application');
    cases.forEach((c, i) => { c.application.id = Number(last ?? 0) + 1 + i; });
    for (const c of cases.filter((x) => x.issue)) {
      const a = c.application as Application;
      c.application.issued = bulk
        ? numbers.issue(officeById.get(a.officeId)!, a, c.issue!.issuedAt, c.issue!.issuedById ?? 0)
        : await issueResultDocument(config, em, a, c.issue!.issuedAt, c.issue!.issuedById ?? 0);
    }
    await bulkInsert(em, Application, cases.map((c) => c.application));
    await bulkInsert(em, Document, cases.flatMap((c) => c.documents.map((d) => ({ ...d, applicationId: c.application.id! }))));
    await bulkInsert(em, StatusChange, cases.flatMap((c) => c.history.map((h, i) => ({
      applicationId: c.application.id!, officeId: c.application.officeId!, fromStatus: i ? c.history[i - 1].status : null,
      toStatus: h.status, action: i ? h.action ?? ACTION_INTO[h.status] : 'SUBMIT' as const, at: h.at, actorId: null,
    }))));
    await countCases(em, cases);
    if (bulk) {
      await recordAudit(system(config), em, {
        action: 'DEMO_APPLICATIONS_LOADED', entityType: 'Application', entityId: `${cases[0].application.id}-${cases[cases.length - 1].application.id}`,
        detail: { count: cases.length, source: 'demo seed (bulk)' },
      });
      await numbers.save(em);
    } else {
      for (const c of cases) {
        await recordAudit(system(config), em, {
          action: 'APPLICATION_SUBMITTED', entityType: 'Application', entityId: c.application.id!,
          detail: { referenceNo: c.application.referenceNo, officeId: c.application.officeId, source: 'demo seed' },
        });
      }
    }
  });

  const bar = options.progress ? new SingleBar({ format: 'applications {bar} {value}/{total} {eta_formatted}' }, Presets.shades_classic) : null;
  const batch = bulk ? 2000 : 250;
  const load = async () => {
    bar?.start(wanted, 0);
    let added = 0;
    let next = draw(Math.min(batch, wanted));
    while (added < wanted) {
      const cases = await next;
      const rest = wanted - added - cases.length;
      next = draw(Math.min(batch, rest));
      await write(cases);
      added += cases.length;
      bar?.update(added);
    }
    bar?.stop();
    return { added };
  };
  return bulk && wanted >= existing ? withSecondaryIndexesDeferred(ds, CASE_TABLES, load) : load();
}
