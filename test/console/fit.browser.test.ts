import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { unseenFocus, violations } from '../support/a11y';
import { ARTIFACTS, browserConsole } from '../support/browser';
import type { TestApp } from '../support/harness';
import { present } from '../support/narrow';
import { answeredCheck, step } from '../support/workflow';

// The screens an officer lives in, at 1366×768 (the smallest screen the console must fit), in
// Chinese: nothing wider than the window, no English word in the Chinese console beyond the
// bureau's own data (reference and document numbers, file names) and the few terms that are
// written in Latin letters in Chinese too, and WCAG 2.1 AA as axe-core checks it (with the public
// pages an applicant uses), the focus shown wherever Tab goes. Each screen is saved in
// test-artifacts/ for review.
const ui = browserConsole({
  applications: 300,
  prefix: 'fit-1366-',
  viewport: { width: 1366, height: 768 },
  fullPage: false,
});
const signIn = ui.signIn;
let app: TestApp;
beforeAll(async () => {
  app = ui.app;
});

/** Latin words a Chinese screen may show: file types, carriers, key names, written so in Chinese as well. */
const LATIN_IN_CHINESE = new Set([
  'PDF',
  'JPEG',
  'JPG',
  'PNG',
  'XLSX',
  'CSV',
  'EMS',
  'QR',
  'MiB',
  'KB',
  'MB',
  'ID',
  'Enter',
  'Esc',
]);

/** What a screen shows that it should not: its overflow, and its English words outside the bureau's data. */
const review = (page: Page) =>
  page.evaluate(
    (allowed) => {
      // The data: reference numbers, document numbers, names in Latin letters, file names, which
      // the tests mark by where they sit rather than by what they say.
      const data =
        'td.column-referenceNo, td[class*=column-subject], [data-testid=case-reference], a[href^="/api/documents/"], [data-testid=document-title], .column-subject, [data-testid=signoff-evidence]';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const words: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent) throw new Error('a text node of the page has no parent element');
        if (parent.closest(data) || parent.closest('script, style, [aria-hidden=true]')) continue;
        if (!parent.checkVisibility?.()) continue;
        const text = node.textContent ?? '';
        for (const word of text.match(/[A-Za-z][A-Za-z'-]{2,}/g) ?? []) {
          // A code of the bureau's (RC20261122, 210102-PCS1, EA123456785CN) has digits in it.
          if (
            !allowed.includes(word) &&
            !/\d/.test(text.slice(Math.max(0, text.indexOf(word) - 1), text.indexOf(word) + word.length + 1))
          ) {
            words.push(word);
          }
        }
      }
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        english: [...new Set(words)],
      };
    },
    [...LATIN_IN_CHINESE],
  );

async function expectReviewed(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(ARTIFACTS, `fit-1366-${name}.png`) });
  const found = await review(page);
  expect(found.overflow, `${name} is wider than the window`).toBeLessThanOrEqual(0);
  expect(found.english, `${name} shows English`).toEqual([]);
  expect(await violations(page), `${name} meets WCAG 2.1 AA`).toEqual([]);
}

async function submittedCaseWithPapers(): Promise<{ id: string; documents: { id: string }[] }> {
  const client = await app.as('heping.officer');
  const { applications } = await client.data<{
    applications: { items: { id: string; assignee: { username: string } | null; documents: { id: string }[] }[] };
  }>(
    '{ applications(filter: { status: [SUBMITTED] }, sort: { field: SUBMITTED_AT, order: ASC }, perPage: 100) { items { id assignee { username } documents { id } } } }',
  );
  const c = applications.items.find(
    (a) => a.documents.length && (!a.assignee || a.assignee.username === 'heping.officer'),
  );
  expect(c).toBeTruthy();
  if (!c) throw new Error('a submitted case with papers that heping.officer may work is missing');
  return c;
}

describe('every screen of the day at 1366×768, in Chinese', () => {
  it('the queue', async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications`);
    await page.waitForSelector('[data-testid=tab-SUBMITTED] .MuiBadge-badge');
    await expectReviewed(page, 'queue');
    expect(await unseenFocus(page, 40)).toEqual([]);
  });

  it("a city supervisor's queue, with its selection boxes", async () => {
    const page = await signIn('city.supervisor');
    await page.goto(`${app.server.url}/#/applications`);
    await page.waitForSelector('[data-testid=tab-SUBMITTED] .MuiBadge-badge');
    await expectReviewed(page, 'queue-supervisor');
  });

  it('the sign-in page', async () => {
    const page = await ui.newPage();
    await page.goto(`${app.server.url}/#/login`);
    await page.waitForSelector('input[name=username]');
    await expectReviewed(page, 'login');
    expect(await unseenFocus(page, 5)).toEqual([]);
  });

  it('the case page', async () => {
    const c = await submittedCaseWithPapers();
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    await page.waitForSelector('[data-testid=routing-explanation]');
    await expectReviewed(page, 'case');
    expect(await unseenFocus(page, 30)).toEqual([]);
    // Scrolled to its end, the page keeps the case's head and its steps in view.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    const bar = await page.locator('[data-testid=action-bar]').boundingBox();
    expect(bar && bar.y >= 48 && bar.y + bar.height <= 768, 'the action bar is in view').toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'fit-1366-case-scrolled.png') });
    // The history: each officer's name on one line, and nothing wider than the window.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('[data-testid=history-tab]');
    await page.waitForSelector('[data-testid=history-officer]');
    const lines = await page.$$eval('[data-testid=history-officer]', (cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((n) => n === 1)).toBe(true);
    await expectReviewed(page, 'case-history');
  });

  it('the counter intake', async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/create`);
    await page.waitForSelector('input[name="subject.idNumber"]');
    await expectReviewed(page, 'intake');
    // Two columns side by side (point 14): the person on the left, the case on the right.
    const person = present(await page.locator('[data-testid=intake-person]').boundingBox(), 'the person column');
    const rest = present(await page.locator('[data-testid=intake-case]').boundingBox(), 'the case column');
    expect(rest.x).toBeGreaterThanOrEqual(person.x + person.width);
    expect(rest.y).toBe(person.y);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'the form at 1366 (one column: 1,470 px)').toBeLessThan(1100);
    expect(await unseenFocus(page, 30)).toEqual([]);
  });

  it('the sign-off dialog', async () => {
    const c = await submittedCaseWithPapers();
    const officer = await app.as('heping.officer');
    for (const d of c.documents)
      await officer.data('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }', { id: d.id });
    await step(officer, 'acceptApplication', c.id);
    const suggested = (await answeredCheck(officer, c.id))?.suggestedOutcome;
    await step(officer, 'decideApplication', c.id, {
      outcome: 'RECORD_FOUND',
      note: '2015年因盗窃罪被判处有期徒刑一年',
    });
    const page = await signIn('heping.supervisor');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    await page.click('[data-action=SIGN_OFF]');
    await page.waitForSelector('[data-testid=signoff-evidence] a');
    await expectReviewed(page, 'signoff');
    // Why it is signed off, and that the officer decided against the registry's suggestion.
    expect(await page.textContent('[data-testid=signoff-why]')).toContain('有犯罪记录');
    const words: Record<string, string> = { NO_RECORD: '无犯罪记录', RECORD_FOUND: '有犯罪记录' };
    expect(suggested, 'the demo registry answers the check').toBeTruthy();
    expect(await page.textContent('[data-testid=signoff-registry]')).toBe(
      suggested === 'RECORD_FOUND' ? '有犯罪记录' : `${words[suggested ?? '']}承办民警未采纳建议结果`,
    );
  });

  it('the reports', async () => {
    const page = await signIn('city.supervisor');
    await page.goto(`${app.server.url}/#/reports`);
    await page.waitForSelector('table tbody tr');
    await expectReviewed(page, 'reports');
    // The period is written YYYY-MM-DD, whatever the browser's language, and a start after the end is named.
    const from = page.locator('input[name=from]');
    expect(await from.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const to = await page.inputValue('input[name=to]');
    await from.fill(`${Number(to.slice(0, 4)) + 1}-01-01`);
    await page.waitForSelector('text=结束日期不能早于开始日期');
    await from.fill('2026-02-30');
    await page.waitForSelector('text=请按 YYYY-MM-DD 填写');
  });

  it('the supervisor dashboard', async () => {
    const page = await signIn('city.supervisor');
    await page.waitForSelector('[data-testid=office-chart] .recharts-yAxis-tick-labels');
    await expectReviewed(page, 'dashboard');
  });

  it('the public progress and verification pages', async () => {
    const page = await ui.newPage();
    for (const address of ['/progress', '/verify']) {
      await page.goto(`${app.server.url}${address}`);
      await page.waitForSelector('form');
      expect(await violations(page), `${address} meets WCAG 2.1 AA`).toEqual([]);
    }
  });
});
