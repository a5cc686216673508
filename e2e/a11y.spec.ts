import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { signInLocally, skipOnboarding, uniqueName } from './support/session';

for (const scheme of ['light', 'dark'] as const) {
  test(`the sign-in page has no serious accessibility problems (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/sign-in?error=access_denied');
    await expect(page.getByLabel('Your name')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the terms screen, app layout and settings have no serious accessibility problems (${scheme})`, async ({
    page,
  }) => {
    test.slow(); // four pages, each analysed by axe
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/sign-in');
    await page.getByLabel('Your name').fill(uniqueName('Axe'));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('I have read and accept the terms of use.').check();
    await page.getByLabel('I am 13 years old or older.').check();
    await page.getByRole('button', { name: 'Agree and continue' }).click();
    await skipOnboarding(page); // the onboarding steps have their own axe checks
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('ControlOrMeta+k');
    await expect(page.getByRole('combobox', { name: 'Command palette' })).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto('/settings');
    await expect(page.getByRole('region', { name: 'Sessions' }).getByText('This device')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the skip link moves keyboard focus to the page content', async ({ page }) => {
  await signInLocally(page, uniqueName('Kai'));
  // From a fresh page load, the skip link is the first stop.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});
