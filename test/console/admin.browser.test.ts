import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../server/calendar/calendar.service';
import { HallEvent, HallEventStatus } from '../../server/hall-events/hall-event.entity';
import { ARTIFACTS, browserConsole, toEnglish } from '../support/browser';
import { ApiDocument, Hall } from '../support/hall';
import { Client, type TestApp } from '../support/harness';
import { application } from '../support/inputs';
import { acceptedCase, PNG, step } from '../support/workflow';

// Administration in Debian's Chromium against the real server on SQLite with demo data (issue 11,
// point 17): the password reset as its own action, the calendar's confirmation and undo, the
// officer search; the online hall's clients and an online case's page. The set-up is browser.test.ts's.
const ui = browserConsole({ applications: 100, prefix: 'admin-', expectedStatus: /status of 40[014]/ });
const signIn = ui.signIn;
let app: TestApp;
let admin: Client;
beforeAll(async () => {
  app = ui.app;
  admin = await app.as('admin');
});

/** Waits for a toast saying `text`. */
const toast = (page: Page, text: string) => page.waitForSelector(`.MuiSnackbarContent-message:has-text("${text}")`);

async function officerId(username: string): Promise<string> {
  const { officers } = await admin.data('query($q: String) { officers(q: $q) { items { id username } } }', {
    q: username,
  });
  return officers.items.find((o: { username: string }) => o.username === username).id;
}

const ME = '{ me { username } }';

describe('administration in the console', () => {
  it('resets a password by its own action: twice, by the password rule, warning that every session ends', async () => {
    const id = await officerId('dadong.officer');
    const session = await app.as('dadong.officer');
    const page = await signIn('admin');
    await page.goto(`${app.server.url}/#/officers/${id}`);
    await page.waitForSelector('input[name=username][value="dadong.officer"]');
    // The general form no longer holds a password.
    expect(await page.locator('form input[name=password]').count()).toBe(0);

    await page.click('[data-testid=reset-password]');
    await page.waitForSelector('[role=dialog] >> text=重置 大东民警');
    expect(await page.textContent('[data-testid=reset-password-warning]')).toContain('将结束该民警的所有会话');
    const confirm = page.locator('[data-testid=confirm-reset-password]');
    await page.fill('[role=dialog] input[name=newPassword]', 'short');
    await page.locator('[role=dialog] input[name=repeatPassword]').focus();
    await page.waitForSelector('[role=dialog] >> text=密码至少 12 位');
    expect(await confirm.isDisabled()).toBe(true);

    // The rule's other half is the server's: a common password is refused in the dialog, in Chinese.
    await page.fill('[role=dialog] input[name=newPassword]', 'password1234');
    await page.fill('[role=dialog] input[name=repeatPassword]', 'password1234');
    await confirm.click();
    expect(await (await page.waitForSelector('[data-testid=reset-password-error]')).textContent()).toBe(
      '该密码过于常见，请另选一个',
    );
    expect((await session.gql(ME)).data?.me.username).toBe('dadong.officer');

    await page.fill('[role=dialog] input[name=newPassword]', 'dadong-reset-password');
    await page.fill('[role=dialog] input[name=repeatPassword]', 'dadong-reset-passwort');
    await page.locator('[role=dialog] input[name=newPassword]').focus();
    await page.waitForSelector('[role=dialog] >> text=两次输入的密码不一致');
    expect(await confirm.isDisabled()).toBe(true);
    await page.fill('[role=dialog] input[name=repeatPassword]', 'dadong-reset-password');
    await confirm.click();
    await toast(page, '密码已重置');
    await page.waitForSelector('[role=dialog]', { state: 'detached' });
    expect((await session.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.anonymous().login('dadong.officer', 'dadong-reset-password')).status).toBe(200);

    // Saving the general form changes no password.
    await page.fill('input[name=displayName]', '大东民警 改名');
    await page.click('button[type=submit]');
    await toast(page, '条目已更新');
    expect((await app.anonymous().login('dadong.officer', 'dadong-reset-password')).status).toBe(200);

    await toEnglish(page);
    await page.goto(`${app.server.url}/#/officers/${id}`);
    await page.click('[data-testid=reset-password]:has-text("Reset password")');
    expect(await page.textContent('[data-testid=reset-password-warning]')).toContain(
      'This ends all sessions of this officer',
    );
    await page.waitForSelector('[role=dialog] >> text=At least 12 characters, not a common password');
  });

  it('searches the officer list by username or name', async () => {
    const page = await signIn('admin');
    await page.goto(`${app.server.url}/#/officers`);
    await page.waitForSelector('tbody tr >> text=admin');
    const usernames = () => page.locator('tbody tr td:nth-child(1)').allTextContents();
    expect(await page.getAttribute('input[name=q]', 'placeholder')).toBe('搜索用户名或姓名');
    await page.fill('input[name=q]', 'heping');
    await expect.poll(usernames).toEqual(['heping.officer', 'heping.officer2', 'heping.supervisor']);
    await page.fill('input[name=q]', '出入境');
    await expect.poll(usernames).toEqual(['exit.officer', 'exit.officer2']);
    await page.fill('input[name=q]', '100%_');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(0);
    await page.fill('input[name=q]', '');
    await expect.poll(async () => (await usernames()).length).toBeGreaterThan(10);
    await toEnglish(page);
    await expect.poll(() => page.getAttribute('input[name=q]', 'placeholder')).toBe('Search username or name');
  });

  it('asks before switching a calendar day, with the number of cases it moves, and undoes it from the toast', async () => {
    await acceptedCase(await app.as('heping.officer')); // at least one clock running over the next working days
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const day = (await WorkCalendar.load(app.ds.manager)).nthWorkdayAfter(today, 2);
    const IMPACT = 'query($d: Date!) { calendarDayImpact(date: $d) }';
    const expected = (await admin.data(IMPACT, { d: day })).calendarDayImpact;
    expect(expected).toBeGreaterThan(0);
    const due = async () =>
      (await admin.data('{ applications(perPage: 500, filter: { status: [ACCEPTED] }) { items { id dueAt } } }'))
        .applications.items;
    const before = await due();
    const lastCasesMoved = async () =>
      (
        await admin.data(
          'query($d: String!) { auditTrail(entityType: "CalendarDay", entityId: $d) { items { detail } } }',
          { d: day },
        )
      ).auditTrail.items[0]?.detail.casesMoved;

    const page = await signIn('admin');
    await page.goto(`${app.server.url}/#/calendar`);
    if (day.slice(0, 7) !== today.slice(0, 7)) await page.click('[data-testid=next-month]');
    const cell = page.locator(`[data-date="${day}"]`);
    expect(await cell.getAttribute('data-workday')).toBe('true');

    // Cancelled, nothing changes.
    await cell.click();
    await page.waitForSelector(`[data-testid=calendar-impact][data-count="${expected}"]`);
    await page.click('[role=dialog] button:has-text("取消")');
    await page.waitForSelector('[role=dialog]', { state: 'detached' });
    expect(await cell.getAttribute('data-workday')).toBe('true');
    expect(await lastCasesMoved()).toBeUndefined();

    await cell.click();
    await page.waitForSelector(`[role=dialog] >> text=将 ${day} 设为休息日？`);
    expect(await page.textContent('[data-testid=calendar-impact]')).toBe(
      `将调整 ${expected} 件在办或暂停计时案件的办理期限。`,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-calendar-confirm.png') });
    await page.click('[data-testid=confirm-calendar-day]');
    await toast(page, `${day} 已设为休息日，${expected} 件案件的办理期限已调整`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-calendar-undo-toast.png') });
    await page.waitForSelector(`[data-date="${day}"][data-workday=false]`);
    expect(await lastCasesMoved()).toBe(expected);
    expect(await due()).not.toEqual(before);

    await page.click('[data-testid=undo-calendar-day]:has-text("撤销")');
    await toast(page, `已撤销：${day} 恢复为工作日`);
    await page.waitForSelector(`[data-date="${day}"][data-workday=true]`);
    expect(await lastCasesMoved()).toBe(expected);
    expect(await due()).toEqual(before);

    await toEnglish(page);
    if (day.slice(0, 7) !== today.slice(0, 7)) await page.click('[data-testid=next-month]');
    await cell.click();
    await page.waitForSelector(`[role=dialog] >> text=Make ${day} a Holiday?`);
    await page.waitForSelector(`[data-testid=calendar-impact]:has-text("${expected} running or paused case")`);
    await page.click('[role=dialog] button:has-text("Cancel")');
    await page.waitForSelector('[role=dialog]', { state: 'detached' });
  });
});

describe('an officer leaving (point 15)', () => {
  it('asks who takes over the open cases in the same step as the deactivation, and marks cases held by an inactive officer', async () => {
    // A station officer of 浑河湾 holding two cases.
    const { offices } = await admin.data<{ offices: { items: { id: string }[] } }>(
      '{ offices(q: "浑河湾") { items { id } } }',
    );
    const created = await admin.data<{ createOfficer: { id: string } }>(
      'mutation($input: OfficerInput!) { createOfficer(input: $input) { id } }',
      {
        input: {
          username: 'leaving.browser',
          displayName: '将离岗民警',
          role: 'STATION_OFFICER',
          officeId: offices.items[0].id,
          password: 'a-password-of-the-one-leaving',
        },
      },
    );
    const leaving = new Client(app.server.url);
    expect((await leaving.login('leaving.browser', 'a-password-of-the-one-leaving')).status).toBe(200);
    const held: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { submitApplication } = await admin.data<{ submitApplication: { id: string } }>(
        'mutation($input: ApplicationInput!) { submitApplication(input: $input) { id } }',
        { input: application() },
      );
      await leaving.data('mutation($id: ID!) { claimApplication(id: $id, version: 1) { id } }', {
        id: submitApplication.id,
      });
      held.push(submitApplication.id);
    }

    const page = await signIn('admin');
    await page.goto(`${app.server.url}/#/officers/${created.createOfficer.id}`);
    await page.waitForSelector('input[name=username][value="leaving.browser"]');
    await page.locator('input[name=active]').uncheck();
    expect(await page.textContent('[data-testid=open-cases-held]')).toContain('2 件未办结案件');
    await page.click('[name=handOverTo] >> xpath=..');
    await page.click('li:has-text("heping.officer")');
    await page.click('button[type=submit]');
    await toast(page, '条目已更新');
    const { applications } = await admin.data<{ applications: { items: { assignee: { username: string } }[] } }>(
      'query($ids: [ID!]!) { applications(filter: { ids: $ids }) { items { assignee { username } } } }',
      { ids: held },
    );
    expect(applications.items.map((a) => a.assignee.username)).toEqual(['heping.officer', 'heping.officer']);
    // The case's history says why it changed hands, in words.
    const officer = await signIn('heping.officer');
    await officer.goto(`${app.server.url}/#/applications/${held[1]}/show`);
    await officer.click('[data-testid=history-tab]');
    await officer.waitForSelector('[data-testid=history-line][data-action=ASSIGN] >> text=原承办民警停用，案件移交');

    // A case left with an officer made inactive before this step (as the database may hold) is marked in the queue.
    const orphan = held[0];
    await app.ds.query('UPDATE application SET assigneeId = ? WHERE id = ?', [
      Number(created.createOfficer.id),
      Number(orphan),
    ]);
    const supervisor = await signIn('heping.supervisor');
    await supervisor.goto(
      `${app.server.url}/#/applications?filter=${encodeURIComponent(JSON.stringify({ ids: [orphan] }))}`,
    );
    expect(await (await supervisor.waitForSelector('[data-testid=inactive-holder]')).textContent()).toBe('（已停用）');
  });
});

describe('the online hall in the console', () => {
  /** A hall as test/hall/hall.test.ts plays it, checked against openapi.json. */
  const hallOf = async (clientId: string, secret: string) =>
    new Hall(app.server.url, await ApiDocument.of(app.server.url), clientId, secret);
  const tokenStatus = async (clientId: string, secret: string) =>
    (await (await hallOf(clientId, secret)).tokenRequest()).status;
  const secretDialog = async (page: Page) => {
    await page.waitForSelector('[data-testid=secret-dialog] [data-testid=issued-secret]');
    return {
      clientId: await page.inputValue('[data-testid=issued-client-id] input'),
      secret: await page.inputValue('[data-testid=issued-secret] input'),
    };
  };
  const closeSecret = async (page: Page) => {
    await page.click('[data-testid=secret-done]');
    await page.waitForSelector('[data-testid=secret-dialog]', { state: 'detached' });
  };

  it('registers a client, shows its secret once, rotates it with a grace period and disables the client', async () => {
    const name = `网上大厅测试 ${randomUUID().slice(0, 6)}`;
    const page = await signIn('admin');
    await page.click('a[href="#/hallClients"]');
    await page.click('a[href="#/hallClients/create"]');
    await page.fill('input[name=name]', name);
    // All three scopes are offered at first; a callback address must be http(s).
    expect(await page.locator('.MuiSelect-select .MuiChip-root').count()).toBe(3);
    await page.fill('input[name=callbackUrl]', 'ftp://hall.example');
    await page.click('button[type=submit]');
    await page.waitForSelector('text=请填写以 http:// 或 https:// 开头、不超过 500 个字符的地址');
    await page.fill('input[name=callbackUrl]', '');
    await page.click('button[type=submit]');

    // The secret, once: it signs the client in, and the page forgets it when the dialog closes.
    const first = await secretDialog(page);
    expect(first.clientId).toMatch(/^hc_[0-9a-f]{16}$/);
    expect(await page.textContent('[data-testid=secret-warning]')).toContain('该密钥仅在此显示一次');
    expect(await page.textContent('[data-testid=copy-hint]')).toContain('安全渠道');
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-hall-client-secret.png') });
    expect(await tokenStatus(first.clientId, first.secret)).toBe(200);
    await page.keyboard.press('Escape'); // not closed by a stray key
    expect(await page.locator('[data-testid=secret-dialog]').count()).toBe(1);
    await closeSecret(page);
    const row = page.locator(`tbody tr:has-text("${name}")`);
    await row.waitFor();
    expect(await row.locator('[data-testid=client-id]').textContent()).toBe(first.clientId);
    expect(await row.locator('[data-testid=client-scopes]').getAttribute('data-scopes')).toBe('intake payments status');
    expect(await row.locator('[data-testid=client-active]').textContent()).toBe('已启用');
    expect(await page.content()).not.toContain(first.secret);

    // A new secret; the old one works through the grace period.
    await row.click();
    await page.waitForSelector(`input[name=name][value="${name}"]`);
    await page.click('[data-testid=rotate-secret]');
    await page.fill('[role=dialog] input[name=graceMinutes]', '20000');
    await page.waitForSelector('[role=dialog] >> text=请输入 0 至 10080 之间的整数');
    expect(await page.locator('[data-testid=confirm-rotate-secret]').isDisabled()).toBe(true);
    await page.fill('[role=dialog] input[name=graceMinutes]', '30');
    await page.click('[data-testid=confirm-rotate-secret]');
    const second = await secretDialog(page);
    expect(second.clientId).toBe(first.clientId);
    expect(second.secret).not.toBe(first.secret);
    expect(await tokenStatus(first.clientId, second.secret)).toBe(200);
    expect(await tokenStatus(first.clientId, first.secret)).toBe(200);
    await closeSecret(page);
    await expect.poll(() => page.getAttribute('[data-testid=previous-valid-until]', 'data-expired')).toBe('false');
    expect(await page.locator('button:has-text("删除")').count()).toBe(0); // a client is disabled, not deleted
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-hall-client-edit.png') });

    // Disabled, it gets no token.
    await page.locator('input[name=active]').uncheck();
    await page.click('button[type=submit]');
    await toast(page, '条目已更新');
    expect(await tokenStatus(first.clientId, second.secret)).toBe(401);
    await page.goto(`${app.server.url}/#/hallClients`);
    expect(await page.locator(`tbody tr:has-text("${name}") [data-testid=client-active]`).textContent()).toBe('已停用');
  });

  describe('an online case', () => {
    /** The hall's callback address: takes every callback. */
    let receiver: http.Server;
    beforeAll(async () => {
      receiver = http.createServer((req, res) => {
        req.resume();
        req.on('end', () => res.writeHead(200).end());
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      receiver?.closeAllConnections();
      await new Promise((resolve) => receiver?.close(resolve));
    });

    it('shows its channel, the hall reference, a supplement answered online and the callbacks to the hall; posts a failed callback again', async () => {
      const callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/callbacks`;
      const { createHallClient } = await admin.data(
        'mutation($input: HallClientInput!) { createHallClient(input: $input) { client { clientId } clientSecret } }',
        { input: { name: '网上大厅（案件页测试）', scopes: ['intake', 'status'], callbackUrl } },
      );
      const hall = await (await hallOf(createHallClient.client.clientId, createHallClient.clientSecret)).signIn();
      const { channel: _counter, ...input } = application();
      const hallReference = `H-${randomUUID()}`;
      const submitted = await hall.submit({ ...input, hallReference }, randomUUID());
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
      const referenceNo: string = submitted.body.referenceNo;
      const officer = await app.as('heping.officer');
      const { items } = (
        await officer.data('query($q: String) { applications(filter: { q: $q }) { items { id } } }', { q: referenceNo })
      ).applications;
      const id = items[0].id;
      // The officer asks for a photo; the applicant uploads it and says so through the hall.
      await step(officer, 'requestSupplement', id, { reason: '请补充照片', kinds: ['PHOTO'] });
      expect((await hall.upload(referenceNo, 'PHOTO', PNG, 'photo.png', randomUUID())).status).toBe(201);
      expect((await hall.call('POST', `/applications/${referenceNo}/supplement`)).status).toBe(200);
      const EVENTS = 'query($id: ID!) { application(id: $id) { hallEvents { id event status } } }';
      await expect
        .poll(async () => (await officer.data(EVENTS, { id })).application.hallEvents[0]?.status)
        .toBe('SENT');
      // As if the hall had refused it after every attempt.
      const [event] = (await officer.data(EVENTS, { id })).application.hallEvents;
      expect(event.event).toBe('SUPPLEMENT_REQUESTED');
      await app.ds
        .getRepository(HallEvent)
        .update(
          { id: Number(event.id) },
          { status: HallEventStatus.FAILED, attempts: 8, sentAt: null, lastError: 'hall answered HTTP 503' },
        );

      const page = await signIn('heping.officer');
      expect(await page.locator('a[href="#/hallClients"]').count()).toBe(0); // administrators only
      await page.goto(`${app.server.url}/#/applications/${id}/show`);
      await page.waitForSelector('[data-testid=hall-events-panel]');
      expect(await page.textContent('[data-testid=case-channel]')).toBe('网上办理');
      expect(await page.textContent('[data-testid=hall-reference]')).toBe(hallReference);
      expect(await page.textContent('[data-testid=supplement-answered]')).toContain(
        '通过网上办事大厅告知所需补正材料已上传',
      );
      const callback = page.locator('[data-testid=hall-event][data-event=SUPPLEMENT_REQUESTED]');
      expect(await callback.locator('[data-testid=hall-event-event]').textContent()).toBe('要求补正');
      expect(await callback.locator('[data-testid=hall-event-status]').textContent()).toBe('推送失败');
      expect(await callback.locator('[data-testid=hall-event-error]').textContent()).toBe(
        '失败原因：hall answered HTTP 503',
      );
      expect(await callback.locator('[data-testid=hall-event-details]').textContent()).toContain('尝试 8 次');
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-online-case.png'), fullPage: true });
      // Nothing on it (a long text message, the hall's reference) widens the page past the window.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
      await page
        .locator('[data-testid=hall-events-panel]')
        .screenshot({ path: path.join(ARTIFACTS, 'admin-hall-events-failed.png') });
      await callback.locator('[data-testid=resend-hall-event]').click();
      await toast(page, '已重新提交推送');
      // Back to PENDING, posted within seconds: the page asks again until it is.
      await expect.poll(() => callback.getAttribute('data-status'), { timeout: 20_000, interval: 250 }).toBe('SENT');
      expect(await page.locator('[data-testid=resend-hall-event]').count()).toBe(0);

      // The queue's quick filter finds it among the supplements to confirm.
      await page.goto(`${app.server.url}/#/applications`);
      await page.click('[data-testid=quick-supplement_answered]');
      await page.waitForURL((url) => decodeURIComponent(url.hash).includes('"supplementAnswered":true'));
      await expect.poll(() => page.locator('tbody td.column-referenceNo').allTextContents()).toContain(referenceNo);
    });
  });
});
