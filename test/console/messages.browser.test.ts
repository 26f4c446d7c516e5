import { beforeAll, describe, expect, it } from 'vitest';
import { browserConsole, toEnglish } from '../support/browser';
import type { TestApp } from '../support/harness';
import { application, SUBMIT } from '../support/inputs';

// Refusals the server composes (identifier checks, upload refusals) reach the console as reason
// codes and show in the officer's language, in Chromium against the real server on SQLite.
const ui = browserConsole({ applications: 300, prefix: 'messages-', expectedStatus: /status of 4(01|04|15)/ });
const signIn = ui.signIn;
let app: TestApp;
beforeAll(async () => {
  app = ui.app;
});

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
    const refused = page.waitForResponse(
      (r) => r.url().endsWith(`/api/applications/${created.id}/documents`) && r.status() === 415,
    );
    await page.setInputFiles('[data-testid=upload-input]', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a scan\n'),
    });
    expect(await (await refused).json()).toMatchObject({ reason: 'UPLOAD_TYPE', field: 'file' });
    await page.waitForSelector('text=只接受 JPEG、PNG 和 PDF 文件（按文件内容判断）');
    expect(await page.textContent('body')).not.toMatch(/only JPEG/);

    await toEnglish(page);
    await page.waitForSelector('[data-testid=upload-input]', { state: 'attached' });
    await page.setInputFiles('[data-testid=upload-input]', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('still not a scan\n'),
    });
    await page.waitForSelector('text=only JPEG, PNG and PDF files are taken (by their content)');
  });

  it('explains on the case page why the case came to this office, in Chinese, then in English', async () => {
    const client = await app.as('heping.officer');
    const created = (await client.data(SUBMIT, { input: application() })).submitApplication;
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${created.id}/show`);
    const explanation = page.locator('[data-testid=routing-explanation]');
    await expect.poll(() => explanation.textContent()).toMatch(/^分派至.+：规则“.+”匹配（.+）$/);
    expect(await explanation.textContent()).not.toMatch(/Routed|because|matched|INDIVIDUAL|CITIZEN/);

    await toEnglish(page);
    await expect.poll(() => explanation.textContent()).toMatch(/^Routed to .+: rule ".+" matched \(/);
    // Office and rule names are the bureau's own data; the sentence around them is English.
    expect(await explanation.textContent()).not.toMatch(/分派至|匹配（/);
  });
});
