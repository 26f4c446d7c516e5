import { SingleBar, Presets } from 'cli-progress';
import { DataSource, In, type EntityManager } from 'typeorm';
import { shanghaiDate } from '../core/time';
import { addToCounters } from '../reports/counters';
import { Application } from '../applications/application.entity';
import { recordAudit } from '../audit/audit.service';
import { WorkCalendar } from '../calendar/calendar.service';
import { ensureOfficialCalendar } from '../calendar/official-calendar';
import type { Config } from '../config';
import { bulkInsert } from '../core/bulk-insert';
import { inTransaction } from '../core/transaction';
import { Document } from '../documents/document.entity';
import { Office } from '../offices/office.entity';
import { hashPassword } from '../officers/auth.service';
import { Officer } from '../officers/officer.entity';
import { RoutingRule } from '../routing/routing-rule.entity';
import { demoCase, type DemoCase } from './demo-applications';
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

/** Above this many cases the seed loads in bulk: no PDFs rendered, one audit event a batch. */
export const BULK_FROM = 20_000;

/**
 * Demo data: the directory, the official calendar, and applications topped up to `applications`
 * in all (running it again adds only what is missing). A bulk load (for benchmarks) numbers the
 * issued documents without rendering their PDFs and audits each batch as one event.
 */
export async function seedDemoData(ds: DataSource, config: Config, options: { applications: number; progress?: boolean; bulk?: boolean }): Promise<{ added: number }> {
  await ensureOfficialCalendar(ds);
  await seedDirectory(ds, config);
  const existing = await ds.getRepository(Application).count();
  const wanted = Math.max(options.applications - existing, 0);
  if (!wanted) return { added: 0 };
  const bulk = options.bulk ?? wanted >= BULK_FROM;
  const offices = await ds.getRepository(Office).find();
  const world = {
    file: await storeDemoFiles(new FileStore(config.filesDir)),
    offices,
    townships: offices.filter((o) => o.kind === OfficeKind.POLICE_STATION).flatMap((o) => o.jurisdiction),
    officers: await ds.getRepository(Officer).find(),
    rules: await ds.getRepository(RoutingRule).find(),
    calendar: await WorkCalendar.load(ds.manager),
    now: new Date(),
  };
  const numbers = new BulkNumbers(await ds.getRepository(DocumentNumberSequence).find());
  const bar = options.progress ? new SingleBar({ format: 'applications {bar} {value}/{total} {eta_formatted}' }, Presets.shades_classic) : null;
  bar?.start(wanted, 0);
  let sequence = existing;
  let added = 0;
  while (added < wanted) {
    const cases: DemoCase[] = [];
    while (cases.length < Math.min(bulk ? 2000 : 250, wanted - added)) {
      const c = demoCase(world, sequence++);
      if (c) cases.push(c);
    }
    await inTransaction(ds, async (em) => {
      for (const c of cases.filter((x) => x.issue)) {
        const a = c.application as Application;
        c.application.issued = bulk
          ? numbers.issue(offices.find((o) => o.id === a.officeId)!, a, c.issue!.issuedAt, c.issue!.issuedById ?? 0)
          : await issueResultDocument(config, em, a, c.issue!.issuedAt, c.issue!.issuedById ?? 0);
      }
      await bulkInsert(em, Application, cases.map((c) => c.application));
      const refs = cases.map((c) => c.application.referenceNo!);
      const rows = await em.find(Application, { select: { id: true, referenceNo: true }, where: { referenceNo: In(refs) } });
      const idOf = new Map(rows.map((r) => [r.referenceNo, r.id]));
      await bulkInsert(em, Document, cases.flatMap((c) => c.documents.map((d) => ({ ...d, applicationId: idOf.get(c.application.referenceNo!)! }))));
      await bulkInsert(em, StatusChange, cases.flatMap((c) => c.history.map((h, i) => ({
        applicationId: idOf.get(c.application.referenceNo!)!, officeId: c.application.officeId!, fromStatus: i ? c.history[i - 1].status : null,
        toStatus: h.status, action: i ? h.action ?? ACTION_INTO[h.status] : 'SUBMIT' as const, at: h.at, actorId: null,
      }))));
      await countCases(em, cases);
      if (bulk) {
        await recordAudit(system(config), em, {
          action: 'DEMO_APPLICATIONS_LOADED', entityType: 'Application', entityId: `${Math.min(...idOf.values())}-${Math.max(...idOf.values())}`,
          detail: { count: cases.length, source: 'demo seed (bulk)' },
        });
      } else {
        for (const c of cases) {
          await recordAudit(system(config), em, {
            action: 'APPLICATION_SUBMITTED', entityType: 'Application', entityId: idOf.get(c.application.referenceNo!)!,
            detail: { referenceNo: c.application.referenceNo, officeId: c.application.officeId, source: 'demo seed' },
          });
        }
      }
      if (bulk) await numbers.save(em);
    });
    added += cases.length;
    bar?.update(added);
  }
  bar?.stop();
  return { added };
}
