import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Application } from '../../server/applications/application.entity';
import { makeResidentId } from '../../server/identifiers/identifiers';
import { CriminalRecord } from '../../server/records/criminal-record.entity';
import { RecordCheck } from '../../server/records/record-check.entity';
import { ARTIFACTS, browserConsole } from '../support/browser';
import type { TestApp } from '../support/harness';
import { citizen } from '../support/inputs';
import { acceptedCase } from '../support/workflow';

// The registry lookup behind every decision, in Debian's Chromium against the real server on
// SQLite with demo data: the case page's record-check panel (polled while the check waits), the
// decision dialog that starts from the check's suggestion, the queue's filter and marker, and the
// supervisor's dashboard figure. Set up as case.browser.test.ts.
const ui = browserConsole({ applications: 100, prefix: 'record-check-' });
const signIn = ui.signIn;
let app: TestApp;
beforeAll(async () => {
  app = ui.app;
});

/** The registry answers within about a second; the page polls every two. */
const ANSWER = { timeout: 20_000, interval: 250 };

const chip = (page: Page, status: string) => page.locator(`[data-testid=case-reference] ~ [data-status="${status}"]`);
const panel = (page: Page) => page.locator('[data-testid=record-check-panel]');

let serial = 0;
/** A subject of its own: a new identity number, born on `birthDate`. */
function subject(name: string, birthDate: string) {
  serial++;
  return citizen({ name, birthDate, idNumber: makeResidentId('210102', birthDate, 600 + serial) });
}

/** A judgment in the demo registry (the `criminal_record` table) under the subject's own number. */
async function judgment(s: { idNumber: string; name: string; birthDate: string }, offence: string) {
  await app.ds.getRepository(CriminalRecord).save({
    recordRef: `XS-${Date.now()}-${serial}`,
    idNumber: s.idNumber,
    name: s.name,
    birthDate: s.birthDate,
    offence,
    judgmentDate: '2016-08-20',
    sentence: '有期徒刑一年',
    committedUnder18: false,
    sealed: false,
  } as CriminalRecord);
}

async function referenceOf(id: string): Promise<string> {
  const client = await app.as('heping.officer');
  return (await client.data('query($id: ID!) { application(id: $id) { referenceNo } }', { id })).application
    .referenceNo;
}

/** Opens the decision dialog of the case page, its outcome field in view. */
async function openDecide(page: Page) {
  await page.click('[data-action=DECIDE]');
  await page.waitForSelector('[role=dialog] input[name=outcome]', { state: 'attached' });
}

async function pickOutcome(page: Page, outcome: string) {
  await page.click('[role=dialog] [name=outcome] >> xpath=..');
  await page.click(`li[data-value=${outcome}]`);
  await page.waitForSelector('[role=listbox]', { state: 'detached' });
}

const confirmDisabled = (page: Page) => page.locator('[data-testid=confirm-action]').isDisabled();

describe('a record found in the registry', () => {
  const s = subject('登记测试', '1985-04-12');
  let id: string;
  let reference: string;

  it('shows the match on the case page, starts the decision from its suggestion, and sends it for sign-off', async () => {
    await judgment(s, '盗窃罪');
    const officer = await app.as('heping.officer');
    id = (await acceptedCase(officer, { subject: s })).id;
    reference = await referenceOf(id);

    // Straight after the acceptance: the check may still wait for the registry; the page polls until it answers.
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${id}/show`);
    await panel(page).waitFor();
    await expect.poll(() => panel(page).getAttribute('data-status'), ANSWER).toBe('MATCHES_FOUND');
    expect(await page.textContent('[data-testid=record-check-status]')).toBe('登记库比中');
    expect(await page.textContent('[data-testid=record-match-offence]')).toBe('盗窃罪');
    expect(await page.textContent('[data-testid=record-match][data-kind=EXACT_ID]')).toContain('身份证号一致');
    expect(await page.textContent('[data-testid=record-check-suggested]')).toContain('有犯罪记录');
    expect(await page.getAttribute('[data-testid=record-check-suggested] [data-outcome]', 'data-outcome')).toBe(
      'RECORD_FOUND',
    );
    expect(await page.textContent('[data-testid=record-check-source]')).toBe('演示登记库');
    // The result is in the case's head too, read before any step without scrolling.
    const head = page.locator('[data-testid=case-head]');
    expect(await head.locator('[data-testid=head-check-status]').textContent()).toBe('登记库比中');
    expect(await head.locator('[data-testid=head-check-suggested]').getAttribute('data-outcome')).toBe('RECORD_FOUND');
    expect(await head.locator('[data-testid=head-check-exact]').textContent()).toBe('身份证号一致 1 条');
    // The registry is asked again from the panel, never from a stray button of the action bar.
    expect(await page.locator('[data-action=RUN_RECORD_CHECK]').count()).toBe(0);
    expect(await page.textContent('[data-testid=run-record-check]')).toBe('重新查询');

    await openDecide(page);
    expect(await page.inputValue('[role=dialog] input[name=outcome]')).toBe('RECORD_FOUND');
    expect(await page.getAttribute('[data-testid=decide-check-notice]', 'data-check-status')).toBe('MATCHES_FOUND');
    expect(await page.locator('[data-testid=decide-note-required]').count()).toBe(0);
    expect(await confirmDisabled(page)).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, 'record-check-decide-dialog.png') });
    // Against a record under the subject's own number, "no record" goes to a supervisor as well.
    await pickOutcome(page, 'NO_RECORD');
    await expect.poll(() => page.textContent('[data-testid=decide-signoff]')).toContain('身份证号一致的记录');
    // Overriding the suggestion needs the decider's reason, which the supervisor reads.
    expect(await confirmDisabled(page)).toBe(true);
    expect(await page.textContent('[data-testid=note-field]')).toContain('与登记库建议结果不同');
    await pickOutcome(page, 'RECORD_FOUND');
    expect(await confirmDisabled(page)).toBe(false);
    await expect.poll(() => page.textContent('[data-testid=decide-signoff]')).toContain('审批');
    await page.click('[data-testid=confirm-action]');
    await page.waitForSelector('[role=dialog]', { state: 'detached' });
    await chip(page, 'PENDING_SIGNOFF').waitFor();
    await page.waitForSelector('text=已提交审批');
  });

  it('lists the case under the queue filter "登记库比中", marked', async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications`);
    await page.waitForSelector('tbody tr td.column-referenceNo');
    await page.click('.MuiCard-root >> text=登记库比中');
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes('"recordCheckStatus":"MATCHES_FOUND"'));
    await expect.poll(() => page.locator('tbody td.column-referenceNo').allTextContents(), ANSWER).toContain(reference);
    const rows = page.locator('tbody tr');
    const count = await rows.count();
    for (let i = 0; i < count; i++)
      expect(await rows.nth(i).locator('[data-testid=record-match-marker]').count()).toBe(1);
  });

  it("counts it on the supervisor's dashboard, whose figure opens those cases", async () => {
    const supervisor = await app.as('heping.supervisor');
    const { recordMatches } = (await supervisor.data('{ queueCounts { recordMatches } }')).queueCounts;
    expect(recordMatches).toBeGreaterThan(0);
    const page = await signIn('heping.supervisor');
    await expect.poll(() => page.textContent('[data-testid=card-record-matches]'), ANSWER).toBe(String(recordMatches));
    expect(await page.textContent('[data-testid=card-record-matches-link]')).toContain('登记库比中待决定');
    await page.screenshot({ path: path.join(ARTIFACTS, 'record-check-dashboard.png') });
    await page.click('[data-testid=card-record-matches-link]');
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes('"recordCheckStatus":"MATCHES_FOUND"'));
    await expect.poll(() => page.locator('tbody td.column-referenceNo').allTextContents(), ANSWER).toContain(reference);
    const statuses = await page
      .locator('tbody tr [data-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    for (const status of statuses) expect(['ACCEPTED', 'UNDER_INVESTIGATION', 'PENDING_SIGNOFF']).toContain(status);
    expect(await page.locator('tbody tr [data-testid=record-match-marker]').count()).toBe(statuses.length);
  });
});

describe('a case without an answer from the registry', () => {
  it('requires a note to decide, and asks the registry from the panel until it answers', async () => {
    const officer = await app.as('heping.officer');
    const c = await acceptedCase(officer, { subject: subject('无查询', '1992-11-03') });
    // As a case accepted before checks existed: no check at all.
    await expect
      .poll(
        async () => (await app.ds.getRepository(RecordCheck).findOneBy({ applicationId: Number(c.id) }))?.status,
        ANSWER,
      )
      .not.toBe('PENDING');
    await app.ds.getRepository(RecordCheck).delete({ applicationId: Number(c.id) });
    await app.ds.getRepository(Application).update({ id: Number(c.id) }, { recordCheckStatus: null });

    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    await panel(page).waitFor();
    expect(await panel(page).getAttribute('data-status')).toBe('NONE');
    expect(await page.textContent('[data-testid=record-check-none]')).toBe('尚未查询登记库');

    await openDecide(page);
    expect(await page.textContent('[data-testid=decide-note-required]')).toContain('尚未查询登记库');
    expect(await page.inputValue('[role=dialog] input[name=outcome]')).toBe('');
    await pickOutcome(page, 'NO_RECORD');
    expect(await confirmDisabled(page)).toBe(true); // the note is missing
    await page.screenshot({ path: path.join(ARTIFACTS, 'record-check-decide-note-required.png') });
    await page.fill('[role=dialog] textarea[name=note]', '当事人在本所辖区无前科，登记库暂未查询');
    expect(await confirmDisabled(page)).toBe(false);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role=dialog]', { state: 'detached' });

    expect(await page.textContent('[data-testid=run-record-check]')).toBe('查询登记库');
    await page.click('[data-testid=run-record-check]');
    await page.waitForSelector('text=已提交登记库查询');
    await expect.poll(() => panel(page).getAttribute('data-status'), ANSWER).toBe('CLEAR');
    expect(await page.textContent('[data-testid=record-check-requested-by]')).toBe(
      (await officer.data('{ me { displayName } }')).me.displayName,
    );
    expect(await page.textContent('[data-testid=record-check-suggested]')).toContain('无犯罪记录');

    // Now answered: the dialog starts from NO_RECORD, and needs no note.
    await openDecide(page);
    expect(await page.inputValue('[role=dialog] input[name=outcome]')).toBe('NO_RECORD');
    expect(await page.locator('[data-testid=decide-note-required]').count()).toBe(0);
    expect(await page.locator('[data-testid=decide-signoff]').count()).toBe(0);
    await page.click('[data-testid=confirm-action]');
    await page.waitForSelector('[role=dialog]', { state: 'detached' });
    await chip(page, 'DECIDED').waitFor();
  });
});
