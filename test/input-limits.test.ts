import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PER_PAGE, pageWindow } from '../server/core/pagination';
import { MAX_LIST_ENTRIES, STRING_LIMITS } from '../server/graphql/input-limits';
import { type Client, type Page, startTestApp, type TestApp } from './support/harness';
import { present } from './support/narrow';
import { acceptedCase, step } from './support/workflow';

// Every String and ID the API takes, found in the committed schema.graphql, sent one step over its
// limit through a real server: each must come back as BAD_USER_INPUT naming it, never as a 5xx.

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** One place a value goes: a root field, the path to it inside the arguments, its type and its limit key. */
interface Slot {
  root: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  path: (string | number)[];
  type: GraphQLInputType;
  key: string;
}

function slots(): Slot[] {
  const found: Slot[] = [];
  const walk = (
    base: Omit<Slot, 'path' | 'type' | 'key'>,
    type: GraphQLInputType,
    at: (string | number)[],
    key: string,
    seen: string[],
  ) => {
    found.push({ ...base, path: at, type, key });
    const t = getNullableType(type);
    if (isListType<GraphQLInputType>(t)) walk(base, t.ofType, [...at, 0], key, seen);
    else if (isInputObjectType(t) && !seen.includes(t.name)) {
      for (const f of Object.values(t.getFields()))
        walk(base, f.type, [...at, f.name], `${t.name}.${f.name}`, [...seen, t.name]);
    }
  };
  for (const root of [
    present(schema.getQueryType(), 'the Query type'),
    present(schema.getMutationType(), 'the Mutation type'),
  ]) {
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args)
        walk({ root, field }, arg.type, [arg.name], `${root.name}.${field.name}.${arg.name}`, []);
    }
  }
  return found;
}

const leafIs = (slot: Slot, name: string) =>
  !isListType(getNullableType(slot.type)) && getNamedType(slot.type).name === name;
const fieldName = (at: (string | number)[]) =>
  at.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

const DUMMY: Record<string, unknown> = {
  String: 'x',
  ID: '1',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2024-01-02',
  DateTime: '2024-01-02T00:00:00.000Z',
  JSON: {},
};

/** A value of `type` that passes every limit: required input fields filled, optional ones left out. */
function dummy(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType<GraphQLInputType>(t)) return [dummy(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isInputObjectType(t)) {
    return Object.fromEntries(
      Object.values(t.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, dummy(f.type)]),
    );
  }
  return DUMMY[t.name];
}

/** `base` with `value` put at `at` (list positions become one-entry lists). */
function place(type: GraphQLInputType, base: unknown, at: (string | number)[], value: unknown): unknown {
  if (!at.length) return value;
  const t = getNullableType(type);
  if (isListType<GraphQLInputType>(t)) return [place(t.ofType, dummy(t.ofType), at.slice(1), value)];
  if (!isInputObjectType(t)) throw new Error(`cannot go into ${t.name}`);
  const f = t.getFields()[at[0]];
  const object = (base ?? dummy(t)) as Record<string, unknown>;
  return { ...object, [f.name]: place(f.type, object[f.name], at.slice(1), value) };
}

/** The request for `slot`'s root field with every required argument dummy and `value` at the slot. */
function request(slot: Slot, value: unknown): { query: string; variables: Record<string, unknown> } {
  const { root, field } = slot;
  const args = field.args.filter(
    (a) => a.name === slot.path[0] || (isNonNullType(a.type) && a.defaultValue === undefined),
  );
  const variables = Object.fromEntries(
    args.map((a) => [
      a.name,
      a.name === slot.path[0] ? place(a.type, undefined, slot.path.slice(1), value) : dummy(a.type),
    ]),
  );
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const operation = root.name === 'Mutation' ? 'mutation' : 'query';
  const defs = args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `${operation}${defs ? `(${defs})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables,
  };
}

let app: TestApp;
let admin: Client;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.as('admin');
});
afterAll(() => app?.close());

/** Sends `value` to each slot; returns the slots not refused with BAD_USER_INPUT naming them, with what came back. */
async function unrefused(targets: Slot[], value: (slot: Slot) => unknown): Promise<string[]> {
  const wrong: string[] = [];
  for (const slot of targets) {
    const { query, variables } = request(slot, value(slot));
    const result = await admin.gql(query, variables);
    const error = result.errors?.[0];
    const expected = fieldName(slot.path);
    if (error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== expected) {
      wrong.push(
        `${slot.root.name}.${slot.field.name} ${expected}: ${JSON.stringify(error ?? result.data).slice(0, 200)}`,
      );
    }
  }
  return wrong;
}

describe('string limits', () => {
  const strings = slots().filter((s) => leafIs(s, 'String'));

  it('has a limit for every String argument and String input field of schema.graphql, and none for anything else', () => {
    const keys = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type)) {
        for (const f of Object.values(type.getFields())) {
          for (const a of f.args)
            if (getNamedType(a.type).name === 'String') keys.add(`${type.name}.${f.name}.${a.name}`);
        }
      } else if (isInputObjectType(type)) {
        for (const f of Object.values(type.getFields()))
          if (getNamedType(f.type).name === 'String') keys.add(`${type.name}.${f.name}`);
      }
    }
    expect([...keys].filter((k) => !(k in STRING_LIMITS))).toEqual([]);
    expect(Object.keys(STRING_LIMITS).filter((k) => !keys.has(k))).toEqual([]);
    expect(new Set(strings.map((s) => s.key))).toEqual(keys);
  });

  it('refuses a value one character over its limit wherever a String goes, naming the field', async () => {
    expect(strings.length).toBeGreaterThan(90);
    expect(await unrefused(strings, (s) => 'x'.repeat(STRING_LIMITS[s.key] + 1))).toEqual([]);
  });

  it('refuses a 900 KB note with BAD_USER_INPUT, not a server error', async () => {
    const result = await admin.gql(
      'mutation($n: String) { setCalendarDay(date: "2026-03-02", workday: true, note: $n) { date } }',
      {
        n: '注'.repeat(300_000),
      },
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(result.errors?.[0].message).toBe('note: must be at most 100 characters (got 300000)');
  });

  it('keeps a value at the limit, whole, in the database and the audit trail', async () => {
    const officer = await app.as('heping.officer');
    const c = await acceptedCase(officer);
    const note = '审'.repeat(STRING_LIMITS['Mutation.decideApplication.note']);
    expect((await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD', note })).status).toBe('DECIDED');
    const history = present(
      (
        await admin.data<{
          application: { history: { action: string; detail: Record<string, unknown> | null }[] } | null;
        }>('query($id: ID!) { application(id: $id) { history { action detail } } }', { id: c.id })
      ).application,
      `case ${c.id}`,
    ).history;
    expect(history.map((e) => e.detail?.note)).toContain(note);

    const reason = '因'.repeat(STRING_LIMITS['Mutation.revealIdNumber.reason']);
    const revealed = await admin.data<{ revealIdNumber: string }>(
      'mutation($id: ID!, $r: String!) { revealIdNumber(applicationId: $id, person: SUBJECT, reason: $r) }',
      {
        id: c.id,
        r: reason,
      },
    );
    expect(revealed.revealIdNumber).toMatch(/^\d{17}[\dX]$/);

    const input = {
      code: 'Z'.repeat(STRING_LIMITS['OfficeInput.code']),
      name: '所'.repeat(STRING_LIMITS['OfficeInput.name']),
      kind: 'POLICE_STATION',
      jurisdiction: ['210102001'],
      address: '路'.repeat(STRING_LIMITS['OfficeInput.address']),
      phone: '0'.repeat(STRING_LIMITS['OfficeInput.phone']),
    };
    const created = (
      await admin.data<{
        createOffice: { id: string; code: string; name: string; address: string | null; phone: string | null };
      }>('mutation($i: OfficeInput!) { createOffice(input: $i) { id code name address phone } }', { i: input })
    ).createOffice;
    expect(created).toMatchObject({ code: input.code, name: input.name, address: input.address, phone: input.phone });
    const read = (
      await admin.data<{ office: { name: string } | null }>('query($id: ID!) { office(id: $id) { name } }', {
        id: created.id,
      })
    ).office;
    expect(read?.name).toBe(input.name);
  });
});

describe('ids', () => {
  const all = slots();
  const ids = all.filter((s) => leafIs(s, 'ID'));
  const idLists = all.filter((s) => isListType(getNullableType(s.type)) && getNamedType(s.type).name === 'ID');

  it('refuses an id that is not a positive whole number wherever an ID goes, naming the field', async () => {
    const operations = new Set(ids.map((s) => s.field.name));
    for (const op of [
      'office',
      'transferApplication',
      'deleteRoutingRule',
      'routingRule',
      'application',
      'assignApplications',
      'updateOfficer',
      'verifyDocument',
      'revealIdNumber',
      'queueCounts',
      'applications',
    ]) {
      expect(operations).toContain(op);
    }
    expect(await unrefused(ids, () => 'abc')).toEqual([]);
  });

  it('refuses zero, negative, fractional, padded and out-of-range ids', async () => {
    for (const bad of ['0', '-1', '1.5', ' 1', '1e3', '2147483648', '']) {
      const result = await admin.gql('query($id: ID!) { office(id: $id) { id } }', { id: bad });
      expect(result.errors?.[0].extensions, bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
    type OneOffice = { office: { id: string } | null };
    expect(
      (await admin.data<OneOffice>('query($id: ID!) { office(id: $id) { id } }', { id: '2147483647' })).office,
    ).toBeNull();
    expect((await admin.data<OneOffice>('{ office(id: 1) { id } }')).office?.id).toBe('1');
  });

  it(`refuses a list of 40,000 ids wherever a list of ids goes, and takes ${MAX_LIST_ENTRIES}`, async () => {
    const many = Array.from({ length: 40_000 }, (_, i) => String(i + 1));
    expect(idLists.map((s) => `${s.field.name} ${fieldName(s.path)}`).sort()).toEqual([
      'applications filter.ids',
      'applications filter.officeIds',
      'assignApplications ids',
      'assignEach ids',
      'officers officeIds',
      'queueCounts officeIds',
      'timeInStatus input.officeIds',
      'workloadReport input.officeIds',
    ]);
    expect(await unrefused(idLists, () => many)).toEqual([]);
    // Every case and office here has an id below MAX_LIST_ENTRIES: the longest list matches them all.
    const most = many.slice(0, MAX_LIST_ENTRIES);
    const everything = await admin.data<{ applications: { total: number }; queueCounts: unknown }>(
      '{ applications { total } queueCounts { byStatus { status count } } }',
    );
    const listed = await admin.data(
      'query($ids: [ID!]) { applications(filter: { ids: $ids, officeIds: $ids }) { total } queueCounts(officeIds: $ids) { byStatus { status count } } }',
      { ids: most },
    );
    expect(everything.applications.total).toBeGreaterThan(0);
    expect(listed).toEqual(everything);
  });
});

describe('paging', () => {
  // A page bigger than the largest is shrunk to it, not refused: total still tells the client how many
  // there are, and the console asks for MAX_PER_PAGE-sized pages of offices and officers.
  it(`shrinks perPage to ${MAX_PER_PAGE}`, async () => {
    expect(pageWindow(3, 5000)).toEqual({ skip: 2 * MAX_PER_PAGE, take: MAX_PER_PAGE });
    const { offices, officers } = await admin.data<{
      offices: Page<{ id: string }>;
      officers: Page<{ id: string }>;
    }>('{ offices(perPage: 5000) { total items { id } } officers(perPage: 5000) { total items { id } } }');
    expect(offices.items).toHaveLength(Math.min(offices.total, MAX_PER_PAGE));
    expect(officers.items).toHaveLength(Math.min(officers.total, MAX_PER_PAGE));
  });
});
