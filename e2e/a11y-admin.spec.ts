import { expect, test } from '@playwright/test';
import { grantRole } from './support/admin';
import { checkPage, expectClean } from './support/axe';
import { earnCoins, post } from './support/market';
import { signInLocally, uniqueName } from './support/session';

for (const scheme of ['light', 'dark'] as const) {
  test(`the Admin pages have no serious accessibility problems at phone width (${scheme})`, async ({ page }) => {
    test.slow(); // four pages and two dialogs, each analysed by axe
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    const name = uniqueName('Axe Admin');
    await signInLocally(page, name);
    await grantRole(page, name, 'admin');

    // Something on every page: feedback sent, a purchase made (both audited).
    const title = uniqueName('Axe feedback');
    await post(page, '/api/feedback', { type: 'bug', title, body: 'Something to triage.' });
    await earnCoins(page, 3);
    const boost = await post(page, '/api/market/purchase', { item_key: 'xp_boost_1h' });
    const bought = await post(page, '/api/market/purchase', { item_key: 'streak_shield' });
    const me = (await (await page.request.get('/api/user')).json()).data;

    await checkPage(page, '/admin', async (p) => {
      await expect(p.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
      await expect(p.getByText(/^Who did what, to what and when/)).toBeVisible();
    });
    await checkPage(page, '/admin/feedback', async (p) => {
      await expect(p.getByRole('list', { name: 'Feedback' }).getByRole('button', { name: title })).toBeVisible();
    });
    await page.getByRole('button', { name: title }).click();
    await expect(page.getByRole('dialog', { name: title }).getByLabel('Response to the author')).toBeVisible();
    await expectClean(page, 'the triage dialog');
    await page.keyboard.press('Escape');

    await checkPage(page, `/admin/money?user=${me.id}`, async (p) => {
      await expect(p.getByRole('heading', { level: 1, name: 'Money and jobs' })).toBeVisible();
      await expect(p.getByRole('button', { name: `Refund ${bought.purchase.title}` })).toBeVisible();
      await expect(p.getByRole('heading', { name: 'Analysis queue' })).toBeVisible();
      await expect(p.getByText(/No analyses|Queued /).first()).toBeVisible();
    });
    // Refunded elsewhere while the page showed it: the confirmation says so, and the list catches up.
    await post(page, `/api/admin/purchases/${boost.purchase.id}/refund`);
    await page.getByRole('button', { name: `Refund ${boost.purchase.title}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Refund', exact: true }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(/used or refunded already/);
    await expectClean(page, 'a refused refund');
    await page.getByRole('dialog').getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByRole('button', { name: `Refund ${boost.purchase.title}` })).toHaveCount(0);

    await page.getByRole('button', { name: `Refund ${bought.purchase.title}` }).click();
    await expect(page.getByRole('dialog', { name: 'Refund this purchase?' })).toBeVisible();
    await expectClean(page, 'the refund confirmation');
    await page.getByRole('dialog').getByRole('button', { name: 'Refund', exact: true }).click();
    await expect(page.getByText(/^Refunded: \d+ coins went back/)).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Purchases' }).getByRole('listitem').first().getByText('State: Refunded'),
    ).toBeVisible();

    await checkPage(page, '/admin/audit', async (p) => {
      await expect(p.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
      await expect(p.getByRole('list', { name: 'Audit log' }).getByRole('listitem').first()).toBeVisible();
      await expect(p.getByRole('link', { name: 'Download CSV' })).toBeVisible();
    });
  });
}
