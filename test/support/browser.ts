import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo-directory';
import { startTestApp, type TestApp } from './harness';
import { present } from './narrow';

/** Where the browser tests leave their screenshots. */
export const ARTIFACTS = path.resolve('test-artifacts');

export interface BrowserConsole {
  /** The server the console runs against (set once the file's first hook has run). */
  readonly app: TestApp;
  /** A fresh browser (own cookies) signed in as `username`; console errors fail the test. */
  signIn(username: string, options?: { expected?: RegExp }): Promise<Page>;
  /** A fresh browser (own cookies), signed in as nobody, before it opens a page; console errors fail the test. */
  newPage(): Promise<Page>;
}

/**
 * The console in Debian's Chromium against a real server on the embedded database with demo data,
 * for one test file: builds the console if needed, starts both, leaves a screenshot of each test's
 * last page in test-artifacts/ and fails a test whose pages logged an error (CSP violations among
 * them) other than the answers it expects (`expectedStatus`, by default 401 and 404).
 */
export function browserConsole(options: {
  applications: number;
  /** Before each screenshot's name. */
  prefix?: string;
  viewport?: { width: number; height: number };
  expectedStatus?: RegExp;
  /** Screenshots of the whole page rather than the viewport. */
  fullPage?: boolean;
}): BrowserConsole {
  const {
    prefix = '',
    viewport = { width: 1440, height: 1000 },
    expectedStatus = /status of 40[14]/,
    fullPage = true,
  } = options;
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  const problems: string[] = [];
  const pages: Page[] = [];

  beforeAll(async () => {
    execFileSync('node', ['scripts/build-admin-if-needed.mjs'], { stdio: 'inherit' });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    app = await startTestApp({ applications: options.applications, embedded: true });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  afterEach(async (context) => {
    const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await pages.at(-1)?.screenshot({ path: path.join(ARTIFACTS, `${prefix}${name}.png`), fullPage });
    for (const page of pages.splice(0)) await page.context().close();
    expect(problems.splice(0)).toEqual([]);
  });

  /** A page of its own browser; its console errors fail the test unless the file's or `expected` expects them. */
  const newPage = async (username: string, expected?: RegExp) => {
    const context = await present(browser, 'the browser (started by the first hook)').newContext({
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    pages.push(page);
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !expectedStatus.test(msg.text()) && !expected?.test(msg.text()))
        problems.push(`${username}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${username}: ${error.message}`));
    return page;
  };

  return {
    get app() {
      if (!app) throw new Error('The console is not started yet: use it inside a test or hook');
      return app;
    },
    newPage: () => newPage('anonymous'),
    async signIn(username: string, options: { expected?: RegExp } = {}) {
      const page = await newPage(username, options.expected);
      // The console runs under the server's Content-Security-Policy: a violation is a console error, failing the test.
      const response = await page.goto(`${present(app, 'the server (started by the first hook)').server.url}/#/login`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.fill('input[name=username]', username);
      await page.fill('input[name=password]', DEMO_PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForURL((url) => !url.hash.includes('login'));
      return page;
    },
  };
}

/** Switches the console to English from the language menu. */
export async function toEnglish(page: Page): Promise<void> {
  await page.click('button[aria-label="语言"], button:has-text("简体中文")');
  const english = page.locator('[role=menu] li:has-text("English")');
  await english.waitFor();
  await english.click();
  // Switched once the menu has closed and the language button names English. On a loaded machine a
  // click during the menu's opening may not take (it happened once in CI): then the menu is asked again.
  const switched = page.locator('button:has-text("English")');
  try {
    await switched.waitFor({ timeout: 5_000 });
  } catch {
    if (!(await english.isVisible())) await page.click('button[aria-label="语言"], button:has-text("简体中文")');
    await english.click();
    await switched.waitFor();
  }
  // The English texts are a chunk fetched when chosen: switched once the page is drawn in them.
  await page.waitForSelector('html[lang=en]', { state: 'attached' });
}
