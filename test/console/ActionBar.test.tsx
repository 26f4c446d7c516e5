// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { AdminContext, RecordContextProvider } from 'react-admin';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActionBar } from '../../admin/src/applications/case/ActionBar';
import { actionButtons } from '../../admin/src/applications/case/caseActions';
import { dataProvider } from '../../admin/src/dataProvider';
import { i18nProvider } from '../../admin/src/i18n';
import { Client } from '../support/harness';
import { present } from '../support/narrow';
import { startServerProcess } from '../support/server-process';
import { type Case, getCase, step } from '../support/workflow';

/**
 * A demo case of the officer's station with its papers verified (jsdom's FormData cannot carry an
 * upload to the server, so the seeded papers stand in for uploads).
 */
async function readyCase(client: Client) {
  const { applications } = await client.data<{
    applications: { items: { id: string; documents: { id: string }[] }[] };
  }>(
    '{ applications(filter: { status: [SUBMITTED], unassigned: true }, perPage: 1) { items { id documents { id } } } }',
  );
  const c = present(applications.items[0], 'a submitted, unassigned case');
  for (const d of c.documents)
    await client.data('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }', { id: d.id });
  return getCase(client, c.id);
}

// The action bar shows exactly the steps the server's state machine opens for the signed-in
// officer: cases and their availableActions come from the real server, per role and status.
let server: Awaited<ReturnType<typeof startServerProcess>>;
let officer: Client;
let supervisor: Client;
let admin: Client;

const signIn = async (username: string) => {
  const client = new Client(server.url);
  expect((await client.login(username)).status).toBe(200);
  return client;
};

beforeAll(async () => {
  server = await startServerProcess(200);
  [officer, supervisor, admin] = await Promise.all([
    signIn('heping.officer'),
    signIn('heping.supervisor'),
    signIn('admin'),
  ]);
});
afterAll(() => server?.stop());
afterEach(cleanup);

function renderBar(record: Case) {
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <RecordContextProvider value={record}>
        <ActionBar />
      </RecordContextProvider>
    </AdminContext>,
  );
  return within(screen.getByTestId('action-bar'));
}

const shown = (bar: ReturnType<typeof within>) =>
  bar
    .queryAllByRole('button')
    .map((b: HTMLElement) => b.getAttribute('data-action'))
    .filter(Boolean);

describe('the action bar', () => {
  it('offers the holder of a ready case acceptance, and the supervisor only assignment', async () => {
    const ready = await readyCase(officer);
    const asOfficer = await getCase(officer, ready.id);
    const bar = renderBar(asOfficer);
    expect(shown(bar)).toEqual(actionButtons(asOfficer.availableActions));
    expect(shown(bar)).toEqual(
      expect.arrayContaining(['RELEASE', 'ACCEPT', 'NOT_ACCEPT', 'REQUEST_SUPPLEMENT', 'TRANSFER', 'WITHDRAW']),
    );
    expect(bar.getByText('受理')).toBeTruthy();
    cleanup();
    const asSupervisor = await getCase(supervisor, ready.id);
    expect(shown(renderBar(asSupervisor))).toEqual(['ASSIGN']);
  });

  it('shows administrators no steps at all, only the audited reveal', async () => {
    const ready = await readyCase(officer);
    const bar = renderBar(await getCase(admin, ready.id));
    expect(shown(bar)).toEqual([]);
    expect(bar.getByTestId('reveal-id')).toBeTruthy();
    expect(bar.getByText('当前无可办理的操作')).toBeTruthy();
  });

  it('asks for an outcome before a decision, and offers sign-off only to a supervisor', async () => {
    const accepted = await step(officer, 'acceptApplication', (await readyCase(officer)).id);
    const bar = renderBar(await getCase(officer, accepted.id));
    expect(shown(bar)).toEqual(expect.arrayContaining(['DECIDE', 'START_INVESTIGATION', 'REQUEST_SUPPLEMENT']));
    fireEvent.click(bar.getByText('作出决定'));
    const confirm = await screen.findByTestId('confirm-action');
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    const pending = await step(officer, 'decideApplication', accepted.id, {
      outcome: 'RECORD_FOUND',
      note: '2015年判决',
    });
    expect(shown(renderBar(await getCase(officer, pending.id)))).not.toContain('SIGN_OFF');
    cleanup();
    expect(shown(renderBar(await getCase(supervisor, pending.id)))).toContain('SIGN_OFF');
  });
});
