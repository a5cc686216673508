import { expect, test } from '@playwright/test';
import { runCommand, signInLocally, uniqueName } from './support/session';

test('a newcomer signs in, accepts the terms, skips the welcome, moves around with the palette, and the theme sticks', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const name = uniqueName('Nia');
  await signInLocally(page, name, undefined, { onboarding: 'show' });

  // The welcome comes first; this newcomer would rather look around, and skips it.
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Cadence' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page).toHaveURL(/\/today$/);

  // Today is the landing page, inside the shell; the device is light, so the default (system) is light.
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Account menu for ${name}` })).toBeVisible();
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/\bdark\b/);

  // Navigate with the palette, keyboard only.
  await runCommand(page, 'books', /Books/);
  await expect(page).toHaveURL(/\/books$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Books' })).toBeVisible();
  await expect(page.getByText('Nothing on this shelf yet')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Books' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // Switch to dark from the palette; the choice is saved to the account.
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/settings/theme') && r.request().method() === 'PUT' && r.ok(),
  );
  await runCommand(page, 'dark theme', 'Use dark theme');
  await saved;
  await expect(html).toHaveClass(/\bdark\b/);

  // After a reload with the local cache wiped, the theme comes back from the server.
  await page.evaluate('localStorage.clear()');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Books' })).toBeVisible();
  await expect(html).toHaveClass(/\bdark\b/);

  // And Settings shows it as the current choice.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const appearance = page.getByRole('region', { name: 'Appearance' });
  await expect(appearance.getByRole('radio', { name: 'Dark' })).toBeChecked();
});
