import type { DataProvider, GetListParams } from 'react-admin';
import { APPLICATION, APPLICATION_ROW, AUDIT_EVENT, OFFICE, OFFICER, ROUTING, RULE } from './fragments';
import { ApiError, gql } from './graphql';

// A data provider written for our schema: the react-admin methods for applications, offices,
// officers and routing rules, and one named method per workflow mutation.

const SORT_FIELD: Record<string, string> = {
  submittedAt: 'SUBMITTED_AT',
  dueAt: 'DUE_AT',
  updatedAt: 'UPDATED_AT',
  referenceNo: 'REFERENCE_NO',
  status: 'STATUS',
};

/** The list filter of the console → ApplicationFilter (empty values dropped). */
export function applicationFilter(filter: Record<string, any> = {}) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === '' || value == null || (Array.isArray(value) && !value.length)) continue;
    if (key === 'status' || key === 'slaState') out[key] = Array.isArray(value) ? value : [value];
    else if (key === 'officeId') out.officeIds = [value];
    // A date picked in the console is a Shanghai calendar day: from its start, to its end.
    else if (key === 'submittedFrom') out[key] = new Date(`${value}T00:00:00+08:00`).toISOString();
    else if (key === 'submittedTo') out[key] = new Date(`${value}T23:59:59.999+08:00`).toISOString();
    else out[key] = value;
  }
  return out;
}

async function listApplications(params: GetListParams) {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const field = SORT_FIELD[params.sort?.field ?? ''] ?? 'SUBMITTED_AT';
  const data = await gql(
    `query($filter: ApplicationFilter, $sort: ApplicationSort, $page: Int, $perPage: Int) {
    applications(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ${APPLICATION_ROW} } } }`,
    {
      filter: applicationFilter(params.filter),
      sort: { field, order: params.sort?.order === 'ASC' ? 'ASC' : 'DESC' },
      page,
      perPage,
    },
  );
  return { data: data.applications.items, total: data.applications.total };
}

const one = {
  applications: async (id: string) => (await gql(`query($id: ID!) { application(id: $id) { ${APPLICATION} } }`, { id })).application,
  offices: async (id: string) => (await gql(`query($id: ID!) { office(id: $id) { ${OFFICE} } }`, { id })).office,
  routingRules: async (id: string) => (await gql(`query($id: ID!) { routingRule(id: $id) { ${RULE} } }`, { id })).routingRule,
  officers: async (id: string) => {
    const { officers } = await gql(`{ officers(perPage: 200) { items { ${OFFICER} } } }`);
    return officers.items.find((o: any) => o.id === String(id)) ?? null;
  },
} as Record<string, (id: string) => Promise<any>>;

async function list(resource: string, params: GetListParams) {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 100 };
  const filter = params.filter ?? {};
  if (resource === 'applications') return listApplications(params);
  if (resource === 'offices') {
    const data = await gql(
      `query($page: Int, $perPage: Int, $q: String, $kind: OfficeKind) { offices(page: $page, perPage: $perPage, q: $q, kind: $kind) { total items { ${OFFICE} } } }`,
      {
        page,
        perPage,
        q: filter.q || null,
        kind: filter.kind || null,
      },
    );
    return { data: data.offices.items, total: data.offices.total };
  }
  if (resource === 'officers') {
    const data = await gql(
      `query($page: Int, $perPage: Int, $officeIds: [ID!], $role: Role) { officers(page: $page, perPage: $perPage, officeIds: $officeIds, role: $role) { total items { ${OFFICER} } } }`,
      {
        page,
        perPage,
        officeIds: filter.officeId ? [filter.officeId] : null,
        role: filter.role || null,
      },
    );
    return { data: data.officers.items, total: data.officers.total };
  }
  if (resource === 'routingRules') {
    const rules = (await gql(`{ routingRules { ${RULE} } }`)).routingRules;
    return { data: rules, total: rules.length };
  }
  throw new ApiError(`Unknown resource ${resource}`, 400, 'BAD_REQUEST');
}

const officeInput = (d: any) => ({
  code: d.code,
  name: d.name,
  kind: d.kind,
  jurisdiction: (d.jurisdiction ?? []).filter(Boolean),
  parentId: d.parent?.id ?? d.parentId ?? null,
  address: d.address || null,
  phone: d.phone || null,
});
const ruleInput = (d: any) => ({
  name: d.name,
  priority: Number(d.priority),
  enabled: !!d.enabled,
  applicantKind: d.applicantKind || null,
  subjectCategory: d.subjectCategory || null,
  entrusted: d.entrusted ?? null,
  regionBasis: d.regionBasis,
  regionPrefix: d.regionPrefix || null,
  minDaysInChina: d.minDaysInChina === '' || d.minDaysInChina == null ? null : Number(d.minDaysInChina),
  targetOfficeKind: d.targetOfficeKind || null,
  targetOfficeId: d.targetOffice?.id || d.targetOfficeId || null,
  legalBasis: d.legalBasis || null,
});

/** Runs a workflow mutation and returns the case as it now is. */
const caseMutation =
  (name: string, args: string, types: string) =>
  async (id: string, version: number, vars: Record<string, unknown> = {}) => ({
    data: (
      await gql(`mutation($id: ID!, $version: Int!${types}) { r: ${name}(id: $id, version: $version${args}) { ${APPLICATION} } }`, {
        id,
        version,
        ...vars,
      })
    ).r,
  });

export const workflow = {
  claim: caseMutation('claimApplication', '', ''),
  release: caseMutation('releaseApplication', '', ''),
  assign: caseMutation('assignApplication', ', officerId: $officerId', ', $officerId: ID!'),
  accept: caseMutation('acceptApplication', '', ''),
  notAccept: caseMutation('notAcceptApplication', ', reason: $reason', ', $reason: String!'),
  requestSupplement: caseMutation('requestSupplement', ', reason: $reason, kinds: $kinds', ', $reason: String!, $kinds: [DocumentKind!]!'),
  supplementReceived: caseMutation('supplementReceived', '', ''),
  startInvestigation: caseMutation('startInvestigation', ', reason: $reason', ', $reason: String!'),
  endInvestigation: caseMutation('endInvestigation', ', note: $note', ', $note: String'),
  decide: caseMutation('decideApplication', ', outcome: $outcome, note: $note', ', $outcome: Outcome!, $note: String'),
  signOff: caseMutation('signOffDecision', ', approve: $approve, note: $note', ', $approve: Boolean!, $note: String'),
  recordFeePayment: caseMutation('recordFeePayment', ', receiptNo: $receiptNo', ', $receiptNo: String!'),
  issue: caseMutation('issueDocument', '', ''),
  recordMailing: caseMutation('recordMailing', ', input: $input', ', $input: MailingInput!'),
  recordDelivery: caseMutation('recordDelivery', ', deliveredAt: $deliveredAt', ', $deliveredAt: DateTime'),
  transfer: caseMutation('transferApplication', ', officeId: $officeId, reason: $reason', ', $officeId: ID!, $reason: String!'),
  withdraw: caseMutation('withdrawApplication', ', reason: $reason', ', $reason: String!'),
  openReview: caseMutation('openReview', ', reason: $reason', ', $reason: String!'),
  closeReview: caseMutation('closeReview', ', outcome: $outcome, note: $note', ', $outcome: Outcome!, $note: String!'),
};
export type WorkflowMethod = keyof typeof workflow;

export const dataProvider: DataProvider & Record<string, any> = {
  getList: (resource, params) => list(resource, params),
  getOne: async (resource, { id }) => {
    const data = await one[resource](String(id));
    if (!data) throw new ApiError('Not found', 404, 'NOT_FOUND');
    return { data };
  },
  getMany: async (resource, { ids }) => {
    if (resource === 'applications') {
      return listApplications({
        filter: { ids: ids.map(String) },
        pagination: { page: 1, perPage: 200 },
        sort: { field: 'submittedAt', order: 'DESC' },
      });
    }
    const { data } = await list(resource, { pagination: { page: 1, perPage: 200 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    return { data: data.filter((r: any) => ids.map(String).includes(String(r.id))) };
  },
  getManyReference: (resource, params) => list(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } }),
  create: async (resource, { data }) => {
    if (resource === 'offices')
      return { data: (await gql(`mutation($i: OfficeInput!) { r: createOffice(input: $i) { ${OFFICE} } }`, { i: officeInput(data) })).r };
    if (resource === 'routingRules')
      return { data: (await gql(`mutation($i: RoutingRuleInput!) { r: createRoutingRule(input: $i) { ${RULE} } }`, { i: ruleInput(data) })).r };
    if (resource === 'officers') {
      const i = {
        username: data.username,
        displayName: data.displayName,
        role: data.role,
        officeId: data.office?.id ?? data.officeId,
        password: data.password,
      };
      return { data: (await gql(`mutation($i: OfficerInput!) { r: createOfficer(input: $i) { ${OFFICER} } }`, { i })).r };
    }
    if (resource === 'applications')
      return { data: (await gql(`mutation($i: ApplicationInput!) { r: submitApplication(input: $i) { ${APPLICATION} } }`, { i: data })).r };
    throw new ApiError(`Cannot create ${resource}`, 400, 'BAD_REQUEST');
  },
  update: async (resource, { id, data, previousData }) => {
    if (resource === 'offices')
      return {
        data: (await gql(`mutation($id: ID!, $i: OfficeInput!) { r: updateOffice(id: $id, input: $i) { ${OFFICE} } }`, { id, i: officeInput(data) }))
          .r,
      };
    if (resource === 'routingRules') {
      return {
        data: (
          await gql(`mutation($id: ID!, $v: Int!, $i: RoutingRuleInput!) { r: updateRoutingRule(id: $id, version: $v, input: $i) { ${RULE} } }`, {
            id,
            v: previousData.version,
            i: ruleInput(data),
          })
        ).r,
      };
    }
    if (resource === 'officers') {
      const i = {
        displayName: data.displayName,
        role: data.role,
        officeId: data.office?.id ?? null,
        active: data.active,
        password: data.password || null,
      };
      return {
        data: (await gql(`mutation($id: ID!, $i: OfficerUpdateInput!) { r: updateOfficer(id: $id, input: $i) { ${OFFICER} } }`, { id, i })).r,
      };
    }
    throw new ApiError(`Cannot update ${resource}`, 400, 'BAD_REQUEST');
  },
  updateMany: async () => {
    throw new ApiError('Not supported', 400, 'BAD_REQUEST');
  },
  delete: async (resource, { id, previousData }) => {
    if (resource !== 'routingRules') throw new ApiError(`Cannot delete ${resource}`, 400, 'BAD_REQUEST');
    await gql('mutation($id: ID!, $v: Int!) { deleteRoutingRule(id: $id, version: $v) }', { id, v: previousData?.version });
    return { data: previousData as any };
  },
  deleteMany: async () => {
    throw new ApiError('Not supported', 400, 'BAD_REQUEST');
  },

  ...workflow,
  verifyDocument: async (id: string, status: string, note?: string) =>
    (
      await gql('mutation($id: ID!, $s: DocumentStatus!, $n: String) { verifyDocument(id: $id, status: $s, note: $n) { id status note } }', {
        id,
        s: status,
        n: note ?? null,
      })
    ).verifyDocument,
  assignMany: async (ids: string[], officerId: string) =>
    (await gql('mutation($ids: [ID!]!, $o: ID!) { assignApplications(ids: $ids, officerId: $o) { id } }', { ids, o: officerId })).assignApplications,
  revealIdNumber: async (applicationId: string, person: 'SUBJECT' | 'AGENT', reason: string) =>
    (
      await gql('mutation($a: ID!, $p: PersonRole!, $r: String!) { revealIdNumber(applicationId: $a, person: $p, reason: $r) }', {
        a: applicationId,
        p: person,
        r: reason,
      })
    ).revealIdNumber as string,
  queueCounts: async (officeIds?: string[]) =>
    (
      await gql('query($o: [ID!]) { queueCounts(officeIds: $o) { byStatus { status count } unassigned mine overdue dueSoon dueToday } }', {
        o: officeIds ?? null,
      })
    ).queueCounts,
  explainRouting: async (input: Record<string, unknown>) =>
    (await gql(`query($i: ApplicationInput!) { explainRouting(input: $i) { ${ROUTING} } }`, { i: input })).explainRouting,
  auditTrail: async (entityType: string, entityId: string) =>
    (
      await gql(`query($t: String!, $id: String!) { auditTrail(entityType: $t, entityId: $id, perPage: 200) { items { ${AUDIT_EVENT} } total } }`, {
        t: entityType,
        id: entityId,
      })
    ).auditTrail,
  calendar: async (from: string, to: string) =>
    (await gql('query($f: Date!, $t: Date!) { calendar(from: $f, to: $t) { date workday note } }', { f: from, t: to })).calendar,
  setCalendarDay: async (date: string, workday: boolean, note?: string | null) =>
    (
      await gql('mutation($d: Date!, $w: Boolean!, $n: String) { setCalendarDay(date: $d, workday: $w, note: $n) { date workday note } }', {
        d: date,
        w: workday,
        n: note ?? null,
      })
    ).setCalendarDay,
  workloadReport: async (input: { from: string; to: string; groupBy: string; officeIds?: string[] | null }) =>
    (
      await gql(
        `query($i: WorkloadReportInput!) { workloadReport(input: $i) {
    from to groupBy rows { key label received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision }
    totals { received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision } } }`,
        { i: input },
      )
    ).workloadReport,
  timeInStatus: async (input: { from: string; to: string }) =>
    (
      await gql('query($i: TimeInStatusInput!) { timeInStatus(input: $i) { officeId office status count averageWorkingDays p90WorkingDays } }', {
        i: input,
      })
    ).timeInStatus,
  /** Streams an export from the server, reporting rows received of the total, and saves it. */
  exportFile: async (path: string, fileName: string, onProgress: (done: number, total: number | null) => void) => {
    const res = await fetch(path, { credentials: 'same-origin' });
    if (!res.ok || !res.body) {
      const body = await res.json().catch(() => ({}));
      throw new ApiError(body.error ?? `Export failed (${res.status})`, res.status, body.code ?? 'BAD_REQUEST', body.field);
    }
    const total = Number(res.headers.get('x-total-count')) || null;
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let lines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      for (const byte of value) if (byte === 10) lines++;
      onProgress(Math.max(lines - 1, 0), total);
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: res.headers.get('content-type') ?? 'application/octet-stream' }));
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  },
  uploadDocument: async (applicationId: string, kind: string, file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    const res = await fetch(`/api/applications/${applicationId}/documents`, { method: 'POST', credentials: 'same-origin', body: form });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new ApiError(body.error ?? `Upload failed (${res.status})`, res.status, body.code ?? 'BAD_USER_INPUT', body.field);
    return body;
  },
};
