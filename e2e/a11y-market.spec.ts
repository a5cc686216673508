import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { earnCoins, post } from './support/market';
import { signInLocally, uniqueName } from './support/session';

const themes = ['theme_ocean', 'theme_forest', 'theme_sunset', 'theme_midnight', 'theme_vinyl'];

for (const scheme of ['light', 'dark'] as const) {
  test(`the Market has no serious accessibility problems at phone width, in every theme (${scheme})`, async ({
    page,
  }) => {
    test.slow(); // the page in six palettes and two dialogs, each analysed by axe
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Market'));

    // Something in every part: a boost running, a reward of one's own bought, the history.
    await earnCoins(page, 3);
    const boost = await post(page, '/api/market/purchase', { item_key: 'xp_boost_1h' });
    await post(page, `/api/market/purchases/${boost.purchase.id}/redeem`);
    const walk = await post(page, '/api/market/rewards', { title: 'A long walk', cost_coins: 20, daily_limit: 1 });
    await post(page, '/api/market/purchase', { reward_id: walk.id });

    await page.goto('/market');
    await expect(page.getByRole('region', { name: 'Inventory' }).getByText('A long walk')).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByTestId('boost-countdown').filter({ visible: true })).toBeVisible();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, 'the Market scrolls sideways').toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Each purchased theme's palette, on the same page.
    for (const theme of themes) {
      await page.evaluate(`document.documentElement.dataset.theme = ${JSON.stringify(theme)}`);
      expect(await seriousViolations(page), theme).toEqual([]);
    }
    await page.evaluate('delete document.documentElement.dataset.theme');

    await page.getByRole('region', { name: 'Themes' }).getByRole('button', { name: 'Buy Ocean' }).click();
    await expect(page.getByRole('dialog', { name: 'Buy Ocean?' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('region', { name: 'Your rewards' }).getByRole('button', { name: 'New reward' }).click();
    const form = page.getByRole('dialog', { name: 'New reward' });
    await form.getByRole('button', { name: 'Add reward' }).click();
    await expect(form.getByText('Name the reward.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
