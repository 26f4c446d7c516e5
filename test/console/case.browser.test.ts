import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeResidentId } from '../../server/identifiers/identifiers';
import { CaseViewer } from '../../server/presence/case-viewer.entity';
import { ARTIFACTS, browserConsole, toEnglish } from '../support/browser';
import type { TestApp } from '../support/harness';
import { application, citizen, SUBMIT, type SubmitAnswer } from '../support/inputs';
import { present } from '../support/narrow';
import { PNG, step } from '../support/workflow';

// The case page's dialogs and papers, and the supervisor's dashboard, in Debian's Chromium against
// the real server on SQLite with demo data (issue 11, points 7, 9 and 10). Set up as browser.test.ts.
const ui = browserConsole({ applications: 400, prefix: 'case-' });
const signIn = ui.signIn;
let app: TestApp;
beforeAll(async () => {
  app = ui.app;
});

const chip = (page: Page, status: string) => page.locator(`[data-testid=case-reference] ~ [data-status="${status}"]`);

async function act(page: Page, action: string) {
  await page.click(`[data-action=${action}]`);
}

async function confirm(page: Page) {
  await page.click('[data-testid=confirm-action]');
  await page.waitForSelector('[role=dialog]', { state: 'detached' });
}

const DATE_TIME = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/;

/** A row of the workload report as the dashboard test selects it. */
interface WorkloadRow {
  key: string;
  label: string;
  parentKey: string | null;
  received: number;
  openNow: number;
  decided: number;
}

/** Now on the Shanghai wall clock, YYYY-MM-DD HH:mm, `minutes` from now. */
const shanghaiNow = (minutes = 0) =>
  new Date(Date.now() + minutes * 60_000 + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** Whether `shown` (YYYY-MM-DD HH:mm) is within a few minutes of now. */
const nearNow = (shown: string) => shown >= shanghaiNow(-3) && shown <= shanghaiNow(3);

/** A case heping.officer may work (free, or theirs), accepted through the API: its papers verified, then ACCEPT. */
async function acceptedCase(filter = ''): Promise<{ id: string; feeAmount: number; verified: number }> {
  const client = await app.as('heping.officer');
  const { applications } = await client.data<{
    applications: {
      items: { id: string; feeAmount: number; assignee: { username: string } | null; documents: { id: string }[] }[];
    };
  }>(
    `{ applications(filter: { status: [SUBMITTED]${filter} }, sort: { field: SUBMITTED_AT, order: ASC }, perPage: 100) { items { id feeAmount assignee { username } documents { id } } } }`,
  );
  const c = applications.items.find(
    (a) => a.documents.length && (!a.assignee || a.assignee.username === 'heping.officer'),
  );
  expect(c).toBeTruthy();
  if (!c) throw new Error('a submitted case with papers that heping.officer may work is missing');
  for (const d of c.documents)
    await client.data('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }', { id: d.id });
  await step(client, 'acceptApplication', c.id);
  return { id: c.id, feeAmount: c.feeAmount, verified: c.documents.length };
}

async function displayName(username: string): Promise<string> {
  return (await (await app.as(username)).data<{ me: { displayName: string } }>('{ me { displayName } }')).me
    .displayName;
}

describe('a step on screen', () => {
  it('keeps a dialog open with what was typed when someone acted first, and redoes it on the fresh case', async () => {
    const { id } = await acceptedCase();
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${id}/show`);
    await chip(page, 'ACCEPTED').waitFor();
    await act(page, 'START_INVESTIGATION');
    await page.fill('[role=dialog] [name=reason]', '需核实境外记录');
    // Meanwhile the case changes under the open dialog (released and claimed again: a new version).
    const api = await app.as('heping.officer');
    await step(api, 'releaseApplication', id);
    await step(api, 'claimApplication', id);
    await page.click('[data-testid=confirm-action]');
    await page.waitForSelector('[data-testid=action-notice]');
    expect(await page.inputValue('[role=dialog] [name=reason]')).toBe('需核实境外记录');
    await page.screenshot({ path: path.join(ARTIFACTS, 'case-conflict-kept.png') });
    await confirm(page);
    await chip(page, 'UNDER_INVESTIGATION').waitFor();
  });

  it("shows a step's result from its answer at once, without reading the case again", async () => {
    const { id } = await acceptedCase();
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${id}/show`);
    await chip(page, 'ACCEPTED').waitFor();
    await page.waitForLoadState('networkidle');
    /** The case reads the page sends from now on. */
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('query ConsoleApplication(')) reads.push(request.url());
    });
    await act(page, 'DECIDE');
    await page.click('[role=dialog] [name=outcome] >> xpath=..');
    await page.click('li[data-value="NO_RECORD"]');
    await page.fill('[role=dialog] textarea[name=note]', '核查无记录');
    await confirm(page);
    await chip(page, 'DECIDED').waitFor();
    // The steps open now came with the answer: ISSUE (or the fee) is offered, DECIDE no more.
    await page.waitForSelector('[data-action=ISSUE], [data-action=RECORD_FEE_PAYMENT]');
    expect(await page.locator('[data-action=DECIDE]').count()).toBe(0);
    expect(reads).toEqual([]);
  });

  it('shows the toast of the step just done, never one of the step before', async () => {
    const { id } = await acceptedCase();
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${id}/show`);
    await chip(page, 'ACCEPTED').waitFor();
    await act(page, 'START_INVESTIGATION');
    await page.fill('[role=dialog] textarea[name=reason]', '同名同生日记录需核查');
    await confirm(page);
    await chip(page, 'UNDER_INVESTIGATION').waitFor();
    // At once, while the first toast would still show for seconds: only the second one shows.
    await act(page, 'END_INVESTIGATION');
    await page.fill('[role=dialog] textarea[name=note]', '已排除');
    await confirm(page);
    await chip(page, 'ACCEPTED').waitFor();
    await expect
      .poll(() => page.locator('.MuiSnackbarContent-message').allTextContents())
      .toEqual([expect.stringContaining('核查已结束')]);
  });
});

describe("the subject's other cases, and who else has the case open (point 11)", () => {
  it('lists them on the case page, each opening its case', async () => {
    const client = await app.as('heping.officer');
    const subject = citizen({ idNumber: makeResidentId('210102', '1966-06-16', 616) });
    const submit = async () =>
      (await client.data<SubmitAnswer>(SUBMIT, { input: application({ channel: 'COUNTER', subject }) }))
        .submitApplication;
    const earlier = await submit();
    const later = await submit();
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${later.id}/show`);
    const link = page.locator('[data-testid=other-application]');
    await expect.poll(() => link.allTextContents()).toEqual([earlier.referenceNo]);
    await link.click();
    await expect.poll(() => page.textContent('[data-testid=case-reference]')).toBe(earlier.referenceNo);
    await expect.poll(() => link.allTextContents()).toEqual([later.referenceNo]);
  });

  it('warns in the head of the case, before anyone acts, while another officer has the same case open', async () => {
    const client = await app.as('heping.officer');
    const { submitApplication: fresh } = await client.data<SubmitAnswer>(SUBMIT, {
      input: application({
        channel: 'COUNTER',
        subject: citizen({ idNumber: makeResidentId('210102', '1971-07-17', 717) }),
      }),
    });
    const officer = await signIn('heping.officer');
    await officer.goto(`${app.server.url}/#/applications/${fresh.id}/show`);
    await officer.waitForSelector('[data-testid=case-reference]');
    expect(await officer.locator('[data-testid=others-viewing]').count()).toBe(0);
    // The supervisor opens the same case: their page names the officer at once, in the head.
    const supervisor = await signIn('heping.supervisor');
    await supervisor.goto(`${app.server.url}/#/applications/${fresh.id}/show`);
    const warning = supervisor.locator('[data-testid=case-head] [data-testid=others-viewing]');
    await warning.waitFor();
    const { me } = await client.data<{ me: { displayName: string } }>('{ me { displayName } }');
    expect(await warning.textContent()).toContain(`${me.displayName} 也打开了此申请`);
    expect(await warning.isVisible()).toBe(true);
    // The officer's page names the supervisor once it beats again (every 20 s; here, opened again).
    await officer.reload();
    await officer.waitForSelector('[data-testid=others-viewing]');
    expect(await officer.textContent('[data-testid=others-viewing]')).toContain('也打开了此申请');
    // The supervisor goes back to the queue: the page says so, and the officer's next beat names no one.
    await supervisor.goto(`${app.server.url}/#/applications`);
    await supervisor.waitForSelector('tbody tr td.column-referenceNo');
    const viewers = async () =>
      (await app.ds.getRepository(CaseViewer).findBy({ applicationId: Number(fresh.id) })).map((v) => v.officerId);
    await expect.poll(viewers).toHaveLength(1);
    await officer.reload();
    await officer.waitForSelector('[data-testid=case-reference]');
    await expect.poll(() => officer.locator('[data-testid=others-viewing]').count()).toBe(0);
  });
});

describe('sign-off and the supervisor dashboard (point 7)', () => {
  it("shows the supervisor the decided outcome, the officer's note, who decided and when, and the verified papers", async () => {
    const officer = await app.as('heping.officer');
    const c = await acceptedCase();
    const verified = c.verified;
    expect(verified).toBeGreaterThan(0);
    const note = '2015年因盗窃罪被判处有期徒刑一年';
    await step(officer, 'decideApplication', c.id, { outcome: 'RECORD_FOUND', note });
    const decider = await displayName('heping.officer');

    const page = await signIn('heping.supervisor');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    await act(page, 'SIGN_OFF');
    await page.waitForSelector('[data-testid=signoff-summary]');
    expect(await page.textContent('[data-testid=signoff-outcome]')).toBe('有犯罪记录');
    await expect.poll(() => page.textContent('[data-testid=signoff-note]')).toBe(note);
    const decided = present(await page.textContent('[data-testid=signoff-decided]'), 'who decided and when');
    expect(decided).toContain(decider);
    expect(nearNow(present(decided.match(DATE_TIME), `a date and time in "${decided}"`)[0])).toBe(true);
    const links = page.locator('[data-testid=signoff-evidence] a');
    expect(await links.count()).toBe(verified);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/api\/documents\/\d+\/content$/);

    await page.screenshot({ path: path.join(ARTIFACTS, 'case-signoff-dialog.png') });
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role=dialog]', { state: 'detached' });
    await toEnglish(page);
    await page.waitForSelector('[data-action=SIGN_OFF]:has-text("Sign")');
    await act(page, 'SIGN_OFF');
    await page.waitForSelector('[data-testid=signoff-summary]:has-text("Proposed outcome")');
    expect(await page.textContent('[data-testid=signoff-outcome]')).toBe('Record found');
    await expect.poll(() => page.textContent('[data-testid=signoff-note]')).toBe(note);
    await page.click('[data-testid=approve]');
    await confirm(page);
    await chip(page, 'DECIDED').waitFor();
  });

  it('counts the cases waiting for sign-off on the dashboard, and every card opens its queue', async () => {
    // One case at least waits for a sign-off.
    const officer = await app.as('heping.officer');
    await step(officer, 'decideApplication', (await acceptedCase()).id, {
      outcome: 'SEALED_JUVENILE_RECORD',
      note: '未成年时记录，已封存',
    });
    const client = await app.as('heping.supervisor');
    const counts = (
      await client.data<{
        queueCounts: { byStatus: { status: string; count: number }[]; overdue: number; dueToday: number };
      }>('{ queueCounts { byStatus { status count } overdue dueToday } }')
    ).queueCounts;
    const pending = present(
      counts.byStatus.find((c) => c.status === 'PENDING_SIGNOFF'),
      'the count of PENDING_SIGNOFF',
    ).count;
    expect(pending).toBeGreaterThan(0);

    const page = await signIn('heping.supervisor');
    await expect.poll(() => page.textContent('[data-testid=card-pending-signoff]')).toBe(String(pending));
    const rowsAll = (selector: string) =>
      page.waitForFunction((sel) => {
        const rows = [...document.querySelectorAll('tbody tr')];
        return rows.length > 0 && rows.every((row) => row.querySelector(sel));
      }, selector);

    await page.click('[data-testid=card-pending-signoff-link]');
    await page.waitForURL(
      (url) => url.hash.startsWith('#/applications?') && decodeURIComponent(url.hash).includes('PENDING_SIGNOFF'),
    );
    await rowsAll('[data-status=PENDING_SIGNOFF]');
    expect(await page.getAttribute('[data-testid=tab-PENDING_SIGNOFF]', 'aria-selected')).toBe('true');

    await page.goto(`${app.server.url}/#/`);
    await page.click('[data-testid=card-open-link]');
    await page.waitForURL((url) => url.hash.startsWith('#/applications?'));
    await page.waitForSelector('tbody tr [data-status]');
    const statuses = await page
      .locator('tbody tr [data-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    for (const status of statuses) expect(['DELIVERED', 'NOT_ACCEPTED', 'WITHDRAWN']).not.toContain(status);

    await page.goto(`${app.server.url}/#/`);
    await page.click('[data-testid=card-overdue-link]');
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes('"slaState":"OVERDUE"'));
    if (counts.overdue > 0) await rowsAll('[data-sla=OVERDUE]');

    // 今日到期 opens exactly the cases it counts (it used to open every case due soon).
    await page.goto(`${app.server.url}/#/`);
    await page.click('[data-testid=card-due-today-link]');
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes('"dueToday":true'));
    const queued = (
      await client.data<{ applications: { total: number } }>('{ applications(filter: { dueToday: true }) { total } }')
    ).applications.total;
    expect(queued).toBe(counts.dueToday);
    await expect.poll(() => page.locator('tbody tr td.column-referenceNo').count()).toBe(Math.min(queued, 25));

    for (const card of ['card-decided-week', 'card-met-month']) {
      await page.goto(`${app.server.url}/#/`);
      await page.click(`[data-testid=${card}-link]`);
      await page.waitForURL((url) => url.hash.startsWith('#/reports'));
    }
  });

  it('charts the busiest working offices of the city, never a bureau beside its own stations, with every name readable', async () => {
    const client = await app.as('city.supervisor');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const month = `${today.slice(0, 8)}01`;
    const { rows } = (
      await client.data<{ workloadReport: { rows: WorkloadRow[] } }>(
        'query($input: WorkloadReportInput!) { workloadReport(input: $input) { rows { key label parentKey received openNow decided } } }',
        {
          input: { from: month, to: today, groupBy: 'OFFICE' },
        },
      )
    ).workloadReport;
    const parents = new Set(rows.map((r) => r.parentKey));
    const working = rows.filter((r) => !parents.has(r.key) && (r.received || r.openNow || r.decided));
    expect(working.length).toBeGreaterThan(0);

    const page = await signIn('city.supervisor');
    const ticks = page.locator(
      '[data-testid=office-chart] .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value',
    );
    await expect.poll(() => ticks.count(), { timeout: 15_000 }).toBe(Math.min(10, working.length));
    const names = await ticks.allTextContents();
    const bureaus = rows.filter((r) => parents.has(r.key)).map((r) => r.label);
    for (const name of names) {
      expect(working.map((r) => r.label)).toContain(name);
      expect(bureaus).not.toContain(name);
    }
    // No office name is cut: each tick lies wholly inside the chart.
    const inside = await page.evaluate(() => {
      const chartElement = document.querySelector('[data-testid=office-chart]');
      if (!chartElement) throw new Error('the office chart is missing');
      const chart = chartElement.getBoundingClientRect();
      return [
        ...document.querySelectorAll(
          '[data-testid=office-chart] .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value',
        ),
      ].every((t) => {
        const box = t.getBoundingClientRect();
        return box.left >= chart.left - 1 && box.right <= chart.right + 1;
      });
    });
    expect(inside).toBe(true);
    if (working.length > 10)
      expect(await page.textContent('[data-testid=office-chart-more]')).toContain(String(working.length));
    await page.screenshot({ path: path.join(ARTIFACTS, 'case-dashboard-city.png') });
  });
});

describe('the papers (point 9)', () => {
  it('pans a zoomed or turned paper to every edge', async () => {
    const client = await app.as('heping.officer');
    const { applications } = await client.data<{
      applications: { items: { id: string; documents: { contentType: string }[] }[] };
    }>('{ applications(filter: { status: [SUBMITTED] }, perPage: 20) { items { id documents { contentType } } } }');
    const c = applications.items.find((a) => a.documents.some((d) => d.contentType.startsWith('image/')));
    expect(c).toBeTruthy();
    if (!c) throw new Error('a submitted case with an image among its papers is missing');
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    await page.waitForSelector('[data-testid=document-title]');
    for (let i = 0; i < 20 && !(await page.locator('[data-testid=document-image]').count()); i++)
      await page.keyboard.press(']');
    await page.waitForFunction(
      () => (document.querySelector('[data-testid=document-image]') as HTMLImageElement).style.visibility === 'visible',
    );

    /** Where the image lies in its frame scrolled to the very left and top, then to the very right and bottom. */
    const edges = () =>
      page.evaluate(async () => {
        const frame = document.querySelector('[data-testid=document-frame]') as HTMLElement;
        const image = document.querySelector('[data-testid=document-image]') as HTMLElement;
        const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))); // the change drawn
        await settle();
        frame.scrollTo(0, 0);
        const f = frame.getBoundingClientRect();
        const start = image.getBoundingClientRect();
        frame.scrollTo(frame.scrollWidth, frame.scrollHeight);
        const end = image.getBoundingClientRect();
        return {
          scrolls: frame.scrollWidth > frame.clientWidth && frame.scrollHeight > frame.clientHeight,
          left: start.left - f.left,
          top: start.top - f.top,
          right: f.left + frame.clientWidth - end.right,
          bottom: f.top + frame.clientHeight - end.bottom,
        };
      });

    // The widest gap between the paper and an edge of its frame, scrolled to either end, asked until
    // the page has drawn the change (a loaded machine may take a while).
    const widestGap = async () => {
      const at = await edges();
      return at.scrolls ? Math.max(...[at.left, at.top, at.right, at.bottom].map(Math.abs)) : Number.POSITIVE_INFINITY;
    };
    for (let i = 0; i < 5; i++) await page.click('[data-testid=zoom-in]');
    await expect.poll(widestGap, { timeout: 10_000 }).toBeLessThanOrEqual(1);

    await page.click('[data-testid=rotate]');
    await expect.poll(widestGap, { timeout: 10_000 }).toBeLessThanOrEqual(1);

    // Dragging pans the zoomed paper: the frame scrolls by what the pointer moved, against it.
    const frame = page.locator('[data-testid=document-frame]');
    await frame.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
    const before = await frame.evaluate((el) => ({ x: el.scrollLeft, y: el.scrollTop }));
    const box = present(await frame.boundingBox(), 'the frame on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 4 });
    await page.mouse.up();
    const after = await frame.evaluate((el) => ({ x: el.scrollLeft, y: el.scrollTop }));
    expect(before.x - after.x).toBeCloseTo(60, -1);
    expect(before.y - after.y).toBeCloseTo(40, -1);
  });

  it('carries the papers rejected on verification into a supplement request, kinds and reasons', async () => {
    const client = await app.as('heping.officer');
    const { applications } = await client.data<{
      applications: { items: { id: string; assignee: unknown; documents: { id: string; kind: string }[] }[] };
    }>(
      '{ applications(filter: { status: [SUBMITTED] }, sort: { field: SUBMITTED_AT, order: DESC }, perPage: 50) { items { id assignee { id } documents { id kind } } } }',
    );
    const c = applications.items.find((a) => !a.assignee && a.documents.length >= 2);
    if (!c) throw new Error('a free submitted case with two papers is missing');
    const [first, second] = c.documents;
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    await page.waitForSelector(`[data-testid=document-title][data-document-id="${first.id}"]`);
    await page.fill('[placeholder="退回原因"]', '照片模糊');
    await page.click('[data-testid=reject-document]');
    await expect.poll(() => page.textContent('[data-testid=document-status]')).toBe('已退回');
    await page.keyboard.press(']');
    await page.waitForSelector(`[data-testid=document-title][data-document-id="${second.id}"]`);
    await page.fill('[placeholder="退回原因"]', '已过期');
    await page.click('[data-testid=reject-document]');
    await expect.poll(() => page.textContent('[data-testid=document-status]')).toBe('已退回');
    await act(page, 'REQUEST_SUPPLEMENT');
    const checked = await page.$$eval('[role=dialog] input[type=checkbox]:checked', (boxes) =>
      boxes.map((b) => (b as HTMLInputElement).value),
    );
    expect(checked.sort()).toEqual([...new Set([first.kind, second.kind])].sort());
    expect(await page.inputValue('[role=dialog] textarea[name=reason]')).toBe('照片模糊；已过期');
  });

  it('offers the reasons the administrator keeps (point 12): picked into the reason, still the officer’s to change', async () => {
    // The administrator words one in the console.
    const text = '申请事项与所附材料不符，请核对后重新申请';
    const admin = await signIn('admin');
    await admin.goto(`${app.server.url}/#/reasonTemplates/create`);
    await admin.click('[name=kind] >> xpath=..');
    await admin.click('li[data-value=NOT_ACCEPTED]');
    await admin.fill('textarea[name=text]', text);
    await admin.fill('input[name=position]', '1');
    await admin.click('button[type=submit]');
    await admin.waitForSelector(`text=${text}`);

    const client = await app.as('heping.officer');
    const { applications } = await client.data<{ applications: { items: { id: string }[] } }>(
      '{ applications(filter: { status: [SUBMITTED], unassigned: true }, perPage: 1) { items { id } } }',
    );
    const c = present(applications.items[0], 'a free submitted case');
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    await act(page, 'NOT_ACCEPT');
    await page.click('[data-testid=reason-template]');
    // Its kind's templates only, the new one first (its place is 1).
    const offered = await page.locator('[role=listbox] li').allTextContents();
    expect(offered[0]).toBe(text);
    expect(offered.some((t) => t.includes('补充'))).toBe(false);
    await page.click(`[role=listbox] li:has-text("${text}")`);
    const reason = page.locator('[role=dialog] textarea[name=reason]');
    expect(await reason.inputValue()).toBe(text);
    await reason.fill(`${text}（缺少委托书）`);
    await confirm(page);
    await chip(page, 'NOT_ACCEPTED').waitFor();
    const { application } = await client.data<{ application: { statusReason: string } }>(
      'query($id: ID!) { application(id: $id) { statusReason } }',
      { id: c.id },
    );
    expect(application.statusReason).toBe(`${text}（缺少委托书）`);
  });

  it('moves on to the next missing kind after an upload, shows the new paper, and drops the supplement note once received', async () => {
    const client = await app.as('heping.officer');
    const { applications } = await client.data<{
      applications: { items: { id: string; agent: { name: string } | null }[] };
    }>(
      '{ applications(filter: { status: [SUBMITTED], unassigned: true, subjectCategory: CITIZEN, applicantKind: INDIVIDUAL }, perPage: 20) { items { id agent { name } } } }',
    );
    const c = applications.items.find((a) => !a.agent);
    expect(c).toBeTruthy();
    if (!c) throw new Error('an unassigned submitted case without an agent is missing');
    const reason = '身份证人像面、国徽面不清晰，请重新提交';
    await step(client, 'requestSupplement', c.id, { reason, kinds: ['ID_CARD_FRONT', 'ID_CARD_BACK'] });

    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    await chip(page, 'AWAITING_SUPPLEMENT').waitFor();
    expect(await page.textContent('[data-testid=status-reason]')).toContain(reason);
    const kind = () => page.getAttribute('[data-testid=upload-kind] input', 'value');
    expect(await kind()).toBe('ID_CARD_FRONT');

    const uploaded = page.waitForResponse(
      (r) => r.url().endsWith(`/api/applications/${c.id}/documents`) && r.request().method() === 'POST',
    );
    await page.setInputFiles('[data-testid=upload-input]', { name: 'front.png', mimeType: 'image/png', buffer: PNG });
    const document = await (await uploaded).json();
    expect(document.kind).toBe('ID_CARD_FRONT');
    await page.waitForSelector(`[data-testid=document-title][data-document-id="${document.id}"]`);
    expect(await page.textContent('[data-testid=document-title]')).toContain('身份证人像面');
    expect(await page.textContent('[data-testid=document-status]')).toBe('待核验');
    expect(await kind()).toBe('ID_CARD_BACK');

    const second = page.waitForResponse(
      (r) => r.url().endsWith(`/api/applications/${c.id}/documents`) && r.request().method() === 'POST',
    );
    await page.setInputFiles('[data-testid=upload-input]', { name: 'back.png', mimeType: 'image/png', buffer: PNG });
    const back = await (await second).json();
    expect(back.kind).toBe('ID_CARD_BACK');
    await page.waitForSelector(`[data-testid=document-title][data-document-id="${back.id}"]`);
    expect(await kind()).toBe('OTHER'); // nothing asked for is left

    await act(page, 'SUPPLEMENT_RECEIVED');
    await chip(page, 'SUBMITTED').waitFor();
    await expect.poll(() => page.locator('[data-testid=status-reason]').count()).toBe(0);
    // The server keeps the request's reason in statusReason; the console no longer shows it as the status.
    const after = (
      await client.data<{ application: { statusReason: string | null } }>(
        'query($id: ID!) { application(id: $id) { statusReason } }',
        { id: c.id },
      )
    ).application;
    expect([null, reason]).toContain(after.statusReason);
  });
});

describe('mailing and delivery (point 10)', () => {
  it('checks the tracking number once it is complete or left, defaults the delivery to now, then shows when it was delivered and who held the case', async () => {
    const client = await app.as('heping.officer');
    const c = await acceptedCase(', delivery: MAIL');
    await step(client, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    if (c.feeAmount > 0) await step(client, 'recordFeePayment', c.id, { receiptNo: 'R-2026-0001' });
    await step(client, 'issueDocument', c.id);
    const holder = await displayName('heping.officer');

    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${c.id}/show`);
    await act(page, 'RECORD_MAILING');
    const field = '[role=dialog] [name=trackingNumber]';
    const invalid = () => page.getAttribute(field, 'aria-invalid');
    for (const ch of 'EA12345') {
      await page.locator(field).pressSequentially(ch);
      expect(await invalid()).toBe('false'); // no error while the number is being typed
    }
    expect(await page.isDisabled('[data-testid=confirm-action]')).toBe(true);
    await page.press(field, 'Tab'); // left unfinished: now it says what is wrong
    await expect.poll(invalid).toBe('true');
    expect(await page.textContent('[role=dialog]')).toContain('运单号应为13位');

    await page.fill(field, 'EA123456784CN'); // complete, wrong check digit
    await page.focus(field);
    await expect.poll(invalid).toBe('true');
    const dialog = present(await page.textContent('[role=dialog]'), 'the mailing dialog');
    expect(dialog).toContain('运单号校验位不正确');
    expect(dialog).not.toMatch(/should be|check digit/);
    await page.fill(field, 'EA123456785CN');
    await expect.poll(invalid).toBe('false');
    await confirm(page);
    await chip(page, 'MAILED').waitFor();

    await act(page, 'RECORD_DELIVERY');
    const defaultValue = await page.inputValue('[role=dialog] [name=deliveredAt]');
    // Written YYYY-MM-DD HH:mm whatever the browser's language.
    expect(defaultValue).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(nearNow(defaultValue)).toBe(true);
    await confirm(page);
    await chip(page, 'DELIVERED').waitFor();

    await expect.poll(() => page.locator('[data-testid=delivered-at]').count()).toBe(1);
    const delivered = present(await page.textContent('[data-testid=delivered-at]'), 'when the case was delivered');
    expect(delivered).toMatch(DATE_TIME);
    expect(nearNow(delivered)).toBe(true);
    await expect.poll(() => page.textContent('[data-testid=held-by]')).toBe(`${holder}（已办结）`);

    await toEnglish(page);
    await expect.poll(() => page.textContent('[data-testid=held-by]')).toBe(`${holder} (case closed)`);
  });
});
