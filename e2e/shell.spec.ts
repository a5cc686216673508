import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { acceptTerms, uniqueName } from './support/session';

test('a deep link while signed out goes through sign-in and the terms, then back to that page', async ({ page }) => {
  await page.goto('/goals');
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fgoals$/);
  await expect(page.getByRole('heading', { name: 'Sign in to Cadence' })).toBeVisible();

  await page.getByLabel('Your name').fill(uniqueName('Deep'));
  await page.getByRole('button', { name: 'Continue' }).click();
  await acceptTerms(page);
  await expect(page).toHaveURL(/\/goals$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New goal' })).toBeVisible();

  // An unknown address inside the app is a friendly page, not a blank screen.
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test("the sign-in page's JavaScript stays under 250 KB gzipped", async ({ page }) => {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => null);
    if (body) scripts.set(response.url(), gzipSync(body).length);
  });
  await page.goto('/sign-in');
  await expect(page.getByLabel('Your name')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  expect(scripts.size).toBeGreaterThan(0);
  expect(total, `first-page scripts: ${[...scripts.keys()].join(', ')}`).toBeLessThan(250 * 1024);
});

test('on a phone the bottom tab bar and the "More" sheet reach every section', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/sign-in');
  await page.getByLabel('Your name').fill(uniqueName('Phone'));
  await page.getByRole('button', { name: 'Continue' }).click();
  await acceptTerms(page);
  await expect(page).toHaveURL(/\/today$/);

  const tabs = page.getByRole('navigation', { name: 'Quick' });
  await expect(tabs).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await tabs.getByRole('link', { name: 'Focus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Focus' })).toBeVisible();

  await tabs.getByRole('button', { name: 'More' }).click();
  const sheet = page.getByRole('dialog', { name: 'All sections' });
  await expect(sheet).toBeVisible();
  await sheet.getByRole('link', { name: 'Books' }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Books' })).toBeVisible();

  // Nothing overflows sideways at 360 px.
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the saved theme is applied before the app code runs (no flash of the wrong theme)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/sign-in');
  await page.evaluate("localStorage.setItem('cadence.theme', 'dark'); localStorage.setItem('cadence.accent', 'teal')");
  // Without the app's bundles only public/theme-init.js can set the class (and the CSP must allow it).
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(page.locator('html')).toHaveAttribute('data-accent', 'teal');
});
