import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { filteredApplications } from '../applications/application.service';
import type { ApplicationFilter, ApplicationSort } from '../applications/application.inputs';
import { slaStateOf } from '../applications/sla';
import { recordAudit } from '../audit/audit.service';
import { requestCalendar } from '../calendar/calendar.service';
import type { Config } from '../config';
import type { RequestContext } from '../core/context';
import { ReportGrouping } from '../core/enums';
import { badInput } from '../core/errors';
import { readInput } from '../core/input-limits';
import { managerOf, transactionOf } from '../core/transaction';
import { type RestRoute, restRoute } from '../http/rest-route';
import { Office } from '../offices/office.entity';
import { Officer } from '../officers/officer.entity';
import { workloadReport } from '../reports/report.service';
import type { WorkloadReport, WorkloadReportInput } from '../reports/report.types';
import { createSchema } from '../schema';
import { tableWriter } from './table-writer';

const BATCH = 2000;

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

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Every export is audited, in the request's transaction, before it starts: who exported what. */
const auditExport = (ctx: RequestContext, what: string, detail: Record<string, unknown>) =>
  recordAudit(ctx, transactionOf(ctx), { action: 'EXPORTED', entityType: 'Export', entityId: what, detail });

/** The filtered queue: every matching case in scope, identity numbers masked. */
const exportApplications: RestRoute<{ format: 'csv' | 'xlsx'; filter: ApplicationFilter; sort: ApplicationSort | null }> = {
  read: async (_ctx, req) => ({
    format: formatOf(req),
    filter: (await jsonParam<ApplicationFilter>(req, 'filter', 'ApplicationFilter')) ?? {},
    sort: await jsonParam<ApplicationSort>(req, 'sort', 'ApplicationSort'),
  }),
  write: async (ctx, { format, filter, sort }) => {
    const total = await (await filteredApplications(ctx, filter, sort)).getCount();
    await auditExport(ctx, 'applications', { format, filter, sort, rows: total });
    // The rows stream after the commit, outside the transaction.
    return (res) => writeApplications(ctx, res, format, filter, sort, total);
  },
};

async function writeApplications(
  ctx: RequestContext,
  res: Response,
  format: 'csv' | 'xlsx',
  filter: ApplicationFilter,
  sort: ApplicationSort | null,
  total: number,
): Promise<void> {
  const query = await filteredApplications(ctx, filter, sort);
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
  const out = tableWriter(res, format, 'applications', [
    'referenceNo',
    'status',
    'applicantKind',
    'subjectName',
    'subjectIdNumberMasked',
    'subjectCategory',
    'unit',
    'purpose',
    'office',
    'assignee',
    'submittedAt',
    'acceptedAt',
    'dueAt',
    'slaState',
    'outcome',
    'decidedAt',
    'issuedNumber',
  ]);
  for (let offset = 0; offset < total; offset += BATCH) {
    const page = await query.clone().skip(offset).take(BATCH).getMany();
    for (const a of page) {
      out.row([
        a.referenceNo,
        a.status,
        a.applicantKind,
        a.subject.name,
        a.subject.idNumberMasked,
        a.subject.category,
        a.unit?.name ?? null,
        a.purpose,
        officeName.get(a.officeId) ?? null,
        a.assigneeId ? (officerName.get(a.assigneeId) ?? null) : null,
        iso(a.submittedAt),
        iso(a.acceptedAt),
        iso(a.dueAt),
        slaStateOf(a, now, dueSoonBefore),
        a.outcome,
        iso(a.decidedAt),
        a.issued?.number ?? null,
      ]);
    }
  }
  await out.end();
}

const exportWorkload: RestRoute<{ format: 'csv' | 'xlsx'; input: WorkloadReportInput }> = {
  read: async (_ctx, req) => ({ format: formatOf(req), input: await workloadParams(req) }),
  write: async (ctx, { format, input }) => {
    const report = await workloadReport(ctx, input);
    await auditExport(ctx, 'workloadReport', { format, ...input, rows: report.rows.length });
    return (res) => writeWorkload(res, format, input, report);
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

async function writeWorkload(res: Response, format: 'csv' | 'xlsx', input: WorkloadReportInput, report: WorkloadReport): Promise<void> {
  res.set('X-Total-Count', String(report.rows.length + 1));
  const out = tableWriter(res, format, `workload-${input.from}-${input.to}`, [
    'key',
    'label',
    'received',
    'accepted',
    'decided',
    'issued',
    'mailed',
    'openNow',
    'overdueNow',
    'slaMetRate',
    'medianWorkingDaysToDecision',
  ]);
  for (const r of [...report.rows, report.totals]) {
    out.row([
      r.key,
      r.label,
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
  }
  await out.end();
}

/** GET /api/exports/applications.csv|xlsx?filter=JSON&sort=JSON and /api/exports/workload.csv|xlsx?from&to&groupBy. */
export function exportRoutes(ds: DataSource, config: Config): Router {
  const router = Router();
  router.get('/exports/applications.:format', restRoute(ds, config, exportApplications));
  router.get('/exports/workload.:format', restRoute(ds, config, exportWorkload));
  return router;
}
