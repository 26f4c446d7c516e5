import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from './support/harness';
import { application, citizen, foreigner, HEPING_2, SUBMIT, type SubmitAnswer } from './support/inputs';
import { acceptedCase, getCase, step } from './support/workflow';

// "领取下一件": claimNextApplication takes the free case in the officer's scope with the nearest
// deadline, then the longest waiting, and claims it; two officers pressing at once never get one case.

let app: TestApp;
let officer: Client;
let supervisor: Client;
let exitOfficers: Client[];

beforeAll(async () => {
  app = await startTestApp();
  [officer, supervisor, ...exitOfficers] = await Promise.all([
    app.as('heping.officer'),
    app.as('heping.supervisor'),
    app.as('exit.officer'),
    app.as('exit.officer2'),
  ]);
});
afterAll(() => app?.close());

type Next = { claimNextApplication: { id: string; status: string; assignee: { username: string } | null } | null };
const NEXT = 'mutation { claimNextApplication { id status assignee { username } } }';
const next = async (client: Client) => (await client.data<Next>(NEXT)).claimNextApplication;
const submit = async (client: Client, overrides: Record<string, unknown> = {}) =>
  (await client.data<SubmitAnswer>(SUBMIT, { input: application(overrides) })).submitApplication;

describe('claiming the next case', () => {
  it('takes the nearest deadline first, then the longest waiting, never a case held or out of scope', async () => {
    const waiting = await submit(officer);
    const accepted = await acceptedCase(officer);
    await step(officer, 'releaseApplication', accepted.id);
    const held = await submit(officer);
    await step(supervisor, 'claimApplication', held.id);
    // The second Heping station's: in the supervisor's scope, not in the officer's.
    const elsewhere = await submit(officer, {
      subject: citizen({ domicileRegion: HEPING_2, residenceRegion: HEPING_2 }),
    });
    expect(elsewhere.office.code).not.toBe(waiting.office.code);

    expect(await next(officer)).toEqual({
      id: accepted.id,
      status: 'ACCEPTED',
      assignee: { username: 'heping.officer' },
    });
    expect(await next(officer)).toMatchObject({ id: waiting.id, status: 'SUBMITTED' });
    expect(await next(officer)).toBeNull();
    expect((await getCase(supervisor, held.id)).assignee?.username).toBe('heping.supervisor');
    expect((await getCase(supervisor, elsewhere.id)).assignee).toBeNull();
    // The supervisor's scope has the second station's case left.
    expect(await next(supervisor)).toMatchObject({ id: elsewhere.id, assignee: { username: 'heping.supervisor' } });
  });

  it('gives officers pressing at once different cases, each claimed by the one it was given to', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await submit(exitOfficers[0], { subject: foreigner(200) })).id);
    const presses = exitOfficers.flatMap((client) => Array.from({ length: 4 }, () => client));
    const answers = await Promise.all(presses.map(async (client, i) => ({ i, got: await next(client) })));
    const given = answers.flatMap(({ got }) => (got ? [got.id] : []));
    expect(given.toSorted()).toEqual(ids.toSorted());
    expect(answers.filter(({ got }) => got === null)).toHaveLength(presses.length - ids.length);
    for (const { i, got } of answers) {
      if (!got) continue;
      const username = i < 4 ? 'exit.officer' : 'exit.officer2';
      expect(got.assignee?.username).toBe(username);
      expect((await getCase(exitOfficers[0], got.id)).assignee?.username).toBe(username);
    }
  });
});
