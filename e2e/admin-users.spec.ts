import { expect, test } from '@playwright/test';
import { grantRole } from './support/admin';
import { expectClean } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

test('an admin finds a user by part of their name and disables them: their other browser is signed out and refused', async ({
  page,
  browser,
}) => {
  const adminName = uniqueName('People Admin');
  await signInLocally(page, adminName);
  await grantRole(page, adminName, 'admin');

  // The user, signed in in a browser of their own.
  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  const name = uniqueName('Quill Person');
  await signInLocally(them, name);

  await page.goto('/admin/users');
  const part = name.slice(-8);
  await page.getByLabel('Search by name or email').fill(part);
  const found = page.getByRole('list', { name: 'Users' }).getByRole('listitem');
  await expect(found).toHaveCount(1);
  await found.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Disable account' }).click();
  const dialog = page.getByRole('dialog', { name: `Disable ${name}?` });
  await dialog.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByRole('button', { name: 'Enable account' })).toBeVisible();

  // Their browser loses the session at its next request, and signing in again is refused.
  await them.goto('/today');
  await expect(them).toHaveURL(/\/sign-in/);
  await them.getByLabel('Your name').fill(name);
  await them.getByRole('button', { name: 'Continue' }).click();
  await expect(them.getByRole('alert')).toContainText('This account is disabled.');
  await theirs.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the people pages have no serious accessibility problems at phone width (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    const adminName = uniqueName('Axe People');
    await signInLocally(page, adminName);
    await grantRole(page, adminName, 'admin');

    await page.goto(`/admin/users?q=${encodeURIComponent(adminName)}`);
    await expect(page.getByRole('list', { name: 'Users' }).getByRole('link', { name: adminName })).toBeVisible();
    await expectClean(page, 'the Users page');

    await page.getByRole('list', { name: 'Users' }).getByRole('link', { name: adminName }).click();
    await expect(page.getByRole('heading', { name: adminName, level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Live sessions' })).toBeVisible();
    await expectClean(page, 'a person’s page');
  });
}
