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
import { badInput, restError, unauthenticated } from '../core/errors';
import { readInput } from '../core/input-limits';
import { createRequestContext } from '../context/request-context';
import { inTransaction } from '../core/transaction';
import { Office } from '../offices/office.entity';
import { Officer } from '../officers/officer.entity';
import { workloadReport } from '../reports/report.service';
import type { WorkloadReportInput } from '../reports/report.types';
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

/** Every export is audited before it starts: who exported what. */
const auditExport = (ctx: RequestContext, what: string, detail: Record<string, unknown>) =>
  inTransaction(ctx.ds, (em) => recordAudit(ctx, em, { action: 'EXPORTED', entityType: 'Export', entityId: what, detail }));

/** The filtered queue: every matching case in scope, identity numbers masked. */
async function exportApplications(ctx: RequestContext, req: Request, res: Response) {
  const format = formatOf(req);
  const filter = (await jsonParam<ApplicationFilter>(req, 'filter', 'ApplicationFilter')) ?? {};
  const sort = await jsonParam<ApplicationSort>(req, 'sort', 'ApplicationSort');
  const query = await filteredApplications(ctx, filter, sort);
  const total = await query.clone().getCount();
  await auditExport(ctx, 'applications', { format, filter, sort, rows: total });
  const [offices, officers, calendar] = await Promise.all([
    ctx.ds.getRepository(Office).find(),
    ctx.ds.getRepository(Officer).find(),
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

async function exportWorkload(ctx: RequestContext, req: Request, res: Response) {
  const format = formatOf(req);
  // The parameters are the fields of the report's GraphQL input, and validated as that input is.
  const input = readInput<WorkloadReportInput>(
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
  const report = await workloadReport(ctx, input);
  await auditExport(ctx, 'workloadReport', { format, ...input, rows: report.rows.length });
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

type Handler = (ctx: RequestContext, req: Request, res: Response) => Promise<void>;

/** GET /api/exports/applications.csv|xlsx?filter=JSON&sort=JSON and /api/exports/workload.csv|xlsx?from&to&groupBy. */
export function exportRoutes(ds: DataSource, config: Config): Router {
  const router = Router();
  const route = (handler: Handler) => async (req: Request, res: Response) => {
    try {
      const ctx = await createRequestContext(ds, config, req, res);
      if (!ctx.officer) throw unauthenticated();
      await handler(ctx, req, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const { status, body } = restError(error);
      res.status(status).json(body);
    }
  };
  router.get('/exports/applications.:format', route(exportApplications));
  router.get('/exports/workload.:format', route(exportWorkload));
  return router;
}
