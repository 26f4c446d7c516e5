import { expect } from 'vitest';
import { cardPng } from '../../server/seed/demo-files';
import type { Client } from './harness';
import { application, SUBMIT, type SubmitAnswer } from './inputs';
import { present } from './narrow';

// Drives cases through the API as an officer would.

export const CASE = `id version status assignee { username } outcome acceptedAt dueAt decidedAt slaState workingDaysElapsed
  availableActions missingDocumentKinds statusReason returnedBy { username } feeAmount feePaid office { code }
  documents { id kind status } issuedDocument { kind number verificationCode pdfUrl issuedBy { username } }
  mailing { carrier trackingNumber deliveredAt } supplementRequest { reason kinds requestedBy { username } }`;

export const PNG = cardPng([30, 90, 200]);
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A document as an upload answers it (201). */
export interface UploadedDocument {
  id: string;
  kind: string;
  contentType: string;
  byteSize: number;
  status: string;
  fileName: string;
  sha256: string;
  contentUrl: string;
}

export async function upload(
  client: Client,
  id: string,
  kind: string,
  content: Buffer,
  fileName: string,
): Promise<Response> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([content]), fileName);
  return fetch(`${client.baseUrl}/api/applications/${id}/documents`, {
    method: 'POST',
    headers: { cookie: client.sessionCookie() },
    body: form,
  });
}

/** A case as CASE selects it. */
export interface Case {
  id: string;
  version: number;
  status: string;
  assignee: { username: string } | null;
  outcome: string | null;
  acceptedAt: string | null;
  dueAt: string | null;
  decidedAt: string | null;
  slaState: string;
  workingDaysElapsed: number;
  availableActions: string[];
  missingDocumentKinds: string[];
  statusReason: string | null;
  returnedBy: { username: string } | null;
  feeAmount: number;
  feePaid: boolean;
  office: { code: string };
  documents: { id: string; kind: string; status: string }[];
  issuedDocument: {
    kind: string;
    number: string;
    verificationCode: string;
    pdfUrl: string;
    issuedBy: { username: string };
  } | null;
  mailing: { carrier: string; trackingNumber: string; deliveredAt: string | null } | null;
  supplementRequest: { reason: string; kinds: string[]; requestedBy: { username: string } } | null;
}

/** A record check as answeredCheck selects it. */
export interface RecordCheck {
  id: string;
  status: string;
  source: string;
  suggestedOutcome: string | null;
  error: string | null;
  completedAt: string | null;
  matches: {
    kind: string;
    recordRef: string;
    offence: string;
    judgmentDate: string | null;
    sentence: string | null;
    sealedJuvenile: boolean;
  }[];
}

/** The case as `client` sees it; null when it is not in the client's scope. */
export async function findCase(client: Client, id: string): Promise<Case | null> {
  return (
    await client.data<{ application: Case | null }>(`query($id: ID!) { application(id: $id) { ${CASE} } }`, { id })
  ).application;
}

/** The case, which `client` must see. */
export async function getCase(client: Client, id: string): Promise<Case> {
  return present(await findCase(client, id), `case ${id}`);
}

/** The case's latest record check once the worker has answered it (as an officer waits for it before deciding); also in a test's setup. */
export async function answeredCheck(client: Client, id: string): Promise<RecordCheck | undefined> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { application } = await client.data<{ application: { recordChecks: RecordCheck[] } | null }>(
      `query($id: ID!) { application(id: $id) { recordChecks { id status source suggestedOutcome error completedAt
        matches { kind recordRef offence judgmentDate sentence sealedJuvenile } } } }`,
      { id },
    );
    const latest = present(application, `case ${id}`).recordChecks[0];
    if (latest?.status !== 'PENDING') return latest;
    if (Date.now() > deadline) throw new Error(`the record check of case ${id} did not answer in 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Runs a workflow mutation on the case at its current version; returns the GraphQL result. A
 * decision without a note waits for the record check to answer, as the officer would.
 */
export async function run(
  client: Client,
  mutation: string,
  id: string,
  args: Record<string, unknown> = {},
  version?: number,
) {
  if (mutation === 'decideApplication' && !args.note) await answeredCheck(client, id);
  const current = version ?? (await findCase(client, id))?.version ?? 0;
  const params = Object.keys(args)
    .map((k) => `, ${k}: $${k}`)
    .join('');
  const types: Record<string, string> = {
    reason: 'String!',
    note: 'String',
    kinds: '[DocumentKind!]!',
    outcome: 'Outcome!',
    approve: 'Boolean!',
    officerId: 'ID!',
    officeId: 'ID!',
    input: 'MailingInput!',
    receiptNo: 'String!',
    deliveredAt: 'DateTime',
  };
  const vars = Object.keys(args)
    .map((k) => `, $${k}: ${mutation === 'closeReview' && k === 'note' ? 'String!' : types[k]}`)
    .join('');
  return client.gql<{ r: Case }>(
    `mutation($id: ID!, $version: Int!${vars}) { r: ${mutation}(id: $id, version: $version${params}) { ${CASE} } }`,
    {
      id,
      version: current,
      ...args,
    },
  );
}

/** The same, for a step that must succeed: returns the case after it. */
export async function step(
  client: Client,
  mutation: string,
  id: string,
  args: Record<string, unknown> = {},
): Promise<Case> {
  const result = await run(client, mutation, id, args);
  if (result.errors) throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
  return present(result.data, `the answer of ${mutation}`).r;
}

/** A new case with its required papers uploaded and verified, still SUBMITTED. */
export async function readyCase(client: Client, overrides: Record<string, unknown> = {}): Promise<Case> {
  const created = (await client.data<SubmitAnswer>(SUBMIT, { input: application(overrides) })).submitApplication;
  for (const kind of ['ID_CARD_FRONT', 'ID_CARD_BACK']) {
    const res = await upload(client, created.id, kind, PNG, `${kind.toLowerCase()}.png`);
    expect(res.status, await res.clone().text()).toBe(201);
  }
  for (const document of (await getCase(client, created.id)).documents) {
    await client.data('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { status } }', {
      id: document.id,
    });
  }
  return getCase(client, created.id);
}

/** An accepted case held by `client`. */
export async function acceptedCase(client: Client, overrides: Record<string, unknown> = {}): Promise<Case> {
  const c = await readyCase(client, overrides);
  return step(client, 'acceptApplication', c.id);
}

/** A lookup of the id of an office by its code, among the offices `client` may list. */
export async function officeIds(client: Client): Promise<(code: string) => string> {
  const { offices } = await client.data<{ offices: { items: { id: string; code: string }[] } }>(
    '{ offices(perPage: 100) { items { id code } } }',
  );
  return (code) =>
    present(
      offices.items.find((o) => o.code === code),
      `office ${code}`,
    ).id;
}
