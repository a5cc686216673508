import { expect, type Page, test } from '@playwright/test';
import { earnCoins } from './support/market';
import { signInLocally, uniqueName } from './support/session';

const toasts = (page: Page) => page.getByRole('region', { name: /Notifications/ }).getByRole('listitem');
const canvasColour = (page: Page) =>
  page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');

test('earned coins buy a theme that recolours the app, and a personal reward that is bought and enjoyed', async ({
  page,
}) => {
  test.slow(); // a whole journey through the market
  await page.emulateMedia({ colorScheme: 'light' });
  await signInLocally(page, uniqueName('Market'));
  await earnCoins(page, 2);

  await page.goto('/market');
  await expect(page.getByRole('heading', { name: 'Market', level: 1 })).toBeVisible();
  const balance = page.getByTestId('market-balance');
  await expect(balance).toHaveText(/^\d[\d,]* coins$/);
  const coinsBefore = Number(((await balance.textContent()) ?? '').replace(/\D/g, ''));
  expect(coinsBefore).toBeGreaterThanOrEqual(200);
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme', /.+/);
  const before = await canvasColour(page);

  // Buying asks first; the theme then waits in the inventory.
  const themes = page.getByRole('region', { name: 'Themes' });
  const ocean = themes.getByRole('listitem').filter({ hasText: 'Ocean' });
  await expect(ocean.getByTestId('item-status')).toHaveText('Can afford');
  await ocean.getByRole('button', { name: 'Buy Ocean' }).click();
  const confirm = page.getByRole('dialog', { name: 'Buy Ocean?' });
  await expect(confirm).toContainText('150 coins');
  await confirm.getByRole('button', { name: 'Buy for 150 coins' }).click();
  await expect(confirm).toBeHidden();
  await expect(toasts(page).filter({ hasText: 'Bought Ocean' })).toHaveCount(1);
  await expect(balance).toHaveText(`${(coinsBefore - 150).toLocaleString('en')} coins`);
  await expect(ocean.getByTestId('item-status')).toHaveText('In your inventory');

  // Equipping it recolours the app at once, here and on another device signed in as the same user.
  const other = await page.context().newPage();
  await other.goto('/today');
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(other.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  const inventory = page.getByRole('region', { name: 'Inventory' });
  await inventory.getByRole('button', { name: 'Equip Ocean' }).click();
  await expect(html).toHaveAttribute('data-theme', 'theme_ocean');
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'theme_ocean');
  await other.close();
  await expect.poll(() => canvasColour(page)).not.toBe(before);
  expect(await canvasColour(page)).toBe('rgb(234, 244, 247)');
  await expect(inventory.getByRole('button', { name: 'Take off Ocean' })).toBeVisible();

  // It survives a reload (applied before the first paint), and Settings names it.
  await page.goto('/settings');
  await expect(html).toHaveAttribute('data-theme', 'theme_ocean');
  const appearance = page.getByRole('region', { name: 'Appearance' });
  await expect(appearance.getByTestId('purchased-theme')).toHaveText('Ocean, from the Market');

  // A reward of one's own: written, bought and enjoyed.
  await page.goto('/market');
  const mine = page.getByRole('region', { name: 'Your rewards' });
  await mine.getByRole('button', { name: 'New reward' }).click();
  const form = page.getByRole('dialog', { name: 'New reward' });
  await form.getByLabel('Title').fill('A long walk');
  await form.getByLabel('Price in coins').fill('20');
  await form.getByLabel('Icon (optional)').fill('mountain');
  await form.getByRole('button', { name: 'Add reward' }).click();
  await expect(form).toBeHidden();
  await mine.getByRole('button', { name: 'Buy A long walk' }).click();
  const buyWalk = page.getByRole('dialog', { name: 'Buy A long walk?' });
  await buyWalk.getByRole('button', { name: 'Buy for 20 coins' }).click();
  await expect(buyWalk).toBeHidden();
  await inventory.getByRole('button', { name: 'Enjoy A long walk' }).click();
  await expect(toasts(page).filter({ hasText: 'Enjoy A long walk!' })).toHaveCount(1);
  const walk = inventory.getByRole('listitem').filter({ hasText: 'A long walk' });
  await expect(walk).toContainText('Enjoyed');
  await expect(walk.getByRole('button')).toHaveCount(0);

  // The history lists both purchases.
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').filter({ hasText: 'A long walk' }).first()).toBeVisible();
  await expect(history.getByRole('listitem').filter({ hasText: 'Ocean' }).first()).toBeVisible();

  // Choosing Light in Settings replaces the purchased theme.
  await page.goto('/settings');
  await appearance.getByText('Light', { exact: true }).click();
  await expect(html).not.toHaveAttribute('data-theme', /.+/);
  await expect.poll(() => canvasColour(page)).toBe(before);
  await expect(appearance.getByTestId('purchased-theme')).toBeHidden();
});
