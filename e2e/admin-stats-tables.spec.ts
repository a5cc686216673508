import { expect, type Page, test } from '@playwright/test';
import { grantRole } from './support/admin';
import { expectClean } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

/** The figure a headline term of the stats page shows. */
const figure = (page: Page, term: string) => page.getByRole('term').filter({ hasText: term }).locator('+ dd');

test('an admin reads the stats and browses a table, filtered by a column', async ({ page }) => {
  const name = uniqueName('Stats Admin');
  await signInLocally(page, name);
  await grantRole(page, name, 'admin');
  const session = await (await page.request.get('/api/auth/session')).json();
  const userId: string = session.data.user.id;

  await page.goto('/admin');
  await page.getByRole('link', { name: 'Stats' }).first().click();
  await expect(page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible();
  await expect(figure(page, 'Active in 30 days')).toHaveText(/^[\d,]+$/);
  await expect(figure(page, 'Coins in wallets')).toHaveText(/^[\d,]+$/);
  await expect(figure(page, 'Storage used')).toHaveText(/ in [\d,]+ files$/);
  await expect(figure(page, 'Analysis queue')).toHaveText(/\d+ waiting, \d+ running/);
  await expect(page.getByRole('figure', { name: 'Sign-ups per day, last 30 days' })).toBeVisible();
  await page.getByLabel('Range').selectOption('7');
  await expect(page.getByRole('figure', { name: 'Sign-ups per day, last 7 days' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Tables' }).click();
  await expect(page.getByRole('heading', { name: 'Tables', level: 1 })).toBeVisible();
  await page.getByLabel('Table').selectOption('users');
  await expect(page.getByRole('table', { name: 'Rows of users, newest first' })).toBeVisible();
  await page.getByLabel('Filter by').selectOption('id');
  await page.getByLabel('Equal to').fill(userId);
  await page.getByRole('button', { name: 'Apply' }).click();
  const filtered = page.getByRole('table', { name: `Rows of users, id equal to ${userId}, newest first` });
  await expect(filtered.getByRole('row')).toHaveCount(2);
  await expect(filtered.getByRole('cell', { name, exact: true })).toBeVisible();
  await expect(page.getByText('1 row shown')).toBeVisible();

  // A value that matches nothing is just that.
  await page.getByLabel('Table').selectOption('roles');
  await page.getByLabel('Equal to').fill("admin' or '1'='1");
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText(/No rows where name is/)).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the stats and tables pages have no serious accessibility problems at phone width (${scheme})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    const name = uniqueName('Axe Admin');
    await signInLocally(page, name);
    await grantRole(page, name, 'admin');

    await page.goto('/admin/stats');
    await expect(page.getByRole('figure', { name: 'Activity per day, last 30 days' })).toBeVisible();
    await expectClean(page, 'the stats page');

    await page.goto('/admin/tables');
    await page.getByLabel('Table').selectOption('audit_log');
    await expect(page.getByRole('table', { name: 'Rows of audit_log, newest first' })).toBeVisible();
    await expectClean(page, 'the tables page');
  });
}
