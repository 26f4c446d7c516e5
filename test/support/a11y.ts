import fs from 'node:fs';
import type { Page } from 'playwright-core';

// WCAG 2.1 AA in the browser tests: axe-core's rules tagged WCAG 2 A/AA and 2.1 A/AA, and a walk
// of the page by Tab that finds a focus not shown.

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary: string }[];
}

/** The page's violations of WCAG 2.1 AA as axe-core finds them: rule, and the elements that break it. */
export async function violations(page: Page): Promise<string[]> {
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
  return found.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1).join(' ')}`),
  );
}

/**
 * What Tab reaches on the page, `steps` times from the top, that shows no sign of its focus: no
 * outline, no shadow, not marked focus-visible by Material (whose ripple and background show it).
 * The PDF viewer in its frame keeps Tab among its own controls, which show their focus.
 */
export async function unseenFocus(page: Page, steps: number): Promise<string[]> {
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
