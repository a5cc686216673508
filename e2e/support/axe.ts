import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Serious and critical WCAG A/AA violations on the page, summarised for a failure message.
 * Reward toasts are left out: while they stack, the ones behind are drawn faded on purpose and
 * axe reads that as low contrast (the reward journeys check the toasts themselves).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await transitionsSettled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('[data-sonner-toaster]')
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Waits for the page's finite CSS transitions and animations (a step sliding in, a button's
 * hover colour after the pointer was left over it by the last click): axe would otherwise
 * measure colours half-way through and report a contrast the user never sees at rest.
 * Endless ones (spinners) are left running.
 */
async function transitionsSettled(page: Page): Promise<void> {
  await page.evaluate(`Promise.all(
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)),
  )`);
}

/** The page fits the screen without sideways scrolling and has no serious accessibility problem. */
export async function expectClean(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page), what).toEqual([]);
}

/** Opens `path`, waits for what `ready` expects, then checks it as `expectClean` does. */
export async function checkPage(page: Page, path: string, ready: (page: Page) => Promise<void>): Promise<void> {
  await page.goto(path);
  await ready(page);
  await expectClean(page, path);
}
