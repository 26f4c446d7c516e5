import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResidentId } from '../../server/identifiers/identifiers';
import { NOTIFICATIONS } from '../../server/notifications/notification.service';
import { MAX_ATTEMPTS, NotificationJobs } from '../../server/notifications/notification.worker';
import { startWorker, stopWorker } from '../../server/operations/job-worker';
import { ARTIFACTS, browserConsole } from '../support/browser';
import type { TestApp } from '../support/harness';
import { citizen } from '../support/inputs';
import { acceptedCase, step } from '../support/workflow';

// The text messages to the applicant, in Debian's Chromium against the real server on SQLite with
// demo data: the case page's list of them (polled while one is on its way), a message the SMS
// gateway refused shown with why and sent again from its button, and the supervisor's dashboard
// figure of the failed ones. Set up as case.browser.test.ts.
const ui = browserConsole({ applications: 60, prefix: 'notifications-' });
const signIn = ui.signIn;
let app: TestApp;

/** A gateway the test starts in place of the SMS operator's: it answers every message with `answer`. */
let gateway: http.Server;
let answer = 503;

beforeAll(async () => {
  app = ui.app;
  gateway = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(answer).end());
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
});
// Registered after browserConsole's hooks, so run before them: the worker the test started belongs
// to no server and is stopped before the database closes.
afterAll(async () => {
  if (gateway) {
    gateway.closeAllConnections();
    await new Promise((resolve) => gateway.close(resolve));
  }
  if (app) await stopWorker(app.ds, NOTIFICATIONS);
});

/** The messages go out within a second; the page asks for the case every two while one is on its way. */
const SENT = { timeout: 20_000, interval: 250 };

const PHONE = '13812345678';
const MASKED = '138****5678';

const panel = (page: Page) => page.locator('[data-testid=notifications-panel]');
const message = (page: Page, event: string) => page.locator(`[data-testid=notification][data-event=${event}]`);

const NOTES =
  'query($id: ID!) { application(id: $id) { referenceNo notifications { id event status attempts lastError } } }';

describe('the text messages of a case', () => {
  let id: string;
  let reference: string;
  let failedId: string;

  it('lists one line per message on the case page, sent, to the masked phone, the message unfolding', async () => {
    const officer = await app.as('heping.officer');
    const subject = citizen({
      name: '短信测试',
      birthDate: '1987-03-09',
      idNumber: makeResidentId('210102', '1987-03-09', 801),
      phone: PHONE,
    });
    id = (await acceptedCase(officer, { subject })).id;
    await step(officer, 'decideApplication', id, { outcome: 'NO_RECORD' });
    reference = (await officer.data(NOTES, { id })).application.referenceNo;

    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${id}/show`);
    await panel(page).waitFor();
    const rows = page.locator('[data-testid=notification]');
    await expect
      .poll(
        () =>
          rows.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-event')}:${e.getAttribute('data-status')}`)),
        SENT,
      )
      .toEqual(['ACCEPTED:SENT', 'DECIDED:SENT']);
    expect(await page.locator('[data-testid=notification-event]').allTextContents()).toEqual(['已受理', '已作出决定']);
    expect(await page.locator('[data-testid=notification-status]').allTextContents()).toEqual(['已发送', '已发送']);
    expect(await page.locator('[data-testid=notification-recipient]').allTextContents()).toEqual([MASKED, MASKED]);
    for (const text of await page.locator('[data-testid=notification-text]').allTextContents())
      expect(text).toContain(reference);
    expect(await message(page, 'ACCEPTED').locator('[data-testid=notification-details]').textContent()).toContain(
      '尝试 1 次',
    );
    expect(await page.locator('[data-testid=resend-notification]').count()).toBe(0);
    expect(await page.locator('[data-testid=notification-error]').count()).toBe(0);
    expect(await page.locator('[data-testid=notifications-pending]').count()).toBe(0);
    // The whole number is nowhere on the page.
    expect(await page.textContent('body')).not.toContain(PHONE);

    const toggle = message(page, 'ACCEPTED').locator('[data-testid=notification-text-toggle]');
    expect(await toggle.getAttribute('aria-label')).toBe('展开短信全文');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.getAttribute('aria-label')).toBe('收起短信全文');
  });

  it(`shows a message the gateway refused ${MAX_ATTEMPTS} times as failed, with why, and a button to send it again`, async () => {
    const officer = await app.as('heping.officer');
    // From now on the messages go to the test's gateway, which refuses them, tried again after 10, 20, 40 … ms.
    await stopWorker(app.ds, NOTIFICATIONS);
    const notifyUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
    startWorker(
      app.ds,
      new NotificationJobs(app.ds, { ...app.config, notifyChannel: 'http', notifyUrl, notifyBackoffMs: 10 }),
    );
    await step(officer, 'issueDocument', id);
    const issued = async () =>
      (await officer.data(NOTES, { id })).application.notifications.find(
        (n: { event: string }) => n.event === 'ISSUED',
      );
    await expect.poll(async () => (await issued())?.status, SENT).toBe('FAILED');
    const failed = await issued();
    expect(failed).toMatchObject({ attempts: MAX_ATTEMPTS, lastError: 'gateway answered HTTP 503' });
    failedId = failed.id;

    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${id}/show`);
    await message(page, 'ISSUED').waitFor();
    expect(await message(page, 'ISSUED').getAttribute('data-status')).toBe('FAILED');
    expect(await message(page, 'ISSUED').locator('[data-testid=notification-event]').textContent()).toBe('文书已出具');
    expect(await message(page, 'ISSUED').locator('[data-testid=notification-status]').textContent()).toBe('发送失败');
    expect(await message(page, 'ISSUED').locator('[data-testid=notification-error]').textContent()).toBe(
      '失败原因：gateway answered HTTP 503',
    );
    expect(await message(page, 'ISSUED').locator('[data-testid=notification-details]').textContent()).toContain(
      `尝试 ${MAX_ATTEMPTS} 次`,
    );
    expect(await message(page, 'ISSUED').locator('[data-testid=notification-details]').textContent()).toContain(
      '短信网关',
    );
    expect(await message(page, 'ISSUED').locator('[data-testid=resend-notification]').textContent()).toBe('重新发送');
    // Only the failed one offers it.
    expect(await page.locator('[data-testid=resend-notification]').count()).toBe(1);
    await panel(page).screenshot({ path: path.join(ARTIFACTS, 'notifications-failed-panel.png') });
  });

  it("counts it on the supervisor's dashboard", async () => {
    const supervisor = await app.as('heping.supervisor');
    const { failedNotifications } = (await supervisor.data('{ queueCounts { failedNotifications } }')).queueCounts;
    expect(failedNotifications).toBeGreaterThan(0);
    const page = await signIn('heping.supervisor');
    await expect
      .poll(() => page.textContent('[data-testid=card-failed-notifications]'), SENT)
      .toBe(String(failedNotifications));
    expect(await page.textContent('[data-testid=card-failed-notifications-link]')).toContain('近24小时短信发送失败');
    // The figure opens the cases behind it, where the messages are sent again.
    await page.click('[data-testid=card-failed-notifications-link]');
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes('"notificationFailed":true'));
    await expect.poll(() => page.locator('tbody td.column-referenceNo').allTextContents(), SENT).toEqual([reference]);
  });

  it('sends it again once the gateway takes messages, and notes it in the history', async () => {
    answer = 200;
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${id}/show`);
    await message(page, 'ISSUED').locator('[data-testid=resend-notification]').click();
    await page.waitForSelector('text=已重新提交发送');
    // Back to PENDING, sent within a second: the page asks again until it is.
    await expect.poll(() => message(page, 'ISSUED').getAttribute('data-status'), SENT).toBe('SENT');
    expect(await message(page, 'ISSUED').locator('[data-testid=notification-status]').textContent()).toBe('已发送');
    expect(await message(page, 'ISSUED').locator('[data-testid=notification-details]').textContent()).toContain(
      '尝试 1 次',
    );
    expect(await page.locator('[data-testid=resend-notification]').count()).toBe(0);
    expect(await page.locator('[data-testid=notification-error]').count()).toBe(0);
    expect(await message(page, 'ISSUED').getAttribute('data-id')).toBe(failedId);

    await page.click('[data-testid=history-tab]');
    await expect
      .poll(() => page.locator('[data-testid=history-line][data-action=RESEND_NOTIFICATION]').allTextContents())
      .toEqual([expect.stringContaining('重新发送短信')]);
  });
});
