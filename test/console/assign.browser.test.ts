import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserConsole, toEnglish } from '../support/browser';
import type { Client, TestApp } from '../support/harness';
import { application, citizen } from '../support/inputs';
import { present } from '../support/narrow';
import { step } from '../support/workflow';

// Bulk assignment in Chromium (issue 11, point 8): the selection is counted right, only officers
// who may work every selected case are offered, and the result says per case what happened.
const ui = browserConsole({ applications: 60, prefix: 'assign-' });
const signIn = ui.signIn;
let app: TestApp;
beforeAll(async () => {
  app = ui.app;
});

/** Three free cases of the first Heping station under one subject name; the third then held by heping.officer. */
async function threeCases(name: string, by: Client, holder: Client) {
  const made: { id: string; referenceNo: string }[] = [];
  for (let i = 0; i < 3; i++) {
    made.push(
      (
        await by.data<{ submitApplication: { id: string; referenceNo: string } }>(
          'mutation($input: ApplicationInput!) { submitApplication(input: $input) { id referenceNo } }',
          { input: application({ subject: citizen({ name }) }) },
        )
      ).submitApplication,
    );
  }
  await step(holder, 'claimApplication', made[2].id);
  return made;
}

async function selectAllRows(page: Page, name: string) {
  await page.goto(`${app.server.url}/#/applications`);
  await page.fill('input[name=q]', name);
  await page.waitForFunction((n) => {
    const rows = [...document.querySelectorAll('tbody tr')];
    return rows.length === 3 && rows.every((row) => row.textContent?.includes(n));
  }, name);
  for (const box of await page.locator('tbody tr input[type=checkbox]').all()) await box.check();
}

describe('bulk assignment in the console', () => {
  it('counts the selection, offers only officers who may work every case, and reports each case', async () => {
    const supervisor = await app.as('heping.supervisor');
    const officer = await app.as('heping.officer');
    const name = '批量指派甲';
    const cases = await threeCases(name, supervisor, officer);
    const { officers } = await supervisor.data<{
      officers: { items: { id: string; username: string; displayName: string }[] };
    }>('{ officers(perPage: 200) { items { id username displayName } } }');
    const displayName = (u: string) =>
      present(
        officers.items.find((o) => o.username === u),
        u,
      ).displayName;

    const page = await signIn('heping.supervisor');
    await selectAllRows(page, name);
    await expect.poll(() => page.textContent('body')).toContain('选中 3 项');
    expect(await page.textContent('body')).not.toContain('选中1项');
    // The button that clears the selection says so (the catalogue's "反选" means inverting it).
    expect(await page.locator('button[aria-label="清除选择"]').count()).toBe(1);
    expect(await page.locator('button[aria-label="反选"]').count()).toBe(0);

    await page.click('button:has-text("批量指派")');
    await expect.poll(() => page.textContent('[data-testid=assign-selected-count]')).toBe('已选 3 件');
    await page.click('[role=dialog] [role=combobox]');
    await page.waitForSelector('li[role=option]');
    const options = await page.locator('li[role=option]').allTextContents();
    // heping.officer works at the station of all three; not the other Heping station, not the supervisor himself, no administrator.
    expect(options).toEqual([`${displayName('heping.officer')} · 和平分局浑河湾派出所`]);
    await page.click('li[role=option]');
    await page.click('[role=dialog] button:has-text("确认")');

    const results = page.locator('[data-testid=assign-result]');
    await expect.poll(() => results.count()).toBe(3);
    const texts = await results.allTextContents();
    const line = (c: { referenceNo: string }) =>
      texts.find((t) => t.startsWith(c.referenceNo)) ?? `no line for ${c.referenceNo}`;
    expect(line(cases[0])).toContain(`${cases[0].referenceNo} · 已指派`);
    expect(line(cases[1])).toContain(`${cases[1].referenceNo} · 已指派`);
    expect(line(cases[2])).toBe(`${cases[2].referenceNo} · 未指派案件已由该民警承办`);
    expect(texts.join('').replace(/RC\d{8}-[0-9A-Z]+/g, '')).not.toMatch(/[A-Za-z]/); // no English inside the Chinese console
    await page.screenshot({ path: path.join(ARTIFACTS, 'assign-results-zh.png') });
    await page.click('[role=dialog] button:has-text("关闭")');
    await page.waitForSelector('[data-testid=assign-results]', { state: 'detached' });
    // Read, the results take the selection with them.
    await expect.poll(() => page.textContent('body')).not.toContain('选中 3 项');
    for (const c of cases) {
      const { application: a } = await supervisor.data<{ application: { assignee: { username: string } | null } }>(
        'query($id: ID!) { application(id: $id) { assignee { username } } }',
        { id: c.id },
      );
      expect(a.assignee?.username).toBe('heping.officer');
    }
  });

  it('says in English when the selected cases have no officer in common', async () => {
    const supervisor = await app.as('heping.supervisor');
    const name = '批量指派乙';
    for (const region of ['210102001', '210102027', '210102001']) {
      await supervisor.data('mutation($input: ApplicationInput!) { submitApplication(input: $input) { id } }', {
        input: application({ subject: citizen({ name, domicileRegion: region, residenceRegion: region }) }),
      });
    }
    const page = await signIn('heping.supervisor');
    await toEnglish(page);
    await selectAllRows(page, name);
    await expect.poll(() => page.textContent('body')).toContain('3 items selected');
    await page.click('button:has-text("Assign")');
    await expect.poll(() => page.textContent('[data-testid=assign-selected-count]')).toBe('3 cases selected');
    await expect.poll(() => page.textContent('[role=dialog]')).toContain('belong to different offices');
    expect(await page.isDisabled('[role=dialog] button:has-text("Confirm")')).toBe(true);
  });
});
