import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from './support/harness';

// Issue 28, point 12: supplement and not-accepted reasons from templates an administrator keeps.
let app: TestApp;
let admin: Client;
let officer: Client;

beforeAll(async () => {
  app = await startTestApp({ applications: 0 });
  admin = await app.as('admin');
  officer = await app.as('heping.officer');
});
afterAll(() => app?.close());

interface Template {
  id: string;
  kind: string;
  text: string;
  active: boolean;
  position: number;
}
const FIELDS = 'id kind text active position';
const list = async (client: Client, args = 'kind: SUPPLEMENT') =>
  (await client.data<{ reasonTemplates: Template[] }>(`{ reasonTemplates(${args}) { ${FIELDS} } }`)).reasonTemplates;
const save = (input: Record<string, unknown>, id?: string) =>
  admin.gql<{ createReasonTemplate?: Template; updateReasonTemplate?: Template }>(
    id
      ? `mutation($id: ID!, $i: ReasonTemplateInput!) { updateReasonTemplate(id: $id, input: $i) { ${FIELDS} } }`
      : `mutation($i: ReasonTemplateInput!) { createReasonTemplate(input: $i) { ${FIELDS} } }`,
    { i: input, ...(id ? { id } : {}) },
  );

describe('reason templates', () => {
  it('offers officers the first set of each kind, in order, and only its kind', async () => {
    const supplement = await list(officer);
    expect(supplement.length).toBeGreaterThanOrEqual(3);
    expect(supplement.every((t) => t.kind === 'SUPPLEMENT' && t.active)).toBe(true);
    expect(supplement.map((t) => t.position)).toEqual([...supplement.map((t) => t.position)].sort((a, b) => a - b));
    const refusal = await list(officer, 'kind: NOT_ACCEPTED');
    expect(refusal.length).toBeGreaterThanOrEqual(1);
    expect(refusal.every((t) => t.kind === 'NOT_ACCEPTED')).toBe(true);
  });

  it('lets the administrator word, reorder and retire one, audited; a retired one is no longer offered', async () => {
    const created = (await save({ kind: 'SUPPLEMENT', text: '  请补充单位介绍信原件扫描件  ', position: 1 })).data
      ?.createReasonTemplate;
    expect(created).toMatchObject({ text: '请补充单位介绍信原件扫描件', active: true, position: 1 });
    const id = created?.id ?? '';
    expect((await list(officer))[0].id).toBe(id);
    const retired = await save(
      { kind: 'SUPPLEMENT', text: '请补充单位介绍信原件扫描件', active: false, position: 1 },
      id,
    );
    expect(retired.data?.updateReasonTemplate?.active).toBe(false);
    expect((await list(officer)).map((t) => t.id)).not.toContain(id);
    expect((await list(admin, 'kind: SUPPLEMENT, withRetired: true')).map((t) => t.id)).toContain(id);
    const trail = await admin.data<{ auditTrail: { items: { action: string; detail: { active: boolean } }[] } }>(
      `{ auditTrail(entityType: "ReasonTemplate", entityId: "${id}") { items { action detail } } }`,
    );
    expect(trail.auditTrail.items.map((e) => [e.action, e.detail.active])).toEqual([
      ['REASON_TEMPLATE_UPDATED', false],
      ['REASON_TEMPLATE_CREATED', true],
    ]);
  });

  it('refuses an empty text, a link and an unknown template, naming the field; officers may not change them', async () => {
    expect((await save({ kind: 'SUPPLEMENT', text: '   ' })).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.text' },
    });
    expect((await save({ kind: 'NOT_ACCEPTED', text: '详见 www.example.com' })).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.text', reason: 'LINK_IN_MESSAGE' },
    });
    expect((await save({ kind: 'SUPPLEMENT', text: '好' }, '999999')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const refused = await officer.gql(
      'mutation { createReasonTemplate(input: { kind: SUPPLEMENT, text: "民警自拟" }) { id } }',
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
