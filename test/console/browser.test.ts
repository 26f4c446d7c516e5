import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { regionName } from '../../server/identifiers/regions';
import { DEMO_PASSWORD } from '../../server/seed/demo-directory';
import { browserConsole, toEnglish } from '../support/browser';
import type { TestApp } from '../support/harness';
import { present } from '../support/narrow';
import { step } from '../support/workflow';

// The console in Debian's Chromium against the real server on SQLite with demo data.
const ui = browserConsole({ applications: 300 });
const signIn = ui.signIn;
let app: TestApp;
beforeAll(async () => {
  app = ui.app;
});

const chip = (page: Page, status: string) => page.locator(`[data-testid=case-reference] ~ [data-status="${status}"]`);

async function act(page: Page, action: string) {
  await page.click(`[data-action=${action}]`);
}

async function choose(page: Page, name: string, value: string) {
  await page.click(`[role=dialog] [name=${name}] >> xpath=..`);
  await page.click(`li[data-value="${value}"]`);
}

async function confirm(page: Page) {
  await page.click('[data-testid=confirm-action]');
  await page.waitForSelector('[role=dialog]', { state: 'detached' });
}

describe('the console in a browser', () => {
  it('takes a mailed case from the SUBMITTED queue through verification, decision, issue and mailing', async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications`);
    await page.click('text=邮寄');
    await page.click('[data-testid=tab-SUBMITTED]');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('tbody tr [data-status]').length > 0 &&
        [...document.querySelectorAll('tbody tr [data-status]')].every(
          (el) => el.getAttribute('data-status') === 'SUBMITTED',
        ),
    );
    await page.locator('tbody tr').first().click();
    await page.waitForSelector('[data-testid=document-viewer]');
    const reference = present(await page.textContent('[data-testid=case-reference]'), 'the case reference');

    const title = present(await page.textContent('[data-testid=document-title]'), 'the document title');
    const count = Number(title.split('/')[1].trim().split(' ')[0]);
    // 核验 moves on to the next paper still to verify; the last one stays, shown verified.
    for (let i = 0; i < count; i++) {
      if (!(await page.isEnabled('[data-testid=verify-document]'))) {
        await page.keyboard.press(']');
        continue;
      }
      const shown = await page.getAttribute('[data-testid=document-title]', 'data-document-id');
      await page.click('[data-testid=verify-document]');
      await page.waitForFunction(
        (id) =>
          document.querySelector('[data-testid=document-title]')?.getAttribute('data-document-id') !== id ||
          document.querySelector('[data-testid=document-status]')?.textContent === '已核验',
        shown,
      );
      const now = await page.getAttribute('[data-testid=document-title]', 'data-document-id');
      if (now !== shown) expect(await page.textContent('[data-testid=document-status]')).toBe('待核验');
    }
    await expect.poll(() => page.isEnabled('[data-testid=verify-document]')).toBe(false);
    await act(page, 'ACCEPT');
    await chip(page, 'ACCEPTED').waitFor();
    await act(page, 'DECIDE');
    await choose(page, 'outcome', 'NO_RECORD');
    await confirm(page);
    await chip(page, 'DECIDED').waitFor();
    await act(page, 'ISSUE');
    await chip(page, 'ISSUED').waitFor();
    await act(page, 'RECORD_MAILING');
    await page.fill('[role=dialog] [name=trackingNumber]', 'EA123456784CN');
    await expect.poll(() => page.isDisabled('[data-testid=confirm-action]')).toBe(true); // wrong check digit, caught as typed
    await page.fill('[role=dialog] [name=trackingNumber]', 'EA123456785CN');
    await confirm(page);
    await chip(page, 'MAILED').waitFor();
    // The history names what was issued in words, and no step by its code.
    await page.click('[data-testid=history-tab]');
    const issued = page.locator('[data-testid=history-line][data-action=ISSUE] [data-testid=history-detail]');
    await expect.poll(() => issued.textContent()).toContain('无犯罪记录证明');
    expect(await page.textContent('[data-testid=case-history]')).not.toMatch(/[A-Z]{2,}_[A-Z_]+/);

    await page.goto(`${app.server.url}/#/applications`);
    await page.click('[data-testid=tab-MAILED]');
    await page.fill('input[name=q]', reference);
    await page.waitForFunction(
      (ref) =>
        [...document.querySelectorAll('tbody tr')].some(
          (row) => row.textContent?.includes(ref) && row.querySelector('[data-status=MAILED]'),
        ),
      reference,
    );
  });

  it('has a record found decided by the officer and signed off by the supervisor', async () => {
    const client = await app.as('heping.officer');
    const { applications } = await client.data<{ applications: { items: { id: string }[] } }>(
      '{ applications(filter: { status: [ACCEPTED], mine: true }, perPage: 1) { items { id } } }',
    );
    const id = present(applications.items[0], 'an accepted case of heping.officer').id;
    const officer = await signIn('heping.officer');
    await officer.goto(`${app.server.url}/#/applications/${id}/show`);
    await act(officer, 'DECIDE');
    await choose(officer, 'outcome', 'RECORD_FOUND');
    await officer.fill('[role=dialog] [name=note]', '2015年判决');
    await confirm(officer);
    await chip(officer, 'PENDING_SIGNOFF').waitFor();
    expect(await officer.locator('[data-action=SIGN_OFF]').count()).toBe(0);

    const supervisor = await signIn('heping.supervisor');
    await supervisor.goto(`${app.server.url}/#/applications/${id}/show`);
    await act(supervisor, 'SIGN_OFF');
    await confirm(supervisor);
    await chip(supervisor, 'DECIDED').waitFor();
    await supervisor.click('[data-testid=history-tab]');
    await supervisor.waitForSelector('[data-testid=case-history] >> text=审批');
  });

  it('does not show a Heping case to a Shenhe officer, and speaks English on request', async () => {
    const client = await app.as('heping.officer');
    const { applications } = await client.data<{ applications: { items: { id: string; referenceNo: string }[] } }>(
      '{ applications(perPage: 1) { items { id referenceNo } } }',
    );
    const theirs = present(applications.items[0], 'a case of heping.officer');
    const page = await signIn('shenhe.officer');
    await page.goto(`${app.server.url}/#/applications`);
    await page.fill('input[name=q]', theirs.referenceNo);
    await page.waitForSelector('text=/未找到|没有|No /');
    expect(await page.locator(`tbody tr:has-text("${theirs.referenceNo}")`).count()).toBe(0);
    await page.goto(`${app.server.url}/#/applications/${theirs.id}/show`);
    await page.waitForURL((url) => !url.hash.includes(`/${theirs.id}/show`));
    expect(await page.locator('[data-testid=case-reference]').count()).toBe(0);

    await toEnglish(page);
    await page.goto(`${app.server.url}/#/applications`);
    await page.waitForSelector('text=Submitted');
  });

  it('registers a walk-in application at the counter, routed before it is submitted', async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/create`);
    await page.fill('input[name="subject.idNumber"]', '110105194912310021');
    await page.fill('input[name="subject.name"]', '王小明');
    await page.waitForSelector('text=/校验位不正确/'); // never the right character: it would help forge numbers
    await page.fill('input[name="subject.idNumber"]', '11010519491231002X');
    await page.fill('input[name="subject.phone"]', '13912345678');
    await page.fill('input[name="subject.domicileRegion"]', '210102001');
    await page.fill('input[name="destinationCountry"]', '加拿大');
    await page.click('[data-testid=check-routing]');
    await page.waitForSelector('[data-testid=routing-result] >> text=浑河湾派出所');
    await page.click('button[type=submit]');
    await page.click('[data-testid=receipt-open]');
    await page.waitForSelector('[data-testid=case-reference]');
    expect(await page.textContent('[data-testid=routing-explanation]')).toContain('210102001');
  });

  it('lets the administrator keep offices, officers, rules and the calendar', async () => {
    const page = await signIn('admin');
    for (const [hash, text] of [
      ['offices', '浑河湾派出所'],
      ['officers', 'heping.officer'],
      ['routingRules', '户籍地派出所'],
      ['routing-simulator', '分派模拟'],
    ]) {
      await page.goto(`${app.server.url}/#/${hash}`);
      await page.waitForSelector(`text=${text}`);
    }
    // An officer's page reads that one officer (officer(id)), whatever the number of officers.
    const { officers } = await (await app.as('admin')).data<{
      officers: { items: { id: string; username: string }[] };
    }>('{ officers(perPage: 200) { items { id username } } }');
    const shenhe = present(
      officers.items.find((o) => o.username === 'shenhe.officer'),
      'shenhe.officer',
    );
    await page.goto(`${app.server.url}/#/officers/${shenhe.id}`);
    await page.waitForSelector('input[name=username][value="shenhe.officer"]');
    await page.goto(`${app.server.url}/#/calendar`);
    await page.click('[data-testid=next-month]');
    const day = page.locator('[data-workday=true]').first();
    const date = await day.getAttribute('data-date');
    await day.click();
    await page.click('[data-testid=confirm-calendar-day]');
    await page.waitForSelector(`[data-date="${date}"][data-workday=false]`);
  });

  it("loads the sign-in page without the charts, which come with a supervisor's dashboard only", async () => {
    /** The scripts `page` loads from now on: their names, and the bytes of each as sent (compressed). */
    const scripts = (page: Page) => {
      const loaded = new Map<string, number>();
      page.on('requestfinished', async (request) => {
        if (request.resourceType() !== 'script') return;
        loaded.set(new URL(request.url()).pathname, (await request.sizes()).responseBodySize);
      });
      return loaded;
    };
    const total = (loaded: Map<string, number>) => [...loaded.values()].reduce((sum, bytes) => sum + bytes, 0);

    const login = await ui.newPage();
    const atLogin = scripts(login);
    await login.goto(`${app.server.url}/#/login`);
    await login.waitForSelector('input[name=username]');
    await login.waitForLoadState('networkidle');
    const names = [...atLogin.keys()];
    expect(names.some((name) => name.includes('/assets/index-'))).toBe(true);
    expect(names.filter((name) => /SupervisorDashboard|charts|regions/.test(name))).toEqual([]);
    // About 372 KB in brotli (which Chromium asks of localhost); 494 KB when the charts came with it.
    expect(total(atLogin)).toBeLessThan(420_000);

    const page = await ui.newPage();
    const atDashboard = scripts(page);
    await page.goto(`${app.server.url}/#/login`);
    await page.fill('input[name=username]', 'city.supervisor');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('.recharts-surface');
    expect([...atDashboard.keys()].some((name) => name.includes('SupervisorDashboard'))).toBe(true);
  });

  it('lands a supervisor on the dashboard with the true numbers, and shows the reports', async () => {
    const client = await app.as('heping.supervisor');
    const counts = (
      await client.data<{ queueCounts: { overdue: number; dueToday: number } }>('{ queueCounts { overdue dueToday } }')
    ).queueCounts;
    const page = await signIn('heping.supervisor');
    await page.waitForSelector('[data-testid=card-overdue]');
    await expect.poll(() => page.textContent('[data-testid=card-overdue]')).toBe(String(counts.overdue));
    await expect.poll(() => page.textContent('[data-testid=card-due-today]')).toBe(String(counts.dueToday));
    await page.waitForSelector('.recharts-surface');
    const overdue = (
      await client.data<{ applications: { total: number } }>(
        '{ applications(filter: { slaState: [OVERDUE, DUE_SOON] }, perPage: 1) { total } }',
      )
    ).applications.total;
    await expect.poll(() => page.locator('[data-testid=attention-table] tr').count()).toBe(Math.min(overdue, 15));
    await page.goto(`${app.server.url}/#/reports`);
    await page.waitForSelector('[data-testid=workload-table] >> text=合计');
    // The export is named as the server names it: in Chinese, with the period.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')]);
    expect(download.suggestedFilename()).toMatch(/^工作量统计_\d{4}-\d\d-\d\d至\d{4}-\d\d-\d\d\.xlsx$/);
    // A bureau's open cases open the queue on exactly those: its own and its stations'.
    const figure = page.locator('[data-testid=workload-table] tr[data-level="0"] td[data-figure=openNow] a').first();
    const shown = Number(await figure.textContent());
    expect(shown).toBeGreaterThan(0);
    await figure.click();
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes('"officeIds"'));
    const filter = JSON.parse(present(new URL(page.url().replace('#/', '')).searchParams.get('filter'), 'the filter'));
    const queued = (
      await client.data<{ applications: { total: number } }>(
        'query($f: ApplicationFilter) { applications(filter: $f) { total } }',
        { f: filter },
      )
    ).applications.total;
    expect(queued).toBe(shown);
    expect(filter.officeIds.length).toBeGreaterThan(1);
    await expect.poll(() => page.locator('tbody tr td.column-referenceNo').count()).toBe(Math.min(shown, 25));
    // Time in status: an office's statuses together, in the order a case passes them.
    await page.goto(`${app.server.url}/#/reports`);
    await page.waitForSelector('[data-testid=time-in-status] tbody tr');
    const stays = await page.$$eval('[data-testid=time-in-status] tbody tr', (rows) =>
      rows.map((row) => ({
        opens: row.children.length === 5,
        status: row.children[row.children.length - 4].textContent,
      })),
    );
    const order = [
      '待受理',
      '待补正',
      '已受理',
      '核查中',
      '待审批',
      '已决定',
      '已出具',
      '已寄出',
      '已送达',
      '不予受理',
      '已撤回',
      '复核中',
    ];
    let group: number[] = [];
    for (const stay of stays) {
      if (stay.opens) group = [];
      const at = order.indexOf(stay.status ?? '');
      expect(at, String(stay.status)).toBeGreaterThanOrEqual(0);
      expect(group.every((before) => before < at)).toBe(true);
      group.push(at);
    }
    expect(stays.filter((s) => s.opens).length).toBeLessThan(stays.length);
    // By officer: the officers under the office they work in.
    await page.click('[role=combobox]:has-text("按单位")');
    await page.click('li[data-value=OFFICER]');
    const office = page.locator('[data-testid=workload-office]').first();
    await office.waitFor();
    expect(await office.textContent()).toMatch(/派出所|分局/);
  });
});

const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/** Every date and time the page shows now, as written. */
const shownDates = async (page: Page) =>
  (await page.locator('[data-testid=date], [data-sla]').allTextContents()).filter((text) => /\d/.test(text)); // a due date, or a time-limit state where none runs

/** Waits for a toast saying `text`. */
const toast = (page: Page, text: string) => page.waitForSelector(`.MuiSnackbarContent-message:has-text("${text}")`);

describe('the case page reads as an officer speaks', () => {
  it('names regions, gender and the working days, is titled by the reference number, in Chinese and in English', async () => {
    const client = await app.as('heping.officer');
    const { applications } = await client.data<{
      applications: {
        items: {
          id: string;
          referenceNo: string;
          acceptedAt: string | null;
          subject: { category: string; domicileRegion: string | null; gender: string | null };
        }[];
      };
    }>(
      '{ applications(filter: { status: [ACCEPTED, UNDER_INVESTIGATION, DECIDED, ISSUED] }, perPage: 100) { items { id referenceNo acceptedAt subject { category domicileRegion gender } } } }',
    );
    const c = applications.items.find(
      (a) => a.subject.category === 'CITIZEN' && a.subject.domicileRegion && a.subject.gender && a.acceptedAt,
    );
    expect(c).toBeTruthy();
    if (!c) throw new Error('an accepted citizen case with a domicile and a gender is missing');
    const domicile = regionName(present(c.subject.domicileRegion, 'the domicile region of the case'));
    expect(domicile).toMatch(/^辽宁省沈阳市/);

    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    const region = page.locator(`[data-testid=region][data-code="${c.subject.domicileRegion}"]`).first();
    // Named by the server (the region query): the console holds no region table.
    await expect.poll(() => region.textContent()).toBe(domicile);
    expect(await page.textContent('[data-testid=gender]')).toBe(c.subject.gender === 'M' ? '男' : '女');
    expect(await page.textContent('[data-testid=working-days]')).toMatch(/^已用 \d+(\.\d)? 个工作日$/);
    expect(await page.textContent('[data-testid=case-page-title]')).toBe(c.referenceNo);
    await expect.poll(() => page.title()).toBe(`${c.referenceNo} · 无犯罪记录证明办理平台`);
    expect(await page.locator('text=/申请 #/').count()).toBe(0);
    for (const shown of await shownDates(page)) expect(shown).toMatch(DATE_TIME);

    await toEnglish(page);
    await page.waitForSelector('[data-testid=gender]:text-matches("^(Male|Female)$")');
    expect(await page.textContent('[data-testid=gender]')).toBe(c.subject.gender === 'M' ? 'Male' : 'Female');
    expect(await page.textContent('[data-testid=working-days]')).toMatch(/^\d+(\.\d)? working days? used$/);
    expect(await region.textContent()).toBe(domicile);
    await expect.poll(() => page.title()).toBe(`${c.referenceNo} · Criminal Record Check Console`);
    for (const shown of await shownDates(page)) expect(shown).toMatch(DATE_TIME);
  });

  it("labels a foreigner's days in China", async () => {
    const client = await app.as('exit.officer');
    const { applications } = await client.data<{
      applications: { items: { id: string; subject: { daysInChina: number | null } }[] };
    }>('{ applications(perPage: 100) { items { id subject { daysInChina } } } }');
    const c = applications.items.find((a) => a.subject.daysInChina != null);
    expect(c).toBeTruthy();
    if (!c) throw new Error("a case of exit.officer's with days in China is missing");
    const page = await signIn('exit.officer');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    await expect.poll(() => page.textContent('[data-testid=days-in-china]')).toBe(`${c.subject.daysInChina} 天`);
    await toEnglish(page);
    await expect.poll(() => page.textContent('[data-testid=days-in-china]')).toBe(`${c.subject.daysInChina} days`);
  });

  it('writes dates YYYY-MM-DD in the queue and the history, in English as in Chinese', async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications`);
    await page.waitForSelector('tbody tr [data-testid=date]');
    const zh = await shownDates(page);
    expect(zh.length).toBeGreaterThan(0);
    for (const shown of zh) expect(shown).toMatch(DATE_TIME);
    await toEnglish(page);
    await page.waitForSelector('text=Submitted');
    await page.waitForSelector('tbody tr [data-testid=date]');
    const english = await shownDates(page);
    expect(english.length).toBeGreaterThan(0);
    for (const shown of english) expect(shown).toMatch(DATE_TIME);
    expect(english.join(' ')).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);

    await page.locator('tbody tr').first().click();
    await page.waitForSelector('[data-testid=case-reference]');
    await page.click('[data-testid=history-tab]');
    await page.waitForSelector('[data-testid=history-line]');
    for (const shown of await shownDates(page)) expect(shown).toMatch(DATE_TIME);
  });

  it('says in the toast what a step did, with no doubled 已, in Chinese and in English', async () => {
    const client = await app.as('heping.officer');
    // Two cases accepted through the API, to be decided in the browser (a record found waits for a sign-off).
    const { applications } = await client.data<{
      applications: { items: { id: string; documents: { id: string }[] }[] };
    }>(
      '{ applications(filter: { status: [SUBMITTED], unassigned: true }, sort: { field: SUBMITTED_AT, order: ASC }, perPage: 2) { items { id documents { id } } } }',
    );
    expect(applications.items.length).toBe(2);
    for (const a of applications.items) {
      for (const d of a.documents)
        await client.data('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }', { id: d.id });
      await step(client, 'acceptApplication', a.id);
    }
    const [zhCase, enCase] = applications.items;
    const submitted = (
      await client.data<{ applications: { items: { id: string; documents: { status: string }[] }[] } }>(
        '{ applications(filter: { status: [SUBMITTED], documentsPending: true }, perPage: 10) { items { id documents { status } } } }',
      )
    ).applications.items.find((a) => a.documents.filter((d) => d.status === 'PENDING').length >= 2);
    expect(submitted).toBeTruthy();
    if (!submitted) throw new Error('a submitted case with two pending papers is missing');

    const page = await signIn('heping.officer');
    const seen: string[] = [];
    await page.goto(`${app.server.url}/#/applications/${zhCase.id}/show`);
    await act(page, 'DECIDE');
    await choose(page, 'outcome', 'RECORD_FOUND');
    await page.fill('[role=dialog] [name=note]', '2015年判决');
    await confirm(page);
    await toast(page, '已提交审批');
    await chip(page, 'PENDING_SIGNOFF').waitFor();
    seen.push(...(await page.locator('.MuiSnackbarContent-message').allTextContents()));

    await page.goto(`${app.server.url}/#/applications/${submitted.id}/show`);
    await page.waitForSelector('[data-testid=document-viewer]');
    for (let i = 0; i < 20 && (await page.textContent('[data-testid=document-status]')) !== '待核验'; i++)
      await page.keyboard.press(']');
    await page.click('[data-testid=verify-document]');
    await toast(page, '材料已核验');
    seen.push(...(await page.locator('.MuiSnackbarContent-message').allTextContents()));
    expect(seen.join(' ')).not.toContain('已已');
    expect(seen.join(' ')).not.toContain('已作出决定');

    await toEnglish(page);
    await page.waitForSelector('[data-testid=document-status]:has-text("Verified")');
    for (let i = 0; i < 20 && (await page.textContent('[data-testid=document-status]')) !== 'Pending'; i++)
      await page.keyboard.press(']');
    await page.click('[data-testid=verify-document]');
    await toast(page, 'Document verified');
    await page.goto(`${app.server.url}/#/applications/${enCase.id}/show`);
    await act(page, 'DECIDE');
    await choose(page, 'outcome', 'RECORD_FOUND');
    await page.fill('[role=dialog] [name=note]', 'Judgment of 2015');
    await confirm(page);
    await toast(page, 'Sent for sign-off');
  });

  it('folds the reads of the papers in the history, and shows a status change only where there was one', async () => {
    const client = await app.as('heping.officer');
    const c = (
      await client.data<{
        applications: { items: { id: string; availableActions: string[]; documents: { id: string }[] }[] };
      }>(
        '{ applications(filter: { status: [SUBMITTED], unassigned: true }, perPage: 20) { items { id availableActions documents { id } } } }',
      )
    ).applications.items.find((a) => a.documents.length >= 3 && a.availableActions.includes('CLAIM'));
    expect(c).toBeTruthy();
    if (!c) throw new Error('an unassigned submitted case with three papers that heping.officer may claim is missing');
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    const reads = async () => {
      const { auditTrail } = await client.data<{ auditTrail: { items: { action: string }[] } }>(
        'query($id: String!) { auditTrail(entityType: "Application", entityId: $id, perPage: 200) { items { action } } }',
        { id: c.id },
      );
      return auditTrail.items.filter((e) => e.action === 'DOCUMENT_DOWNLOADED').length;
    };
    for (let i = 1; i < c.documents.length; i++) {
      await expect.poll(reads).toBeGreaterThanOrEqual(i);
      await page.keyboard.press(']');
    }
    await expect.poll(reads).toBeGreaterThanOrEqual(c.documents.length);
    await act(page, 'CLAIM'); // a step that leaves the status as it was
    await page.waitForSelector('[data-action=RELEASE]');
    await page.reload();
    await expect.poll(reads).toBeGreaterThan(c.documents.length);
    await page.click('[data-testid=history-tab]');
    await page.waitForSelector('[data-testid=history-line][data-action=CLAIM]');

    const readLines = page.locator('[data-testid=history-line][data-action=DOCUMENT_DOWNLOADED]');
    await expect.poll(() => readLines.count()).toBeGreaterThan(0);
    const counts = (await readLines.evaluateAll((rows) =>
      rows.map((r) => Number(r.getAttribute('data-count'))),
    )) as number[];
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(c.documents.length);
    expect(counts.length).toBeLessThanOrEqual(2); // one run before the claim, one after the reload
    expect(await page.textContent('[data-testid=case-history]')).toMatch(/查看材料 ×\d+/);
    const claim = page.locator('[data-testid=history-line][data-action=CLAIM] [data-testid=history-detail]');
    expect(await claim.textContent()).not.toContain('→');
    for (const detail of await page.locator('[data-testid=history-detail]').allTextContents()) {
      expect(detail).not.toMatch(/(\S+) → \1(?!\S)/);
    }

    await toEnglish(page);
    await page.waitForSelector('[data-testid=history-tab]:has-text("History")');
    await page.click('[data-testid=history-tab]');
    await page.waitForSelector('[data-testid=case-history] >> text=/Document viewed ×\\d+/');
  });
});
