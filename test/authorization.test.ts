import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Application } from '../server/applications/application.entity';
import { HallClient } from '../server/clients/client.entity';
import { addDays, shanghaiDate } from '../server/core/time';
import { documentRoutes } from '../server/documents/document.routes';
import { exportRoutes } from '../server/exports/export.routes';
import { HallEvent, HallEventStatus } from '../server/hall-events/hall-event.entity';
import { type Client, type GqlResult, startTestApp, type TestApp } from './support/harness';
import { application, citizen, foreigner, HEPING_2, SHENHE_1 } from './support/inputs';
import { isRecord, present } from './support/narrow';
import { PNG, step } from './support/workflow';

// The authorization matrix: every query and mutation of schema.graphql and every REST endpoint of
// the document and export routers, for each role (and for a case in and out of the officer's
// office scope where the operation takes one), against ONE table of expected outcomes below.
// A new operation or endpoint without a row fails the test.

// ---- outcomes ------------------------------------------------------------------------------------

const A = 'ALLOW'; // passes authorization: no error, or a business error (BAD_USER_INPUT, CONFLICT, INVALID_TRANSITION)
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const NUL = 'NULL'; // no error, the answer is null (a case out of scope does not exist)
const EMPTY = 'EMPTY'; // no error, an empty page (total 0; for REST exports X-Total-Count 0)
type Outcome = typeof A | typeof U | typeof F | typeof N | typeof NUL | typeof EMPTY;

type Actor = 'anonymous' | 'station' | 'exitEntry' | 'branchSupervisor' | 'citySupervisor' | 'admin';
const ACTORS: Record<Exclude<Actor, 'anonymous'>, string> = {
  station: 'heping.officer', // STATION_OFFICER, 和平分局浑河湾派出所
  exitEntry: 'exit.officer', // EXIT_ENTRY_OFFICER, 出入境管理局
  branchSupervisor: 'heping.supervisor', // SUPERVISOR, 和平分局 (its two stations)
  citySupervisor: 'city.supervisor', // SUPERVISOR, 沈阳市公安局 (every office)
  admin: 'admin', // ADMIN
};

interface Row {
  anonymous: Outcome;
  station: Outcome;
  exitEntry: Outcome;
  branchSupervisor: Outcome;
  citySupervisor: Outcome;
  admin: Outcome;
  /**
   * For operations that take a case: the outcome on a case outside the officer's scope (for the
   * station and exit-entry officers and the branch supervisor), one for all or one each.
   */
  out?: Outcome | Partial<Record<Actor, Outcome>>;
}
const r = (
  anonymous: Outcome,
  station: Outcome,
  exitEntry: Outcome,
  branchSupervisor: Outcome,
  citySupervisor: Outcome,
  admin: Outcome,
  out?: Row['out'],
): Row => ({ anonymous, station, exitEntry, branchSupervisor, citySupervisor, admin, ...(out ? { out } : {}) });

// ---- THE TABLE -----------------------------------------------------------------------------------

/* eslint-disable key-spacing, no-multi-spaces */
const TABLE: Record<string, Row> = {
  //                       anonymous station exitEntry branchSup citySup admin  out of scope
  // Query
  application: r(U, A, A, A, A, A, NUL),
  applications: r(U, A, A, A, A, A, EMPTY), // filter { ids: [case] }
  auditTrail: r(U, A, A, A, A, A, EMPTY), // entityType Application
  calendar: r(U, A, A, A, A, A),
  explainRouting: r(U, A, A, A, A, A),
  feeRules: r(U, A, A, A, A, A),
  me: r(U, A, A, A, A, A),
  office: r(U, A, A, A, A, A),
  officer: r(U, A, A, A, A, A),
  officers: r(U, A, A, A, A, A),
  offices: r(U, A, A, A, A, A),
  queueCounts: r(U, A, A, A, A, A),
  reasonTemplates: r(U, A, A, A, A, A),
  region: r(U, A, A, A, A, A),
  regions: r(U, A, A, A, A, A),
  routingRule: r(U, A, A, A, A, A),
  routingRules: r(U, A, A, A, A, A),
  timeInStatus: r(U, A, A, A, A, A),
  workloadReport: r(U, A, A, A, A, A),
  // Mutation: working a case (administrators work no case)
  acceptApplication: r(U, A, A, A, A, F, N),
  claimApplication: r(U, A, A, A, A, F, N),
  claimNextApplication: r(U, A, A, A, A, F), // a free case of the actor's scope, or null
  closeReview: r(U, A, A, A, A, F, N),
  decideApplication: r(U, A, A, A, A, F, N),
  endInvestigation: r(U, A, A, A, A, F, N),
  issueDocument: r(U, A, A, A, A, F, N),
  notAcceptApplication: r(U, A, A, A, A, F, N),
  openReview: r(U, A, A, A, A, F, N),
  recordDelivery: r(U, A, A, A, A, F, N),
  recordFeePayment: r(U, A, A, A, A, F, N),
  recordMailing: r(U, A, A, A, A, F, N),
  releaseApplication: r(U, A, A, A, A, F, N),
  requestSupplement: r(U, A, A, A, A, F, N),
  startInvestigation: r(U, A, A, A, A, F, N),
  supplementReceived: r(U, A, A, A, A, F, N),
  transferApplication: r(U, A, A, A, A, F, N),
  withdrawApplication: r(U, A, A, A, A, F, N),
  verifyDocument: r(U, A, A, A, A, F, N), // a document of the case
  revealIdNumber: r(U, A, A, A, A, A, N),
  runRecordCheck: r(U, A, A, A, A, F, N),
  noteCaseOpen: r(U, A, A, A, A, A, N), // the case page's heartbeat: whoever may open the case
  resendNotification: r(U, A, A, A, A, F, N), // a message of the case (sent, so the allowed answer is INVALID_TRANSITION)
  resendHallEvent: r(U, A, A, A, A, F, N), // a status callback of the case (sent, so the allowed answer is INVALID_TRANSITION)
  // Mutation: supervisors only
  assignApplication: r(U, F, F, A, A, F, N), // both SCENARIOS
  assignApplications: r(
    U,
    F,
    F,
    A,
    A,
    F, // both SCENARIOS
    { station: F, exitEntry: F, branchSupervisor: N },
  ), // the role is checked before any case is looked at
  assignEach: r(
    U,
    F,
    F,
    A,
    A,
    F, // both SCENARIOS
    { station: F, exitEntry: F, branchSupervisor: A },
  ), // the role is checked before any case is looked at; a case out of scope is answered per case as NOT_FOUND (assigned: false)
  signOffDecision: r(U, F, F, A, A, F, N),
  // Mutation: anyone signed in
  submitApplication: r(U, A, A, A, A, A),
  changePassword: r(U, A, A, A, A, A), // with a wrong current password
  // Mutation: configuration, administrators only
  createOffice: r(U, F, F, F, F, A),
  createReasonTemplate: r(U, F, F, F, F, A),
  updateReasonTemplate: r(U, F, F, F, F, A),
  updateOffice: r(U, F, F, F, F, A),
  createOfficer: r(U, F, F, F, F, A),
  updateOfficer: r(U, F, F, F, F, A),
  createRoutingRule: r(U, F, F, F, F, A),
  updateRoutingRule: r(U, F, F, F, F, A),
  deleteRoutingRule: r(U, F, F, F, F, A),
  setCalendarDay: r(U, F, F, F, F, A),
  calendarDayImpact: r(U, F, F, F, F, A),
  setFeeRule: r(U, F, F, F, F, A),
  hallClients: r(U, F, F, F, F, A),
  createHallClient: r(U, F, F, F, F, A),
  updateHallClient: r(U, F, F, F, F, A),
  rotateHallClientSecret: r(U, F, F, F, F, A),

  // REST (the routes of server/documents/document.routes.ts and server/exports/export.routes.ts)
  'POST /api/applications/:id/documents': r(U, A, A, A, A, F, N),
  'GET /api/documents/:id/content': r(U, A, A, A, A, A, N),
  'GET /api/applications/:id/issued-document.pdf': r(U, A, A, A, A, A, N),
  'GET /api/exports/applications.:format': r(U, A, A, A, A, A, EMPTY), // ?filter={"ids":[case]}, csv and xlsx
  'GET /api/exports/workload.:format': r(U, A, A, A, A, A), // csv and xlsx
  'GET /api/exports/time-in-status.:format': r(U, A, A, A, A, A), // csv and xlsx
};
/* eslint-enable key-spacing, no-multi-spaces */

/**
 * Operations checked with more than one set of arguments, each against the same row. The bulk
 * assignment once skipped its role check for a case already with the target officer.
 */
type Scenario = 'toAnotherOfficer' | 'alreadyWithTarget';
const SCENARIOS: Record<string, Scenario[]> = {
  assignApplication: ['toAnotherOfficer', 'alreadyWithTarget'],
  assignApplications: ['toAnotherOfficer', 'alreadyWithTarget'],
  assignEach: ['toAnotherOfficer', 'alreadyWithTarget'],
};

// ---- offices and cases ---------------------------------------------------------------------------

type OfficeKey = 'P1' | 'P2' | 'X' | 'S';
const OFFICES: Record<
  OfficeKey,
  { code: string; worker: string; other: string; input: () => Record<string, unknown> }
> = {
  // 和平分局浑河湾派出所
  P1: { code: '210102-PCS1', worker: 'heping.officer', other: 'heping.supervisor', input: () => application() },
  // the second Heping station: a sibling of the station officer's, below the branch supervisor
  P2: {
    code: '210102-PCS2',
    worker: 'heping.officer2',
    other: 'heping.supervisor',
    input: () => application({ subject: citizen({ domicileRegion: HEPING_2, residenceRegion: HEPING_2 }) }),
  },
  // the city exit-entry administration
  X: {
    code: '210100-CRJ',
    worker: 'exit.officer',
    other: 'exit.officer2',
    input: () => application({ subject: foreigner(200, { phone: '13900002222' }) }),
  },
  // the first Shenhe station: another branch
  S: {
    code: '210103-PCS1',
    worker: 'shenhe.officer',
    other: 'shenhe.supervisor',
    input: () => application({ subject: citizen({ domicileRegion: SHENHE_1, residenceRegion: SHENHE_1 }) }),
  },
};
const IN_SCOPE: Record<Actor, OfficeKey> = {
  anonymous: 'P1',
  station: 'P1',
  exitEntry: 'X',
  branchSupervisor: 'P2',
  citySupervisor: 'S',
  admin: 'X',
};
/** The city supervisor and the administrator see every office: they have no case out of scope. */
const OUT_OF_SCOPE: Partial<Record<Actor, OfficeKey>> = { station: 'P2', exitEntry: 'P1', branchSupervisor: 'S' };

// ---- requests from the schema --------------------------------------------------------------------

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}
const OPERATIONS: Operation[] = [
  ...Object.values(present(schema.getQueryType(), 'the Query type').getFields()).map((field) => ({
    kind: 'query' as const,
    name: field.name,
    field,
  })),
  ...Object.values(present(schema.getMutationType(), 'the Mutation type').getFields()).map((field) => ({
    kind: 'mutation' as const,
    name: field.name,
    field,
  })),
];

/** What a request is built from; `used` records which of them the operation needs. */
interface Values {
  caseId: string;
  documentId: string;
  /** The first text message of the case. */
  notificationId: string;
  /** The first status callback of the case. */
  hallEventId: string;
  hallClientId: string;
  version: number;
  targetOfficerId: string;
  transferOfficeId: string;
  officeId: string;
  ruleId: string;
  ruleVersion: number;
  spareOfficeId: string;
  spareOfficerId: string;
  reasonTemplateId: string;
  unique: number;
}
type Get = <K extends keyof Values>(key: K) => Values[K];

const VALUE_OVERRIDES: Record<string, (v: Get) => unknown> = {
  // the case, reached through other arguments
  'applications.filter': (v) => ({ ids: [v('caseId')] }),
  'auditTrail.entityType': () => 'Application',
  'auditTrail.entityId': (v) => v('caseId'),
  'verifyDocument.id': (v) => v('documentId'),
  'verifyDocument.status': () => 'VERIFIED',
  'revealIdNumber.person': () => 'SUBJECT',
  'runRecordCheck.id': (v) => v('caseId'),
  'noteCaseOpen.id': (v) => v('caseId'),
  'region.code': () => '210102',
  'regions.parent': () => '210102',
  'regions.q': () => '街道',
  'resendNotification.id': (v) => v('notificationId'),
  'resendHallEvent.id': (v) => v('hallEventId'),
  'updateHallClient.clientId': (v) => v('hallClientId'),
  'rotateHallClientSecret.clientId': (v) => v('hallClientId'),
  'HallClientInput.name': () => 'authz hall',
  'HallClientInput.scopes': () => ['status'],
  'assignApplication.officerId': (v) => v('targetOfficerId'),
  'assignApplications.officerId': (v) => v('targetOfficerId'),
  'assignEach.ids': (v) => [v('caseId')],
  'assignEach.officerId': (v) => v('targetOfficerId'),
  'transferApplication.officeId': (v) => v('transferOfficeId'),
  'signOffDecision.approve': () => true,
  'MailingInput.trackingNumber': () => 'EA123456785CN',
  // other rows, made for this test so that allowed changes spoil nothing
  'office.id': (v) => v('officeId'),
  'officer.id': (v) => v('spareOfficerId'),
  'routingRule.id': (v) => v('ruleId'),
  'updateRoutingRule.id': (v) => v('ruleId'),
  'updateRoutingRule.version': (v) => v('ruleVersion'),
  'deleteRoutingRule.id': (v) => v('ruleId'),
  'deleteRoutingRule.version': (v) => v('ruleVersion'),
  'updateOffice.id': (v) => v('spareOfficeId'),
  'updateReasonTemplate.id': (v) => v('reasonTemplateId'),
  'updateOfficer.id': (v) => v('spareOfficerId'),
  'changePassword.currentPassword': () => 'not-the-current-password',
  'changePassword.newPassword': () => 'another-long-enough-password',
  'setFeeRule.regionPrefix': () => '650102',
  'setCalendarDay.date': () => '2027-03-01',
  ApplicationInput: () => application(),
  'OfficeInput.code': (v) => `AUTHZ-${v('unique')}`,
  'OfficeInput.jurisdiction': () => ['650102'],
  'OfficerInput.username': (v) => `authz.officer${v('unique')}`,
  'OfficerInput.password': () => 'a-long-enough-password',
  'OfficerInput.role': () => 'STATION_OFFICER',
  'OfficerInput.officeId': (v) => v('spareOfficeId'),
  'RoutingRuleInput.enabled': () => false,
  'RoutingRuleInput.priority': () => 9000,
  'RoutingRuleInput.targetOfficeKind': () => 'POLICE_STATION',
};
const SCALARS: Record<string, unknown> = {
  String: 'authorization matrix',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2026-03-02',
  DateTime: '2026-03-02T02:00:00Z',
  JSON: {},
};

/** A type-correct value: required fields only (overrides may add optional ones); ids from `v`. */
function sampleValue(
  type: GraphQLInputType,
  where: string,
  owner: string,
  name: string,
  returns: string,
  v: Get,
): unknown {
  const override = VALUE_OVERRIDES[`${owner}.${name}`];
  if (override) return override(v);
  if (isNonNullType(type)) return sampleValue(type.ofType, where, owner, name, returns, v);
  if (isListType(type)) return [sampleValue(type.ofType, where, owner, name, returns, v)];
  if (name === 'version') return v('version');
  if (type.name === 'ID') {
    if (name === 'applicationId' || ((name === 'id' || name === 'ids') && returns === 'Application'))
      return v('caseId');
    throw new Error(`no value for the ID ${where}: add one to VALUE_OVERRIDES`);
  }
  if (VALUE_OVERRIDES[type.name]) return VALUE_OVERRIDES[type.name](v);
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const wanted =
        `${type.name}.${field.name}` in VALUE_OVERRIDES ||
        (isNonNullType(field.type) && field.defaultValue === undefined);
      if (wanted)
        out[field.name] = sampleValue(field.type, `${where}.${field.name}`, type.name, field.name, returns, v);
    }
    return out;
  }
  if (!(type.name in SCALARS)) throw new Error(`no value for the scalar ${type.name} of ${where}`);
  return SCALARS[type.name];
}

/** Only id (and total, to tell an empty page) or __typename: the request stays small. */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  const picks = ['id', 'total'].filter((f) => fields[f] && isLeafType(getNamedType(fields[f].type)));
  return `{ ${picks.length ? picks.join(' ') : '__typename'} }`;
}

function buildRequest(op: Operation, v: Get): { query: string; variables: Record<string, unknown> } {
  const returns = getNamedType(op.field.type).name;
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const args: string[] = [];
  for (const arg of op.field.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && !(`${op.name}.${arg.name}` in VALUE_OVERRIDES)) continue;
    variables[arg.name] = sampleValue(arg.type, `${op.name}(${arg.name})`, op.name, arg.name, returns, v);
    defs.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const query = `${op.kind} Authz${defs.length ? `(${defs.join(', ')})` : ''} { r: ${op.name}${args.length ? `(${args.join(', ')})` : ''} ${selectionOf(op.field.type)} }`;
  return { query, variables };
}

/** What each operation needs, found by building it once with placeholders. */
const NEEDS = new Map<string, { usesCase: boolean; usesVersion: boolean; error?: string }>();
for (const op of OPERATIONS) {
  const used = new Set<string>();
  const placeholder: Get = (key) => {
    used.add(key);
    return (key === 'version' || key === 'ruleVersion' || key === 'unique' ? 0 : '0') as never;
  };
  try {
    buildRequest(op, placeholder);
    NEEDS.set(op.name, {
      usesCase: used.has('caseId') || used.has('documentId') || used.has('notificationId') || used.has('hallEventId'),
      usesVersion: used.has('version'),
    });
  } catch (error) {
    NEEDS.set(op.name, { usesCase: false, usesVersion: false, error: (error as Error).message });
  }
}

// ---- the checks ----------------------------------------------------------------------------------

const REST_ROUTES = [
  'POST /api/applications/:id/documents',
  'GET /api/documents/:id/content',
  'GET /api/applications/:id/issued-document.pdf',
  'GET /api/exports/applications.:format',
  'GET /api/exports/workload.:format',
  'GET /api/exports/time-in-status.:format',
];
const REST_CASE_ROUTES = new Set(REST_ROUTES.filter((k) => k.includes(':id') || k.includes('/applications.')));

interface Check {
  name: string;
  actor: Actor;
  scope: 'in' | 'out';
  scenario?: Scenario;
  format?: string;
  expected: Outcome;
}

function checksOf(name: string, usesCase: boolean): Check[] {
  const row = TABLE[name];
  if (!row) return [];
  const out: Check[] = [];
  const variants: { scenario?: Scenario; format?: string }[] = name.endsWith('.:format')
    ? [{ format: 'csv' }, { format: 'xlsx' }]
    : (SCENARIOS[name] ?? [undefined]).map((scenario) => ({ scenario }));
  for (const variant of variants) {
    for (const actor of Object.keys(IN_SCOPE) as Actor[]) {
      out.push({ name, actor, scope: 'in', ...variant, expected: row[actor] });
      const outside = typeof row.out === 'object' ? row.out[actor] : row.out;
      if (usesCase && OUT_OF_SCOPE[actor] && outside)
        out.push({ name, actor, scope: 'out', ...variant, expected: outside });
    }
  }
  return out;
}
const GRAPHQL_CHECKS = OPERATIONS.flatMap((op) => checksOf(op.name, !!NEEDS.get(op.name)?.usesCase));
const REST_CHECKS = REST_ROUTES.flatMap((route) => checksOf(route, REST_CASE_ROUTES.has(route)));
const label = (c: Check) =>
  `${c.name}${c.format ? ` (${c.format})` : ''}${c.scenario ? ` [${c.scenario}]` : ''} as ${c.actor}` +
  `${NEEDS.get(c.name)?.usesCase || REST_CASE_ROUTES.has(c.name) ? ` on a case ${c.scope === 'in' ? 'in' : 'out of'} scope` : ''}: ${c.expected}`;
const isMutation = (name: string) =>
  OPERATIONS.find((op) => op.name === name)?.kind === 'mutation' || name.startsWith('POST ');

// ---- the server and its data ---------------------------------------------------------------------

let app: TestApp;
const clients = new Map<string, Client>();
let admin: Client;
const officerIds = new Map<string, string>();
const officeIds = new Map<string, string>();
interface SharedCase {
  id: string;
  documentId: string;
  holder: string;
}
const shared = {} as Record<OfficeKey, SharedCase>;
const fixed = {} as {
  ruleId: string;
  spareOfficeId: string;
  spareOfficerId: string;
  transferOfficeId: string;
  hallClientId: string;
  reasonTemplateId: string;
};
let unique = 0;

async function clientOf(actor: Actor | string): Promise<Client> {
  if (actor === 'anonymous') return app.anonymous();
  const username = ACTORS[actor as keyof typeof ACTORS] ?? actor;
  const known = clients.get(username);
  if (known) return known;
  const client = await app.as(username);
  clients.set(username, client);
  return client;
}

const SUBMIT =
  'mutation($input: ApplicationInput!) { submitApplication(input: $input) { id office { code } missingDocumentKinds } }';
type Submitted = { submitApplication: { id: string; office: { code: string }; missingDocumentKinds: string[] } };

async function submitted(office: OfficeKey, by: Client): Promise<string> {
  const created = (await by.data<Submitted>(SUBMIT, { input: OFFICES[office].input() })).submitApplication;
  expect(created.office.code, `routing of a case meant for ${office}`).toBe(OFFICES[office].code);
  return created.id;
}

async function rest(client: Client, method: string, url: string, body?: FormData): Promise<Response> {
  return fetch(`${app.server.url}${url}`, { method, headers: client.cookie ? { cookie: client.cookie } : {}, body });
}

async function uploadPng(client: Client, caseId: string, kind: string): Promise<Response> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([PNG]), `${kind.toLowerCase()}.png`);
  return rest(client, 'POST', `/api/applications/${caseId}/documents`, form);
}

/** A case its office's officer took through to ISSUED (and still holds), with verified papers. */
async function issuedCase(office: OfficeKey): Promise<SharedCase> {
  const holder = OFFICES[office].worker;
  const worker = await clientOf(holder);
  const created = (await worker.data<Submitted>(SUBMIT, { input: OFFICES[office].input() })).submitApplication;
  expect(created.office.code).toBe(OFFICES[office].code);
  for (const kind of created.missingDocumentKinds) expect((await uploadPng(worker, created.id, kind)).status).toBe(201);
  const c = present(
    (
      await worker.data<{ application: { documents: { id: string }[] } | null }>(
        'query($id: ID!) { application(id: $id) { documents { id } } }',
        { id: created.id },
      )
    ).application,
    `case ${created.id}`,
  );
  for (const d of c.documents)
    await worker.data('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }', { id: d.id });
  await step(worker, 'acceptApplication', created.id);
  const decided = await step(worker, 'decideApplication', created.id, { outcome: 'NO_RECORD' });
  if (decided.feeAmount > 0) await step(worker, 'recordFeePayment', created.id, { receiptNo: 'AUTHZ-1' });
  const issued = await step(worker, 'issueDocument', created.id);
  expect(issued).toMatchObject({ status: 'ISSUED', assignee: { username: holder } });
  return { id: created.id, documentId: c.documents[0].id, holder };
}

const spareRule = async (): Promise<string> =>
  (
    await admin.data<{ createRoutingRule: { id: string } }>(
      'mutation { createRoutingRule(input: { name: "authz spare rule", enabled: false, priority: 9999, regionBasis: RESIDENCE, regionPrefix: "650102", targetOfficeKind: POLICE_STATION }) { id } }',
    )
  ).createRoutingRule.id;

/** `fields` of a case the administrator reads, which must be there. */
const caseAsAdmin = async <T>(caseId: string, fields: string): Promise<T> =>
  present(
    (
      await admin.data<{ application: T | null }>(`query($id: ID!) { application(id: $id) { ${fields} } }`, {
        id: caseId,
      })
    ).application,
    `case ${caseId}`,
  );

const firstNotification = async (caseId: string): Promise<string> =>
  (await caseAsAdmin<{ notifications: { id: string }[] }>(caseId, 'notifications { id }')).notifications[0].id;

const firstHallEvent = async (caseId: string): Promise<string> =>
  (await caseAsAdmin<{ hallEvents: { id: string }[] }>(caseId, 'hallEvents { id }')).hallEvents[0].id;

const versionOf = async (caseId: string): Promise<number> =>
  (await caseAsAdmin<{ version: number }>(caseId, 'version')).version;

/** The office a check runs in: the actor's own, or one outside the actor's scope. */
const officeOf = (check: Check): OfficeKey =>
  check.scope === 'in'
    ? IN_SCOPE[check.actor]
    : present(OUT_OF_SCOPE[check.actor], `an office out of the scope of ${check.actor}`);

/**
 * The case a check runs against: the shared issued case of the office, or, for a check expected
 * to pass authorization that may change the case, a fresh one (so no check spoils another).
 */
async function caseFor(check: Check): Promise<SharedCase & { fresh: boolean }> {
  const office = officeOf(check);
  // Sending a message again changes no case: the shared case's own messages serve.
  if (
    check.expected !== A ||
    check.scope !== 'in' ||
    !isMutation(check.name) ||
    check.name === 'resendNotification' ||
    check.name === 'resendHallEvent'
  ) {
    return { ...shared[office], fresh: false };
  }
  const id = await submitted(office, await clientOf('citySupervisor'));
  let documentId = '';
  if (check.name === 'verifyDocument') {
    const res = await uploadPng(await clientOf(check.actor), id, 'OTHER');
    expect(res.status).toBe(201);
    documentId = ((await res.json()) as { id: string }).id;
  }
  const holder = OFFICES[office].worker;
  if (check.scenario === 'alreadyWithTarget') await step(await clientOf(holder), 'claimApplication', id);
  return { id, documentId, holder, fresh: true };
}

const targetOfficer = (check: Check, c: SharedCase & { fresh: boolean }, office: OfficeKey): string => {
  const username = check.scenario === 'alreadyWithTarget' || c.fresh ? c.holder : OFFICES[office].other;
  return present(officerIds.get(username), `the id of officer ${username}`);
};

const BUSINESS_ERRORS = new Set(['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION']);

/** The outcome a GraphQL answer shows, in the table's words (anything else is spelled out). */
function observed(result: GqlResult, usesCase: boolean): string {
  const value = isRecord(result.data) ? result.data.r : undefined;
  const error = result.errors?.[0];
  if (error) {
    const code = String(error.extensions?.code ?? 'no code');
    if (BUSINESS_ERRORS.has(code)) return A;
    if (value != null) return `${code} but with data ${JSON.stringify(value)}`;
    if ([U, F, N].includes(code)) return code;
    return `${code}: ${error.message}`;
  }
  if (!usesCase) return A;
  if (value === null) return NUL;
  return value && typeof value === 'object' && 'total' in value && value.total === 0 ? EMPTY : A;
}

async function runGraphql(check: Check): Promise<{ got: string; detail: string }> {
  const op = present(
    OPERATIONS.find((o) => o.name === check.name),
    `the operation ${check.name}`,
  );
  const needs = present(NEEDS.get(op.name), `what ${op.name} needs`);
  const client = await clientOf(check.actor);
  const office = officeOf(check);
  const c = needs.usesCase ? await caseFor(check) : null;
  const version = c && (needs.usesVersion || op.kind === 'mutation') ? await versionOf(c.id) : 0;
  // An allowed deletion gets a rule of its own, so the spare rule stays for the other checks.
  const ruleId = op.name === 'deleteRoutingRule' && check.expected === A ? await spareRule() : fixed.ruleId;
  const rule = op.name.includes('RoutingRule')
    ? (
        await admin.data<{ routingRule: { version: number } | null }>(
          'query($id: ID!) { routingRule(id: $id) { version } }',
          { id: ruleId },
        )
      ).routingRule
    : null;
  const values: Values = {
    caseId: c?.id ?? '',
    documentId: c?.documentId ?? '',
    notificationId: c && op.name === 'resendNotification' ? await firstNotification(c.id) : '',
    hallEventId: c && op.name === 'resendHallEvent' ? await firstHallEvent(c.id) : '',
    hallClientId: fixed.hallClientId,
    version,
    targetOfficerId: c ? targetOfficer(check, c, office) : '',
    transferOfficeId: fixed.transferOfficeId,
    officeId: present(officeIds.get(OFFICES.S.code), `the id of office ${OFFICES.S.code}`),
    ruleId,
    ruleVersion: rule?.version ?? 0,
    spareOfficeId: fixed.spareOfficeId,
    spareOfficerId: fixed.spareOfficerId,
    reasonTemplateId: fixed.reasonTemplateId,
    unique: ++unique,
  };
  const { query, variables } = buildRequest(op, (key) => values[key]);
  const result = await client.gql(query, variables);
  let got = observed(result, needs.usesCase);
  // A refusal changes nothing.
  if (c && !c.fresh && op.kind === 'mutation' && got !== A && (await versionOf(c.id)) !== version)
    got = `${got}, yet the case changed`;
  return { got, detail: `${query}\n${JSON.stringify(variables)}\n→ ${JSON.stringify(result)}` };
}

async function runRest(check: Check): Promise<{ got: string; detail: string }> {
  const client = await clientOf(check.actor);
  const c = REST_CASE_ROUTES.has(check.name) ? await caseFor(check) : null;
  const before = c && !c.fresh ? await versionOf(c.id) : 0;
  const theCase = () => present(c, `the case of ${check.name}`);
  let res: Response;
  if (check.name === 'POST /api/applications/:id/documents') res = await uploadPng(client, theCase().id, 'OTHER');
  else if (check.name === 'GET /api/documents/:id/content')
    res = await rest(client, 'GET', `/api/documents/${theCase().documentId}/content`);
  else if (check.name === 'GET /api/applications/:id/issued-document.pdf')
    res = await rest(client, 'GET', `/api/applications/${theCase().id}/issued-document.pdf`);
  else if (check.name === 'GET /api/exports/applications.:format') {
    res = await rest(
      client,
      'GET',
      `/api/exports/applications.${check.format}?filter=${encodeURIComponent(JSON.stringify({ ids: [theCase().id] }))}`,
    );
  } else if (check.name === 'GET /api/exports/workload.:format') {
    res = await rest(
      client,
      'GET',
      `/api/exports/workload.${check.format}?from=2026-03-01&to=2026-03-31&groupBy=OFFICE`,
    );
  } else if (check.name === 'GET /api/exports/time-in-status.:format') {
    // The last month: the stays of the cases the seed made.
    const to = shanghaiDate(new Date());
    const from = addDays(to, -30);
    res = await rest(client, 'GET', `/api/exports/time-in-status.${check.format}?from=${from}&to=${to}`);
  } else throw new Error(`no request for ${check.name}`);
  const body = Buffer.from(await res.arrayBuffer());
  const text = res.headers.get('content-type')?.includes('json')
    ? body.toString('utf8')
    : `${body.length} bytes of ${res.headers.get('content-type')}`;
  const STATUS: Record<number, string> = { 401: U, 403: F, 404: N };
  let got = STATUS[res.status] ?? ([200, 201, 400, 409].includes(res.status) ? A : `HTTP ${res.status}`);
  if (got === A && res.status < 300 && res.headers.get('x-total-count') === '0') got = EMPTY;
  if (c && !c.fresh && check.name.startsWith('POST') && got !== A && (await versionOf(c.id)) !== before)
    got = `${got}, yet the case changed`;
  return { got, detail: `${check.name} → ${res.status} ${text}` };
}

beforeAll(async () => {
  app = await startTestApp({ applications: 40 });
  admin = await clientOf('admin');
  const { officers, offices } = await admin.data<{
    officers: { items: { id: string; username: string }[] };
    offices: { items: { id: string; code: string }[] };
  }>('{ officers(perPage: 500) { items { id username } } offices(perPage: 500) { items { id code } } }');
  for (const o of officers.items) officerIds.set(o.username, o.id);
  for (const o of offices.items) officeIds.set(o.code, o.id);
  for (const office of Object.keys(OFFICES) as OfficeKey[]) shared[office] = await issuedCase(office);
  // Rows of their own for the configuration mutations to change.
  fixed.transferOfficeId = present(officeIds.get('210104-PCS1'), 'the id of office 210104-PCS1'); // a Dadong station
  fixed.spareOfficeId = (
    await admin.data<{ createOffice: { id: string } }>(
      'mutation { createOffice(input: { code: "AUTHZ-SPARE", name: "授权测试所", kind: POLICE_STATION, jurisdiction: ["650102"] }) { id } }',
    )
  ).createOffice.id;
  fixed.spareOfficerId = (
    await admin.data<{ createOfficer: { id: string } }>(
      'mutation($o: ID!) { createOfficer(input: { username: "authz.spare", displayName: "授权测试", role: STATION_OFFICER, officeId: $o, password: "a-long-enough-password" }) { id } }',
      { o: fixed.spareOfficeId },
    )
  ).createOfficer.id;
  fixed.ruleId = await spareRule();
  fixed.reasonTemplateId = (
    await admin.data<{ createReasonTemplate: { id: string } }>(
      'mutation { createReasonTemplate(input: { kind: SUPPLEMENT, text: "授权测试模板", active: false }) { id } }',
    )
  ).createReasonTemplate.id;
  const { createHallClient } = await admin.data<{ createHallClient: { client: { clientId: string } } }>(
    'mutation { createHallClient(input: { name: "authz hall", scopes: ["status"] }) { client { clientId } } }',
  );
  fixed.hallClientId = createHallClient.client.clientId;
  // A status callback, sent, of each shared case, as if a hall had handed it over (the case page lists it).
  const hallClient = await app.ds.getRepository(HallClient).findOneByOrFail({ clientId: fixed.hallClientId });
  for (const c of Object.values(shared)) {
    await app.ds
      .getRepository(Application)
      .update({ id: Number(c.id) }, { hallClientId: hallClient.id, hallReference: `AUTHZ-${c.id}` });
    const at = new Date();
    await app.ds.getRepository(HallEvent).insert({
      clientId: hallClient.id,
      applicationId: Number(c.id),
      auditEventId: -Number(c.id),
      event: 'ISSUED',
      body: {},
      status: HallEventStatus.SENT,
      attempts: 1,
      createdAt: at,
      sentAt: at,
      nextAttemptAt: at,
      lastAttemptAt: at,
      lastError: null,
      startedAt: null,
    });
  }
});
afterAll(() => app?.close());

describe('the table', () => {
  it('has exactly one row per operation of schema.graphql and per REST endpoint', () => {
    const operations = OPERATIONS.map((op) => op.name);
    expect(new Set(operations).size, 'a query and a mutation share a name').toBe(operations.length);
    expect([...operations, ...REST_ROUTES].sort()).toEqual(Object.keys(TABLE).sort());
  });

  it('lists every route of the document and export routers', () => {
    const routes = [...documentRoutes(app.ds, app.config).stack, ...exportRoutes(app.ds, app.config).stack].flatMap(
      ({ route }) => {
        if (!route) return [];
        // Express keeps the methods a route answers on the route; its types leave them out.
        const methods = 'methods' in route && isRecord(route.methods) ? route.methods : null;
        return Object.keys(present(methods, `the methods of ${route.path}`))
          .filter((m) => m !== '_all')
          .map((m) => `${m.toUpperCase()} /api${route.path}`);
      },
    );
    expect(routes.sort()).toEqual([...REST_ROUTES].sort());
  });

  it('builds a request for every operation, and has an out-of-scope outcome exactly where one takes a case', () => {
    expect([...NEEDS].filter(([, n]) => n.error).map(([name, n]) => `${name}: ${n.error}`)).toEqual([]);
    for (const [name, row] of Object.entries(TABLE)) {
      const takesCase = NEEDS.get(name)?.usesCase ?? REST_CASE_ROUTES.has(name);
      expect(row.out !== undefined, `${name}: out-of-scope outcome given`).toBe(takesCase);
      for (const actor of Object.keys(OUT_OF_SCOPE) as Actor[]) {
        if (typeof row.out === 'object')
          expect(row.out[actor], `${name}: out-of-scope outcome for ${actor}`).toBeDefined();
      }
    }
  });
});

// Refusals first: they change nothing, and nothing allowed can spoil them.
const denials = (checks: Check[]) => checks.filter((c) => c.expected !== A);
const allowances = (checks: Check[]) => checks.filter((c) => c.expected === A);

describe('GraphQL refusals', () => {
  it.each(denials(GRAPHQL_CHECKS).map((c) => [label(c), c] as const))('%s', async (_, check) => {
    const { got, detail } = await runGraphql(check);
    expect(got, detail).toBe(check.expected);
  });
});

describe('REST refusals', () => {
  it.each(denials(REST_CHECKS).map((c) => [label(c), c] as const))('%s', async (_, check) => {
    const { got, detail } = await runRest(check);
    expect(got, detail).toBe(check.expected);
  });
});

describe('GraphQL, allowed', () => {
  it.each(allowances(GRAPHQL_CHECKS).map((c) => [label(c), c] as const))('%s', async (_, check) => {
    const { got, detail } = await runGraphql(check);
    expect(got, detail).toBe(check.expected);
  });
});

describe('REST, allowed', () => {
  it.each(allowances(REST_CHECKS).map((c) => [label(c), c] as const))('%s', async (_, check) => {
    const { got, detail } = await runRest(check);
    expect(got, detail).toBe(check.expected);
  });
});
