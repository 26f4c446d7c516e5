import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseViewer } from '../server/presence/case-viewer.entity';
import { type Client, startTestApp, type TestApp } from './support/harness';
import { present } from './support/narrow';

// Issue 28, point 11: the case page warns when another officer has the same case open, before
// either acts. Its heartbeat (noteCaseOpen) is kept in the database, so every server process sees it.

let app: TestApp;
let first: Client;
let second: Client;
let caseId: string;

const NOTE = 'mutation ($id: ID!) { noteCaseOpen(id: $id) { id displayName } }';
type Others = { noteCaseOpen: { id: string; displayName: string }[] };

beforeAll(async () => {
  app = await startTestApp({ applications: 100 });
  first = await app.as('heping.officer');
  second = await app.as('heping.supervisor');
  const { applications } = await first.data<{ applications: { items: { id: string }[] } }>(
    '{ applications(perPage: 1) { items { id } } }',
  );
  caseId = present(applications.items[0], 'a case of 和平').id;
});
afterAll(() => app?.close());

const note = async (client: Client, id = caseId) => (await client.data<Others>(NOTE, { id })).noteCaseOpen;
const me = async (client: Client) => (await client.data<{ me: { id: string } }>('{ me { id } }')).me.id;

describe('who else has a case open (point 11)', () => {
  it('answers the other officers whose page of the case beat in the last 50 s, never the asker', async () => {
    expect(await note(first)).toEqual([]);
    const others = await note(second);
    expect(others.map((o) => o.id)).toEqual([await me(first)]);
    expect(others[0]?.displayName).toMatch(/和平/);
    expect((await note(first)).map((o) => o.id)).toEqual([await me(second)]);
    // Its page closed, the first officer's last beat grows old: after 50 s it no longer counts.
    await app.ds
      .createQueryBuilder()
      .update(CaseViewer)
      .set({ seenAt: new Date(Date.now() - 51_000) })
      .where('officerId = :id', { id: Number(await me(first)) })
      .execute();
    expect(await note(second)).toEqual([]);
  });

  it('keeps one row per case and officer, and clears an officer’s stale rows at their next beat', async () => {
    const id = Number(await me(second));
    for (let i = 0; i < 3; i++) await note(second);
    expect(await app.ds.getRepository(CaseViewer).countBy({ officerId: id, applicationId: Number(caseId) })).toBe(1);
    await app.ds.getRepository(CaseViewer).insert({ applicationId: 999_999, officerId: id, seenAt: new Date(0) });
    await note(second);
    expect(await app.ds.getRepository(CaseViewer).countBy({ officerId: id })).toBe(1);
  });

  it('forgets an officer who says they left the case at once, and answers them no one', async () => {
    await note(first);
    expect((await note(second)).map((o) => o.id)).toEqual([await me(first)]);
    const left = await first.data<Others>('mutation ($id: ID!) { noteCaseOpen(id: $id, leaving: true) { id } }', {
      id: caseId,
    });
    expect(left.noteCaseOpen).toEqual([]);
    expect(await note(second)).toEqual([]);
    expect(
      await app.ds
        .getRepository(CaseViewer)
        .countBy({ officerId: Number(await me(first)), applicationId: Number(caseId) }),
    ).toBe(0);
  });

  it('answers a case out of the officer’s scope as not found, and only the signed in', async () => {
    const exit = await app.as('exit.officer');
    const outside = await exit.gql(NOTE, { id: caseId });
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await app.anonymous().gql(NOTE, { id: caseId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The refused asked nothing into the table.
    expect(await app.ds.getRepository(CaseViewer).countBy({ officerId: Number(await me(exit)) })).toBe(0);
  });
});
