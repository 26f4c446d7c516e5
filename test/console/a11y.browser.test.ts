import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserConsole } from '../support/browser';
import type { TestApp } from '../support/harness';

// WCAG 2.1 AA on the pages an officer and an applicant use, checked by axe-core in Debian's
// Chromium against the real server on SQLite with demo data: 0 violations of the rules tagged
// WCAG 2 A/AA and 2.1 A/AA, on each page as it first shows and with its dialogs and menus closed.
const ui = browserConsole({ applications: 200, prefix: 'a11y-', viewport: { width: 1366, height: 768 } });
const signIn = ui.signIn;
let app: TestApp;
beforeAll(async () => {
  app = ui.app;
});

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary: string }[];
}

/** The page's violations of WCAG 2.1 AA as axe-core finds them: rule, and the elements that break it. */
async function violations(page: Page, name: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // Evaluated, not injected as a script tag: the console's Content-Security-Policy allows no inline script.
  await page.evaluate(AXE);
  const found = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    TAGS,
  )) as { violations: Violation[] };
  await page.screenshot({ path: path.join(ARTIFACTS, `a11y-${name}.png`) });
  return found.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1).join(' ')}`),
  );
}

/**
 * What Tab reaches on the page, `steps` times from the top, that shows no sign of its focus: no
 * outline, no shadow, not marked focus-visible by Material (whose ripple and background show it).
 * The PDF viewer in its frame keeps Tab among its own controls, which show their focus.
 */
async function unseenFocus(page: Page, steps: number): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unseen: string[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // A frame's own document (the PDF viewer) draws the focus of what it holds.
      if (!el || el === document.body || el.tagName === 'IFRAME') return null;
      const shows = (e: Element) => {
        const style = getComputedStyle(e);
        return (
          (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none' ||
          e.classList.contains('Mui-focusVisible') ||
          e.classList.contains('Mui-focused')
        );
      };
      // Material marks the control, or its root around a native input.
      const marked = shows(el) || [el.parentElement, el.parentElement?.parentElement].some((e) => e && shows(e));
      return marked
        ? ''
        : `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    });
    if (seen) unseen.push(seen);
  }
  return [...new Set(unseen)];
}

/** A case heping.officer may work, with papers. */
async function workableCase(): Promise<string> {
  const client = await app.as('heping.officer');
  const { applications } = await client.data<{
    applications: { items: { id: string; assignee: unknown; documents: { id: string }[] }[] };
  }>(
    '{ applications(filter: { status: [SUBMITTED] }, perPage: 50) { items { id assignee { id } documents { id } } } }',
  );
  const c = applications.items.find((a) => !a.assignee && a.documents.length);
  if (!c) throw new Error('a free submitted case with papers is missing');
  return c.id;
}

describe('WCAG 2.1 AA (axe-core)', () => {
  it('the sign-in page', async () => {
    const page = await ui.newPage();
    await page.goto(`${app.server.url}/#/login`);
    await page.waitForSelector('input[name=username]');
    expect(await violations(page, 'login')).toEqual([]);
    expect(await unseenFocus(page, 5)).toEqual([]);
  });

  it("a station officer's queue", async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications`);
    await page.waitForSelector('[data-testid=tab-SUBMITTED] .MuiBadge-badge');
    expect(await violations(page, 'queue-officer')).toEqual([]);
    expect(await unseenFocus(page, 40)).toEqual([]);
  });

  it("a city supervisor's queue, with its selection boxes", async () => {
    const page = await signIn('city.supervisor');
    await page.goto(`${app.server.url}/#/applications`);
    await page.waitForSelector('[data-testid=tab-SUBMITTED] .MuiBadge-badge');
    expect(await violations(page, 'queue-supervisor')).toEqual([]);
  });

  it('the case page', async () => {
    const id = await workableCase();
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/${id}/show`);
    await page.waitForSelector('[data-testid=routing-explanation]');
    expect(await violations(page, 'case')).toEqual([]);
    expect(await unseenFocus(page, 30)).toEqual([]);
  });

  it('the counter intake', async () => {
    const page = await signIn('heping.officer');
    await page.goto(`${app.server.url}/#/applications/create`);
    await page.waitForSelector('input[name="subject.idNumber"]');
    expect(await violations(page, 'intake')).toEqual([]);
    expect(await unseenFocus(page, 30)).toEqual([]);
  });

  it("the supervisor's dashboard", async () => {
    const page = await signIn('city.supervisor');
    await page.waitForSelector('[data-testid=office-chart] .recharts-yAxis-tick-labels');
    expect(await violations(page, 'dashboard')).toEqual([]);
  });

  it('the reports', async () => {
    const page = await signIn('city.supervisor');
    await page.goto(`${app.server.url}/#/reports`);
    await page.waitForSelector('table tbody tr');
    expect(await violations(page, 'reports')).toEqual([]);
  });

  it('the public progress and verification pages', async () => {
    const page = await ui.newPage();
    await page.goto(`${app.server.url}/progress`);
    await page.waitForSelector('form');
    expect(await violations(page, 'progress')).toEqual([]);
    await page.goto(`${app.server.url}/verify`);
    await page.waitForSelector('form');
    expect(await violations(page, 'verify')).toEqual([]);
  });
});
