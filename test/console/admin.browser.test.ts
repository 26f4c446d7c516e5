import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../server/calendar/calendar.service';
import { ARTIFACTS, browserConsole, toEnglish } from '../support/browser';
import type { Client, TestApp } from '../support/harness';
import { acceptedCase } from '../support/workflow';

// Administration in Debian's Chromium against the real server on SQLite with demo data (issue 11,
// point 17): the password reset as its own action, the calendar's confirmation and undo, the
// officer search. The set-up is browser.test.ts's.
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
  const { officers } = await admin.data('query($q: String) { officers(q: $q) { items { id username } } }', { q: username });
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
    expect(await (await page.waitForSelector('[data-testid=reset-password-error]')).textContent()).toBe('该密码过于常见，请另选一个');
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
    expect(await page.textContent('[data-testid=reset-password-warning]')).toContain('This ends all sessions of this officer');
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
      (await admin.data('{ applications(perPage: 500, filter: { status: [ACCEPTED] }) { items { id dueAt } } }')).applications.items;
    const before = await due();
    const lastCasesMoved = async () =>
      (await admin.data('query($d: String!) { auditTrail(entityType: "CalendarDay", entityId: $d) { items { detail } } }', { d: day })).auditTrail
        .items[0]?.detail.casesMoved;

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
    expect(await page.textContent('[data-testid=calendar-impact]')).toBe(`将调整 ${expected} 件在办或暂停计时案件的办理期限。`);
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
