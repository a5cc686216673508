import { expect, test } from '@playwright/test';

test('the app shell loads at the root and at a deep link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Cadence' })).toBeVisible();
  await page.goto('/some/deep/link');
  await expect(page.getByRole('heading', { name: 'Cadence' })).toBeVisible();
});
