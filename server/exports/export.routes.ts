import { type Request, type Response, Router } from 'express';
import type { DataSource } from 'typeorm';
import type { ApplicationFilter, ApplicationSort } from '../applications/application.inputs';
import { applicationQuery, countCases, pageOfCases } from '../applications/application.service';
import { slaStateOf } from '../applications/sla';
import { recordAudit } from '../audit/audit.service';
import { requestCalendar } from '../calendar/calendar.service';
import type { Config } from '../config';
import type { RequestContext } from '../core/context';
import { ReportGrouping } from '../core/enums';
import { badInput } from '../core/errors';
import { shanghaiDate } from '../core/time';
import { managerOf, transactionOf } from '../db/transaction';
import { readInput } from '../graphql/input-limits';
import { type RestRoute, restRoute } from '../http/rest-route';
import { RUNNING_LIMITS, type RunningLimit } from '../limits/running-limits';
import { Officer } from '../officers/officer.entity';
import { Office } from '../offices/office.entity';
import { workloadReport } from '../reports/report.service';
import type {
  TimeInStatusInput,
  TimeInStatusRow,
  WorkloadReport,
  WorkloadReportInput,
  WorkloadRow,
} from '../reports/report.types';
import { timeInStatus } from '../reports/time-in-status.service';
import { createSchema } from '../schema';
import { EXPORT_LABELS, type ExportLanguage } from './export-labels';
import { tableWriter } from './table-writer';

/**
 * Cases read and written at a time. A read on SQLite holds the process until it returns, so
 * between batches the export lets the requests that came meanwhile be answered.
 */
const BATCH = 500;
const otherRequestsFirst = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A query parameter holding JSON of the schema's input type `typeName` (null when absent), validated
 * exactly as a GraphQL variable of that type is.
 */
async function jsonParam<T>(req: Request, name: string, typeName: string): Promise<T | null> {
  const raw = req.query[name];
  if (raw == null || raw === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(String(raw));
  } catch {
    throw badInput(name, 'must be JSON');
  }
  return readInput<T | null>(await createSchema(), typeName, value, name);
}

function formatOf(req: Request): 'csv' | 'xlsx' {
  const format = String(req.params.format);
  if (format !== 'csv' && format !== 'xlsx') throw badInput('format', 'export as csv or xlsx');
  return format;
}

/** The language of headers and labels: `lang=en` for English, Simplified Chinese by default (the console's two). */
function languageOf(req: Request): ExportLanguage {
  const raw = req.query.lang;
  const lang = Array.isArray(raw) ? raw.at(-1) : raw; // the last one when repeated
  if (lang == null || lang === '' || lang === 'zh-CN' || lang === 'zh') return 'zh-CN';
  if (lang === 'en') return 'en';
  throw badInput('lang', 'export in zh-CN or en');
}

/** Every export is audited, in the request's transaction, before it starts: who exported what. */
const auditExport = (ctx: RequestContext, what: string, detail: Record<string, unknown>) =>
  recordAudit(ctx, transactionOf(ctx), { action: 'EXPORTED', entityType: 'Export', entityId: what, detail });

/** The filtered queue: every matching case in scope, identity numbers masked. */
const exportApplications: RestRoute<{
  format: 'csv' | 'xlsx';
  lang: ExportLanguage;
  filter: ApplicationFilter;
  sort: ApplicationSort | null;
}> = {
  read: async (_ctx, req) => ({
    format: formatOf(req),
    lang: languageOf(req),
    filter: (await jsonParam<ApplicationFilter>(req, 'filter', 'ApplicationFilter')) ?? {},
    sort: await jsonParam<ApplicationSort>(req, 'sort', 'ApplicationSort'),
  }),
  write: async (ctx, { format, lang, filter, sort }) => {
    const total = await countCases(ctx, await applicationQuery(ctx, filter, sort));
    await auditExport(ctx, 'applications', { format, lang, filter, sort, rows: total });
    // The rows stream after the commit, outside the transaction.
    return (res) => writeApplications(ctx, res, format, lang, filter, sort, total);
  },
};

async function writeApplications(
  ctx: RequestContext,
  res: Response,
  format: 'csv' | 'xlsx',
  lang: ExportLanguage,
  filter: ApplicationFilter,
  sort: ApplicationSort | null,
  total: number,
): Promise<void> {
  const { applications: column, enums, names } = EXPORT_LABELS[lang];
  const query = await applicationQuery(ctx, filter, sort);
  const [offices, officers, calendar] = await Promise.all([
    managerOf(ctx).getRepository(Office).find(),
    managerOf(ctx).getRepository(Officer).find(),
    requestCalendar(ctx),
  ]);
  const officeName = new Map(offices.map((o) => [o.id, o.name]));
  const officerName = new Map(officers.map((o) => [o.id, o.displayName]));
  const now = new Date();
  const dueSoonBefore = calendar.dueSoonBefore(now);
  res.set('X-Total-Count', String(total));
  // The queue's columns as the screen shows them, then the time-limit state its due date is coloured by.
  const out = tableWriter(res, format, names.applications(shanghaiDate(now)), [
    { header: column.referenceNo, width: 20 },
    { header: column.subjectName, width: 12 },
    { header: column.idNumber, width: 21 },
    { header: column.unit, width: 24 },
    { header: column.category, width: 12 },
    { header: column.purpose, width: 14 },
    { header: column.office, width: 28 },
    { header: column.assignee, width: 20 },
    { header: column.status, width: 10 },
    { header: column.submittedAt, kind: 'moment', width: 17 },
    { header: column.dueAt, kind: 'moment', width: 17 },
    { header: column.slaState, width: 10 },
  ]);
  for (let offset = 0; offset < total; offset += BATCH) {
    const page = await pageOfCases(ctx, query, offset, BATCH);
    for (const a of page) {
      out.row([
        a.referenceNo,
        a.subject.name,
        a.subject.idNumberMasked,
        a.unit?.name ?? null,
        enums.SubjectCategory[a.subject.category] ?? a.subject.category,
        enums.Purpose[a.purpose] ?? a.purpose,
        officeName.get(a.officeId) ?? null,
        a.assigneeId ? (officerName.get(a.assigneeId) ?? null) : null,
        enums.ApplicationStatus[a.status] ?? a.status,
        a.submittedAt,
        a.dueAt,
        enums.SlaState[slaStateOf(a, now, dueSoonBefore)],
      ]);
    }
    await otherRequestsFirst();
  }
  await out.end();
}

const exportWorkload: RestRoute<{ format: 'csv' | 'xlsx'; lang: ExportLanguage; input: WorkloadReportInput }> = {
  read: async (_ctx, req) => ({ format: formatOf(req), lang: languageOf(req), input: await workloadParams(req) }),
  write: async (ctx, { format, lang, input }) => {
    const report = await workloadReport(ctx, input, '');
    await auditExport(ctx, 'workloadReport', { format, lang, ...input, rows: report.rows.length });
    return (res) => writeWorkload(res, format, lang, input, report);
  },
};

/** The workload export's parameters: the fields of the report's GraphQL input, validated as that input is. */
async function workloadParams(req: Request): Promise<WorkloadReportInput> {
  return readInput<WorkloadReportInput>(
    await createSchema(),
    'WorkloadReportInput',
    {
      from: String(req.query.from ?? ''),
      to: String(req.query.to ?? ''),
      groupBy: String(req.query.groupBy ?? ReportGrouping.OFFICE),
      officeIds: req.query.officeIds ? String(req.query.officeIds).split(',') : null,
    },
    '',
  );
}

/**
 * The report as the screen shows it: a row per office (with the office it rolls up into), officer or
 * day, the share that met the limit as a percentage, and the 合计 / Total row last.
 */
async function writeWorkload(
  res: Response,
  format: 'csv' | 'xlsx',
  lang: ExportLanguage,
  input: WorkloadReportInput,
  report: WorkloadReport,
): Promise<void> {
  const { workload: column, names } = EXPORT_LABELS[lang];
  const byOffice = input.groupBy === ReportGrouping.OFFICE;
  const byOfficer = input.groupBy === ReportGrouping.OFFICER;
  // The second column: the office a row rolls up into, or the office an officer works in.
  const second = byOffice ? [column.parent] : byOfficer ? [column.office] : [];
  const first = byOffice ? column.office : byOfficer ? column.officer : column.day;
  const labelOf = new Map(report.rows.map((r) => [r.key, r.label]));
  res.set('X-Total-Count', String(report.rows.length + 1));
  const count = (header: string) => ({ header, kind: 'number' as const, width: 10 });
  const out = tableWriter(res, format, names.workload(input.from, input.to), [
    { header: first, width: 28 },
    ...second.map((header) => ({ header, width: 28 })),
    count(column.received),
    count(column.accepted),
    count(column.decided),
    count(column.issued),
    count(column.mailed),
    count(column.openNow),
    count(column.overdueNow),
    { header: column.slaMet, kind: 'share', width: 12 },
    { header: column.medianDays, kind: 'number', width: 14 },
  ]);
  const line = (label: string, owner: string | null, r: WorkloadRow) =>
    out.row([
      label,
      ...second.map(() => owner),
      r.received,
      r.accepted,
      r.decided,
      r.issued,
      r.mailed,
      r.openNow,
      r.overdueNow,
      r.slaMetRate,
      r.medianWorkingDaysToDecision,
    ]);
  for (const r of report.rows) {
    const label = byOfficer && r.key === 'none' ? column.unassigned : r.label;
    const parent = r.parentKey == null ? null : (labelOf.get(r.parentKey) ?? r.parentKey);
    line(label, byOfficer ? r.office : parent, r);
  }
  line(column.total, null, report.totals);
  await out.end();
}

const exportTimeInStatus: RestRoute<{ format: 'csv' | 'xlsx'; lang: ExportLanguage; input: TimeInStatusInput }> = {
  read: async (_ctx, req) => ({
    format: formatOf(req),
    lang: languageOf(req),
    input: await readInput<TimeInStatusInput>(
      await createSchema(),
      'TimeInStatusInput',
      { from: String(req.query.from ?? ''), to: String(req.query.to ?? '') },
      '',
    ),
  }),
  write: async (ctx, { format, lang, input }) => {
    const stays = await timeInStatus(ctx, input, '');
    await auditExport(ctx, 'timeInStatus', { format, lang, ...input, rows: stays.length });
    return (res) => writeTimeInStatus(res, format, lang, input, stays);
  },
};

/** Time in status as the screen shows it: an office's statuses together, in the order a case passes them. */
async function writeTimeInStatus(
  res: Response,
  format: 'csv' | 'xlsx',
  lang: ExportLanguage,
  input: TimeInStatusInput,
  stays: TimeInStatusRow[],
): Promise<void> {
  const { timeInStatus: column, names, enums } = EXPORT_LABELS[lang];
  res.set('X-Total-Count', String(stays.length));
  const out = tableWriter(res, format, names.timeInStatus(input.from, input.to), [
    { header: column.office, width: 28 },
    { header: column.status, width: 12 },
    { header: column.count, kind: 'number', width: 10 },
    { header: column.average, kind: 'number', width: 16 },
    { header: column.p90, kind: 'number', width: 18 },
  ]);
  for (const s of stays)
    out.row([
      s.office,
      enums.ApplicationStatus[s.status],
      s.count,
      Math.round(s.averageWorkingDays * 10) / 10,
      s.p90WorkingDays,
    ]);
  await out.end();
}

/**
 * GET /api/exports/applications.csv|xlsx?filter=JSON&sort=JSON, /api/exports/workload.csv|xlsx?from&to&groupBy
 * and /api/exports/time-in-status.csv|xlsx?from&to.
 * Each export counts against the officer's running budget until its last row is written.
 */
export function exportRoutes(ds: DataSource, config: Config, limit: RunningLimit): Router {
  const router = Router();
  const running = { limit, cost: RUNNING_LIMITS.export };
  router.get('/exports/applications.:format', restRoute(ds, config, { ...exportApplications, running }));
  router.get('/exports/workload.:format', restRoute(ds, config, { ...exportWorkload, running }));
  router.get('/exports/time-in-status.:format', restRoute(ds, config, { ...exportTimeInStatus, running }));
  return router;
}
