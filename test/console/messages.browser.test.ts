import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness';
import { application, SUBMIT } from '../support/inputs';
import { DEMO_PASSWORD } from '../../server/seed/demo-directory';

// Refusals the server composes (identifier checks, upload refusals) reach the console as reason
// codes and show in the officer's language, in Chromium against the real server on SQLite.
const ARTIFACTS = path.resolve('test-artifacts');
let app: TestApp;
let browser: Browser;
const problems: string[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  execFileSync('node', ['scripts/build-admin-if-needed.mjs'], { stdio: 'inherit' });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startTestApp({ applications: 300, embedded: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async (context) => {
  const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  await pages.at(-1)?.screenshot({ path: path.join(ARTIFACTS, `messages-${name}.png`), fullPage: true });
  for (const page of pages.splice(0)) await page.context().close();
  expect(problems.splice(0)).toEqual([]);
});

/** A fresh browser (own cookies) signed in as `username`; console errors fail the test (a refused upload's 415 aside). */
async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  pages.push(page);
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 4(01|04|15)/.test(msg.text())) problems.push(`${username}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${username}: ${error.message}`));
  await page.goto(`${app.server.url}/#/login`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', DEMO_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => !url.hash.includes('login'));
  return page;
}

async function toEnglish(page: Page) {
  await page.click('button[aria-label="语言"], button:has-text("简体中文")');
  await page.click('li:has-text("English")');
}

// 110105194912310021: a well-formed resident ID whose check character is wrong (X is right).
const WRONG_CHECK = '110105194912310021';

describe('server refusals in the officer’s language', () => {
  it('shows a wrong resident ID at the counter intake in Chinese, then in English, never naming the right check character', async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/create`);
    await page.fill('input[name="subject.idNumber"]', WRONG_CHECK);
    await page.fill('input[name="subject.name"]', '王小明');
    await page.waitForSelector('text=/校验位不正确/');
    const zh = await page.textContent('body');
    expect(zh).not.toMatch(/check character|should be/i);

    await toEnglish(page);
    await page.goto(`${app.server.url}/#/applications/create`);
    await page.fill('input[name="subject.idNumber"]', WRONG_CHECK);
    await page.fill('input[name="subject.name"]', 'WANG XIAOMING');
    await page.waitForSelector('text=/the check character is wrong/');
    const en = await page.textContent('body');
    expect(en).not.toMatch(/should be|校验位/);
  });

  it('shows the refusal of a text file as a scan in Chinese, then in English', async () => {
    const client = await app.as('heping.officer');
    const created = (await client.data(SUBMIT, { input: application() })).submitApplication;
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${created.id}/show`);
    await page.waitForSelector('[data-testid=upload-input]', { state: 'attached' });
    const refused = page.waitForResponse((r) => r.url().endsWith(`/api/applications/${created.id}/documents`) && r.status() === 415);
    await page.setInputFiles('[data-testid=upload-input]', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a scan\n') });
    expect(await (await refused).json()).toMatchObject({ reason: 'UPLOAD_TYPE', field: 'file' });
    await page.waitForSelector('text=只接受 JPEG、PNG 和 PDF 文件（按文件内容判断）');
    expect(await page.textContent('body')).not.toMatch(/only JPEG/);

    await toEnglish(page);
    await page.waitForSelector('[data-testid=upload-input]', { state: 'attached' });
    await page.setInputFiles('[data-testid=upload-input]', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('still not a scan\n') });
    await page.waitForSelector('text=only JPEG, PNG and PDF files are taken (by their content)');
  });
});
