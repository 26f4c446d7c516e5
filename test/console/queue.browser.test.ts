import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserConsole, toEnglish } from '../support/browser';
import type { TestApp } from '../support/harness';
import { present } from '../support/narrow';

// The queue in Debian's Chromium at 1366×768 (the smallest screen it must fit), against the real
// server on SQLite with demo data: its layout, its keys, and the "next case" offer after a step.
const ui = browserConsole({
  applications: 300,
  prefix: 'queue-',
  viewport: { width: 1366, height: 768 },
  fullPage: false,
});
const signIn = ui.signIn;
let app: TestApp;
beforeAll(async () => {
  app = ui.app;
});

async function queueInEnglish(page: Page) {
  await toEnglish(page);
  await page.waitForSelector('[data-testid=tab-SUBMITTED]:has-text("Submitted")');
}

async function openQueue(page: Page) {
  await page.goto(`${app.server.url}/#/applications`);
  await page.waitForSelector('tbody tr td.column-referenceNo');
  await page.waitForSelector('[data-testid=tab-SUBMITTED] .MuiBadge-badge'); // the counts are in
}

/** What the layout test checks, measured in the page. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const lines = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const references = [...document.querySelectorAll('tbody td.column-referenceNo')];
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      viewport: window.innerWidth,
      due: box('thead th.column-dueAt'),
      status: box('thead th.column-status'),
      xlsx: box('[data-testid=export-xlsx]'),
      lastTab: box('[data-testid=tab-DELIVERED]'),
      columns: [...document.querySelectorAll('thead th')].map(
        (th) => [...th.classList].find((c) => c.startsWith('column-')) ?? '',
      ),
      references: references.map((td) => td.textContent),
      wrapped: references.filter((td) => lines(td) > 1).map((td) => td.textContent),
    };
  });

type Measured = Awaited<ReturnType<typeof measure>>;

function expectFits(m: Measured) {
  expect(m.scrollWidth).toBeLessThanOrEqual(m.clientWidth);
  for (const shown of [m.due, m.status, m.xlsx, m.lastTab]) {
    expect(shown).not.toBeNull();
    if (!shown) throw new Error('an element the queue must show is missing');
    expect(shown.left).toBeGreaterThanOrEqual(0);
    expect(shown.right).toBeLessThanOrEqual(m.viewport);
  }
  expect(m.references.length).toBeGreaterThan(0);
  expect(m.wrapped).toEqual([]);
}

/** The row the keys highlight (outlined), its index and where it is on the screen. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const rows = [...document.querySelectorAll('tbody tr')];
    const index = rows.findIndex((row) => getComputedStyle(row).outlineStyle === 'solid');
    const rect = rows[index]?.getBoundingClientRect();
    const appBar = document.querySelector('header')?.getBoundingClientRect();
    return {
      index,
      reference: rows[index]?.querySelector('td.column-referenceNo')?.textContent ?? null,
      top: rect?.top ?? -1,
      bottom: rect?.bottom ?? -1,
      covered: appBar ? Math.max(0, appBar.bottom) : 0,
      height: window.innerHeight,
    };
  });

describe('the queue at 1366×768', () => {
  it('fits a station officer, in Chinese and in English, without the office column', async () => {
    const page = await signIn('heping.officer');
    await openQueue(page);
    const zh = await measure(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue-1366-station-officer-zh.png') });
    expectFits(zh);
    expect(zh.columns).toContain('column-dueAt');
    expect(zh.columns).toContain('column-subject.category');
    expect(zh.columns).not.toContain('column-office'); // one office: the column says nothing
    expect(await page.textContent('thead th.column-dueAt')).toBe('办理时限');

    await queueInEnglish(page);
    await page.waitForSelector('thead th.column-dueAt:has-text("Due")');
    const en = await measure(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue-1366-station-officer-en.png') });
    expectFits(en);
  });

  it('fits a city supervisor with the selection boxes and the office column, in Chinese and in English', async () => {
    const page = await signIn('city.supervisor');
    await openQueue(page);
    const zh = await measure(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue-1366-supervisor-zh.png') });
    expectFits(zh);
    expect(zh.columns).toContain('column-office');
    expect(zh.columns).toContain('column-subject.category');
    expect(await page.locator('thead input[type=checkbox]').count()).toBe(1);

    await queueInEnglish(page);
    await page.waitForSelector('thead th.column-dueAt:has-text("Due")');
    const en = await measure(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue-1366-supervisor-en.png') });
    expectFits(en);
  });

  it('fits an exit-entry officer without the category and office columns, in Chinese and in English', async () => {
    const page = await signIn('exit.officer');
    await openQueue(page);
    const zh = await measure(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue-1366-exit-entry-zh.png') });
    expectFits(zh);
    expect(zh.columns).not.toContain('column-subject.category'); // all foreigners
    expect(zh.columns).not.toContain('column-office');

    await queueInEnglish(page);
    await page.waitForSelector('thead th.column-dueAt:has-text("Due")');
    const en = await measure(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue-1366-exit-entry-en.png') });
    expectFits(en);
  });
});

describe('the queue by keyboard', () => {
  it('keeps the highlighted row in view while j moves down 15 rows and k back up', async () => {
    const page = await signIn('heping.officer');
    await openQueue(page);
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(16);
    expect((await highlighted(page)).index).toBe(0);
    for (let i = 1; i <= 15; i++) {
      await page.keyboard.press('j');
      await expect.poll(async () => (await highlighted(page)).index).toBe(i);
      const row = await highlighted(page);
      expect(row.top).toBeGreaterThanOrEqual(row.covered); // not under the app bar
      expect(row.bottom).toBeLessThanOrEqual(row.height);
    }
    for (let i = 14; i >= 0; i--) {
      await page.keyboard.press('k');
      await expect.poll(async () => (await highlighted(page)).index).toBe(i);
      // The app bar comes back as the page scrolls up: the row stays below it.
      await expect
        .poll(async () => {
          const row = await highlighted(page);
          return row.top >= row.covered && row.bottom <= row.height;
        })
        .toBe(true);
    }
  });

  it('opens the highlighted case on Enter right after a click on a quick filter', async () => {
    const page = await signIn('heping.officer');
    await openQueue(page);
    const chip = page.locator('[data-testid=quick-unassigned]');
    await chip.click();
    await expect.poll(() => chip.getAttribute('class')).toContain('MuiChip-filled');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tbody td.column-assignee')].every((td) => td.textContent === '—'),
    );
    await page.keyboard.press('j');
    await expect.poll(async () => (await highlighted(page)).index).toBe(1);
    const { reference } = await highlighted(page);

    await chip.focus(); // a keyboard user on the chip, too: Enter opens the case, it does not take the filter off
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash.endsWith('/show'));
    await expect.poll(() => page.textContent('[data-testid=case-reference]')).toBe(reference);

    await page.goBack();
    await page.waitForSelector('tbody tr td.column-referenceNo');
    await expect.poll(() => chip.getAttribute('class')).toContain('MuiChip-filled'); // the filter stayed on
    await page.click('[data-testid=tab-SUBMITTED]'); // a tab, clicked: Enter opens the case as well
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tbody tr [data-status]')].every(
        (el) => el.getAttribute('data-status') === 'SUBMITTED',
      ),
    );
    const first = await highlighted(page);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash.endsWith('/show'));
    await expect.poll(() => page.textContent('[data-testid=case-reference]')).toBe(first.reference);
  });

  it('offers 下一件 after a step, which opens the next case of the queue as it was shown', async () => {
    const page = await signIn('heping.officer');
    await openQueue(page);
    await page.click('[data-testid=quick-unassigned]');
    await page.click('[data-testid=tab-SUBMITTED]');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('tbody tr').length >= 3 &&
        [...document.querySelectorAll('tbody tr')].every(
          (row) =>
            row.querySelector('[data-status]')?.getAttribute('data-status') === 'SUBMITTED' &&
            row.querySelector('td.column-assignee')?.textContent === '—',
        ),
    );
    const references = await page.locator('tbody td.column-referenceNo').allTextContents();

    await page.locator('tbody tr').first().click();
    await expect.poll(() => page.textContent('[data-testid=case-reference]')).toBe(references[0]);
    expect(await page.locator('[data-testid=next-case]').count()).toBe(0); // offered after a step, not before
    await page.click('[data-action=CLAIM]');
    await page.waitForSelector('[data-action=RELEASE]');
    const next = page.locator('[data-testid=next-case]');
    await expect.poll(() => next.textContent()).toBe('下一件');
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue-1366-next-case-offered.png') });
    await next.click();
    await expect.poll(() => page.textContent('[data-testid=case-reference]')).toBe(references[1]);
    expect(await page.locator('[data-testid=next-case]').count()).toBe(0);

    // And on from there, through the same queue, though the first case has left it (claimed).
    await page.click('[data-action=CLAIM]');
    await page.waitForSelector('[data-action=RELEASE]');
    await page.click('[data-testid=next-case]');
    await expect.poll(() => page.textContent('[data-testid=case-reference]')).toBe(references[2]);
  });

  it('claims the next free case on n and opens it, held by the officer; an administrator has no such button', async () => {
    type Mine = { applications: { items: { referenceNo: string }[] } };
    const api = await app.as('heping.officer2');
    const mine = async () =>
      (
        await api.data<Mine>('{ applications(filter: { mine: true }, perPage: 200) { items { referenceNo } } }')
      ).applications.items.map((c) => c.referenceNo);
    const before = await mine();

    const page = await signIn('heping.officer2');
    await openQueue(page);
    await page.keyboard.press('n');
    await page.waitForSelector('[data-action=RELEASE]');
    const reference = present(await page.textContent('[data-testid=case-reference]'), 'the reference');
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue-1366-claimed-next.png') });
    expect(before).not.toContain(reference);
    expect(await mine()).toContain(reference);

    const admin = await signIn('admin');
    await openQueue(admin);
    expect(await admin.locator('[data-testid=claim-next]').count()).toBe(0);
  });
});

describe('finding work (points 8 and 10)', () => {
  it("starts an officer's queue with the nearest deadline, and shows the working days each case waited", async () => {
    const page = await signIn('heping.officer');
    await openQueue(page);
    await page.click('[data-testid=tab-ACCEPTED]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tbody tr [data-status]')].every(
        (s) => s.getAttribute('data-status') === 'ACCEPTED',
      ),
    );
    const rows = await page.$$eval('tbody tr', (trs) =>
      trs.map((tr) => ({
        due: tr.querySelector('td.column-dueAt')?.textContent ?? '',
        waited: tr.querySelector('td.column-submittedAt [data-testid=waited]')?.textContent ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThan(1);
    // The deadline cell begins with its date and time: nearest first.
    const dues = rows.map((r) => r.due.slice(0, 16));
    expect(dues).toEqual([...dues].sort());
    for (const r of rows) expect(r.waited).toMatch(/^已等待 \d+ 个工作日$/);
  });

  it('shows the filters a dashboard card set, clears them all, and never keeps them as the queue afterwards', async () => {
    const page = await signIn('heping.officer');
    await openQueue(page);
    const bar = page.locator('[data-testid=active-filters]');
    expect(await bar.count()).toBe(0);
    // A card of the overview opens the queue under its filter, shown in the bar.
    await page.goto(`${app.server.url}/#/`);
    await page.click('a[href*="DUE_SOON"]');
    await page.waitForSelector('[data-testid=active-filters] [data-filter=slaState]');
    expect(await bar.textContent()).toContain('即将到期');
    // Opened again from the menu, the queue is the officer's own, without the card's filter.
    await page.click('.RaMenuItemLink-root[href="#/applications"]');
    await page.waitForSelector('tbody tr td.column-referenceNo');
    expect(await bar.count()).toBe(0);
    // A filter set in the queue shows too, and 清除全部 takes every one off.
    await page.click('[data-testid=quick-unassigned]');
    await page.click('[data-testid=quick-overdue]');
    await page.waitForSelector('[data-testid=active-filters] [data-filter=unassigned]');
    expect(await page.locator('[data-testid=active-filters] .MuiChip-root').count()).toBe(2);
    await page.click('[data-testid=clear-filters]');
    await bar.waitFor({ state: 'detached' });
    expect(await page.getAttribute('[data-testid=quick-unassigned]', 'data-active')).toBe('false');
  });

  it('opens a case on Enter when the search finds exactly one: its tail as read out', async () => {
    const client = await app.as('heping.officer');
    const { applications } = await client.data<{ applications: { items: { id: string; referenceNo: string }[] } }>(
      '{ applications(perPage: 1, sort: { field: SUBMITTED_AT, order: DESC }) { items { id referenceNo } } }',
    );
    const target = present(applications.items[0], 'a case of heping.officer');
    const page = await signIn('heping.officer');
    await openQueue(page);
    const search = page.locator('input[name=q]');
    await search.fill(target.referenceNo.slice(-5).toLowerCase());
    await search.press('Enter');
    const reference = page.locator('[data-testid=case-reference]');
    await reference.waitFor();
    expect(await reference.textContent()).toBe(target.referenceNo);
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue-1366-search-tail-opened.png') });
  });
});

describe('the server out of reach (point 17)', () => {
  it('shows a banner in Chinese with 重试 instead of English toasts, and reads the page again once it answers', async () => {
    // The browser's own failed loads are what this test expects to see.
    const page = await signIn('heping.officer', { expected: /net::ERR_FAILED/ });
    await openQueue(page);
    // The server's answers stop reaching the browser.
    const cut = (route: { abort: () => Promise<void> }) => route.abort();
    await page.route('**/graphql', cut);
    await page.route('**/api/health', cut);
    await page.click('[data-testid=quick-unassigned]');
    const banner = page.locator('[data-testid=connection-banner]');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('无法连接服务器');
    await page.click('[data-testid=connection-retry]');
    await expect.poll(() => page.locator('[data-testid=connection-retry]').isEnabled()).toBe(true);
    expect(await banner.count()).toBe(1);
    for (const toast of await page.locator('.MuiSnackbarContent-message').allTextContents())
      expect(toast).not.toMatch(/[A-Za-z]{4,}/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'queue-1366-server-unreachable.png') });
    // Back: 重试 takes the banner away and the rows are read again.
    await page.unroute('**/graphql', cut);
    await page.unroute('**/api/health', cut);
    await page.click('[data-testid=connection-retry]');
    await banner.waitFor({ state: 'detached' });
    await page.waitForSelector('tbody tr td.column-referenceNo');
  });
});
