import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeResidentId } from '../../server/identifiers/identifiers';
import { ARTIFACTS, browserConsole, toEnglish } from '../support/browser';
import type { TestApp } from '../support/harness';
import { present } from '../support/narrow';
import { PNG } from '../support/workflow';

// Issue 11, points 13 and 14 (and the routing part of 2): counter intake picks the street by name
// and routes as it is filled in; the simulator headlines the reason that decided, in both languages.
const ui = browserConsole({ applications: 50, prefix: 'intake-', viewport: { width: 1366, height: 768 } });
const signIn = ui.signIn;
let app: TestApp;
beforeAll(async () => {
  app = ui.app;
});

const routing = (page: Page) => page.locator('[data-testid=routing-result]');

describe('counter intake: the street by name, routing as it is filled in (point 13)', () => {
  it('prefills the district from the identity number, asks for the street, and routes once it is picked', async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/create`);
    // The picker asks the server for the streets of one district: no table of every region comes down.
    const answers: Promise<{ operation: string; body: string }>[] = [];
    page.on('response', (response) => {
      const operation = /^\s*query (ConsoleRegions)\b/.exec(response.request().postDataJSON()?.query ?? '')?.[1];
      if (operation || response.request().resourceType() === 'script')
        answers.push(response.text().then((body) => ({ operation: operation ?? response.url(), body })));
    });
    await page.fill('input[name="subject.idNumber"]', makeResidentId('210102', '1990-05-17', 7));
    await page.fill('input[name="subject.name"]', '王小明');
    await page.fill('input[name="subject.phone"]', '13912345678');
    await page.fill('input[name="destinationCountry"]', '加拿大');
    await expect.poll(() => page.inputValue('input[name="regionPick.domicile"]')).toBe('210102');
    await page.waitForSelector('[data-testid=domicile] >> text=辽宁省沈阳市和平区');
    // No street yet: the preview runs by itself and names the domicile, not a missing residence.
    await page.waitForSelector('[data-testid=routing-result][data-code=REGION_TOO_COARSE]');
    const coarse = await routing(page).textContent();
    expect(coarse).toContain('户籍地');
    expect(coarse).toContain('街道');
    expect(coarse).not.toMatch(/[A-Za-z]{3,}/);
    // The street by characters of its name, not contiguous.
    await page.fill('[data-testid=domicile-street]', '浑湾');
    const options = page.locator('[data-testid=township-option]');
    await expect.poll(() => options.count()).toBe(1);
    await options.first().click();
    const loaded = await Promise.all(answers);
    const streets = loaded.filter((a) => a.operation === 'ConsoleRegions');
    expect(streets).toHaveLength(1);
    const listed: { code: string }[] = JSON.parse(present(streets[0], 'the streets of 和平区').body).data.regions;
    expect(listed.length).toBeGreaterThan(5);
    for (const street of listed) expect(street.code).toMatch(/^210102\d{3}$/);
    for (const a of loaded) expect(a.body.length).toBeLessThan(200_000); // no script of the region tables (4 MB)
    await page.waitForSelector('[data-testid=routing-result][data-code=ROUTED] >> text=浑河湾派出所');
    await page.click('button[type=submit]');
    // The receipt first; the case is the officer's own station's, so it opens from there.
    await page.click('[data-testid=receipt-open]');
    await page.waitForSelector('[data-testid=case-reference]');
    const explanation = await page.textContent('[data-testid=routing-explanation]');
    expect(explanation).toContain('210102001');
    expect(explanation).toMatch(/^分派至.*浑河湾派出所：规则“.+”匹配/);
    expect(explanation).not.toMatch(/Routed|because|matched|DOMICILE|CITIZEN/);
  });

  it('refuses a street no station covers with the reason on the domicile field and a toast, in Chinese', async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/create`);
    await page.fill('input[name="subject.idNumber"]', makeResidentId('210114', '1988-03-02', 11));
    await page.fill('input[name="subject.name"]', '李四');
    await page.fill('input[name="subject.phone"]', '13912345678');
    await page.fill('input[name="destinationCountry"]', '日本');
    await expect.poll(() => page.inputValue('input[name="regionPick.domicile"]')).toBe('210114');
    await page.fill('[data-testid=domicile-street]', '迎宾');
    await page.locator('[data-testid=township-option]').first().click();
    await page.waitForSelector(
      '[data-testid=routing-result][data-code=NO_OFFICE_COVERS][data-field="subject.domicileRegion"]',
    );
    expect(await routing(page).textContent()).toContain('于洪区');
    await page.click('button[type=submit]');
    const toast = await page.waitForSelector('.MuiSnackbarContent-message:has-text("未能登记")');
    expect(await toast.textContent()).not.toMatch(/not accepted|POLICE_STATION/);
    const helper = page.locator('[data-testid=domicile] .Mui-error');
    await expect.poll(async () => (await helper.allTextContents()).join('')).toContain('户籍地');
    expect(await page.locator('[data-testid=residence] .Mui-error').count()).toBe(0);
  });
});

describe('counter intake: the phone, the mailing address, a case already there (point 14)', () => {
  it('asks for a mobile, takes the recipient from the person, picks the mailing street by name, never shows GraphQL', async () => {
    const idNumber = makeResidentId('210102', '1985-08-08', 88);
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/create`);
    await page.fill('input[name="subject.idNumber"]', idNumber);
    await page.fill('input[name="subject.name"]', '赵邮寄');
    await page.fill('input[name="destinationCountry"]', '加拿大');
    await page.fill('[data-testid=domicile-street]', '浑湾');
    await page.locator('[data-testid=township-option]').first().click();
    await page.fill('[data-testid=residence-district]', '210102');
    await page.fill('[data-testid=residence-street]', '浑湾');
    await page.locator('[data-testid=township-option]').first().click();
    // The mobile is required, and must be one.
    await page.fill('input[name="subject.phone"]', '12345');
    await page.waitForSelector('text=号码不正确');
    await page.fill('input[name="subject.phone"]', '13912345678');
    // 邮寄: the routing box keeps its answer and shows no English, whatever the half-typed address.
    await page.click('[name=delivery] >> xpath=..');
    await page.click('li[data-value=MAIL]');
    await page.waitForSelector('[data-testid=same-as-subject]');
    await page.waitForSelector('[data-testid=routing-result][data-code=ROUTED]');
    expect(await page.locator('[data-testid=routing-error]').count()).toBe(0);
    expect(await routing(page).textContent()).not.toMatch(/[A-Za-z]{3,}/);
    // 同当事人 fills the recipient, the phone and the street of the residence.
    await page.click('[data-testid=same-as-subject]');
    expect(await page.inputValue('input[name="mailingAddress.recipient"]')).toBe('赵邮寄');
    expect(await page.inputValue('input[name="mailingAddress.phone"]')).toBe('13912345678');
    await expect.poll(() => page.inputValue('[data-testid=mailing-region-street]')).toContain('浑河湾');
    // A courier's number is a mobile or a landline with its area code: 12345 is neither.
    await page.fill('input[name="mailingAddress.phone"]', '12345');
    await page.waitForSelector('text=带区号的固定电话');
    await page.fill('input[name="mailingAddress.phone"]', '024-23456789');
    await page.fill('input[name="mailingAddress.line"]', '三好街100号');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=counter-receipt]');

    // The same number again: the officer is warned of the case just registered.
    await page.click('[data-testid=receipt-next]');
    await page.fill('input[name="subject.idNumber"]', idNumber);
    await page.waitForSelector('[data-testid=earlier-cases]');
    expect(await page.textContent('[data-testid=earlier-cases]')).toContain('待受理');
  });
});

describe('the counter: papers before submitting, a receipt after, wherever the case goes (point 13)', () => {
  it('uploads the scans picked at intake to a case routed to another office, and prints a receipt of it', async () => {
    const page = await signIn('hall.officer');
    await page.goto(`${app.server.url}/#/applications/create`);
    await page.fill('input[name="subject.idNumber"]', makeResidentId('210106', '1991-02-03', 21));
    await page.fill('input[name="subject.name"]', '钱窗口');
    await page.fill('input[name="subject.phone"]', '13812345678');
    await page.fill('input[name="destinationCountry"]', '德国');
    await page.fill('[data-testid=domicile-street]', '昆明湖');
    await page.locator('[data-testid=township-option]').first().click();
    await page.waitForSelector('[data-testid=routing-result][data-code=ROUTED]');
    const office = present(
      /分派至(.+?)：/.exec((await routing(page).textContent()) ?? '')?.[1],
      'the office the preview routes to',
    );
    // The scans the applicant holds: the kind is offered in turn, each file picked.
    for (const name of ['front.png', 'back.png']) {
      await page.setInputFiles('[data-testid=paper-input]', { name, mimeType: 'image/png', buffer: PNG });
    }
    await expect
      .poll(() => page.locator('[data-testid=paper-picked]').allTextContents())
      .toEqual(['身份证人像面 · front.png', '身份证国徽面 · back.png']);
    await page.click('button[type=submit]');

    // The receipt: no 条目不存在, the papers received and those missing, how to follow the case.
    await page.waitForSelector('[data-testid=counter-receipt]');
    const reference = present(await page.textContent('[data-testid=receipt-reference]'), 'the reference');
    expect(reference).toMatch(/^RC\d{8}-[0-9A-Z]+$/);
    expect(await page.textContent('[data-testid=receipt-office]')).toBe(office);
    expect(await page.textContent('[data-testid=receipt-received]')).toBe('身份证人像面、身份证国徽面');
    expect(await page.textContent('[data-testid=receipt-missing]')).not.toContain('身份证');
    expect(await page.textContent('[data-testid=receipt-progress]')).toContain(
      `/progress?ref=${encodeURIComponent(reference)}`,
    );
    expect(await page.locator('[data-testid=receipt-refused]').count()).toBe(0);
    expect(await page.locator('[data-testid=receipt-open]').count()).toBe(0);
    expect(await page.locator('text=条目不存在').count()).toBe(0);
    // Printed, the receipt alone: not the menu, the bar or its buttons.
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'intake-receipt-printed.png') });
    expect(await page.locator('[data-testid=counter-receipt]').isVisible()).toBe(true);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.locator('[data-testid=receipt-next]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The station the case went to has the papers, waiting to be checked, and nobody took the case by them.
    const station = await app.as('tiexi.officer');
    const { applications } = await station.data<{
      applications: { items: { id: string; assignee: unknown; documents: { kind: string; status: string }[] }[] };
    }>(
      'query($q: String) { applications(filter: { q: $q }) { items { id assignee { id } documents { kind status } } } }',
      {
        q: reference,
      },
    );
    expect(applications.items).toHaveLength(1);
    expect(applications.items[0].assignee).toBeNull();
    expect(applications.items[0].documents).toEqual([
      { kind: 'ID_CARD_FRONT', status: 'PENDING' },
      { kind: 'ID_CARD_BACK', status: 'PENDING' },
    ]);
    // 登记下一件: an empty form, no paper left from the last one.
    await page.click('[data-testid=receipt-next]');
    await page.waitForSelector('input[name="subject.idNumber"]');
    expect(await page.inputValue('input[name="subject.idNumber"]')).toBe('');
    expect(await page.locator('[data-testid=paper-picked]').count()).toBe(0);
  });
});

describe('routing simulator: the deciding reason first, the fields of the kind (points 14 and 2)', () => {
  async function simulateYuhong(page: Page) {
    await page.goto(`${app.server.url}/#/routing-simulator`);
    await page.fill('input[name=idNumber]', makeResidentId('210114', '1985-01-01', 3));
    await page.fill('input[name=domicileRegion]', '210114001');
    await page.fill('input[name=residenceRegion]', '');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=simulation-headline][data-code=NO_OFFICE_COVERS]');
  }

  it('headlines the uncovered 于洪区 street, marks the deciding row, translates every trace line', async () => {
    const page = await signIn('admin');
    await simulateYuhong(page);
    const headline = await page.textContent('[data-testid=simulation-headline]');
    expect(headline).toContain('于洪区');
    expect(headline).toContain('户籍地');
    expect(headline).not.toContain('居住地');
    expect(await page.textContent('[data-testid=simulation-office]')).not.toMatch(/[A-Za-z]{3,}/);
    expect(await page.getAttribute('[data-testid=deciding-step]', 'data-code')).toBe('NO_OFFICE_COVERS');
    const rows = await page.locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).not.toMatch(/\b(rule|applicant|subject|region|given|covers)\b/);

    // Only the fields that apply to the kind of case.
    expect(await page.locator('input[name=creditCode]').count()).toBe(0);
    expect(await page.locator('input[name=daysInChina]').count()).toBe(0);
    await page.click('[name=applicantKind] >> xpath=..');
    await page.click('li[data-value=UNIT]');
    await page.waitForSelector('input[name=unitRegion]');
    expect(await page.locator('input[name=domicileRegion]').count()).toBe(0);
    expect(await page.locator('input[name=preferredBasis]').count()).toBe(0);
    await page.click('[name=category] >> xpath=..');
    await page.click('li[data-value=FOREIGNER]');
    await page.waitForSelector('input[name=daysInChina]');
  });

  it('says the same in English', async () => {
    const page = await signIn('admin');
    await toEnglish(page);
    await simulateYuhong(page);
    const headline = await page.textContent('[data-testid=simulation-headline]');
    expect(headline).toMatch(/No .* office here covers Domicile/i);
    expect(headline).toContain('210114001');
  });
});
