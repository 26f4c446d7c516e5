import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserConsole } from '../support/browser';
import type { TestApp } from '../support/harness';

// The console while the server cannot be reached, in Debian's Chromium against the real server on
// SQLite with demo data: the browser's own failed loads are what this file expects to see.
const ui = browserConsole({
  applications: 50,
  prefix: 'offline-',
  viewport: { width: 1366, height: 768 },
  expectedStatus: /status of 40[14]|net::ERR_FAILED/,
});
const signIn = ui.signIn;
let app: TestApp;
beforeAll(async () => {
  app = ui.app;
});

async function openQueue(page: import('playwright-core').Page) {
  await page.goto(`${app.server.url}/#/applications`);
  await page.waitForSelector('tbody tr td.column-referenceNo');
}

describe('the server out of reach (point 17)', () => {
  it('shows a banner in Chinese with 重试 instead of English toasts, and reads the page again once it answers', async () => {
    const page = await signIn('heping.officer');
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
    await page.screenshot({ path: path.join(ARTIFACTS, 'offline-banner.png') });
    // Back: 重试 takes the banner away and the rows are read again.
    await page.unroute('**/graphql', cut);
    await page.unroute('**/api/health', cut);
    await page.click('[data-testid=connection-retry]');
    await banner.waitFor({ state: 'detached' });
    await page.waitForSelector('tbody tr td.column-referenceNo');
  });
});
