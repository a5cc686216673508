import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

for (const scheme of ['light', 'dark'] as const) {
  test(`Progress and Quests have no serious accessibility problems, empty and with rewards (${scheme})`, async ({
    page,
  }) => {
    test.slow(); // several pages and states, each analysed by axe
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Progress'));

    await page.goto('/progress');
    await expect(page.getByTestId('progress-total-xp')).toHaveText('0 XP in total');
    await expect(page.getByRole('region', { name: 'Achievements' }).getByTestId('achievement').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Something earned: a habit completed and its quest claimable.
    const write = async (path: string, body: unknown = {}) => {
      const response = await page.request.post(path, { data: body, headers: { origin: baseURL } });
      expect(response.ok()).toBe(true);
      return (await response.json()).data;
    };
    const habit = await write('/api/habits', { name: 'Stretch' });
    await write(`/api/habits/${habit.id}/complete`, { count: 1 });
    await write('/api/quests', { title: 'Bounce the mix', difficulty: 'hard', target: 3 });

    await page.reload();
    await expect(page.getByRole('region', { name: 'Ledger' }).getByText('Habit completed')).toBeVisible();
    await page.getByRole('button', { name: /^Show all/ }).click();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/quests');
    await expect(page.getByRole('button', { name: 'Claim Habit Check' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your quests' }).getByText('Bounce the mix')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New quest' }).click();
    await expect(page.getByRole('dialog', { name: 'New quest' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // An epic quest crosses a level: the level-up moment.
    const quest = await write('/api/quests', { title: 'Finish the EP', difficulty: 'epic' });
    await page.reload();
    const row = page
      .getByRole('region', { name: 'Your quests' })
      .getByRole('listitem')
      .filter({ hasText: 'Finish the EP' });
    await row.getByRole('button', { name: 'Accept Finish the EP' }).click();
    await row.getByRole('button', { name: 'Complete Finish the EP' }).click();
    await expect(page.getByRole('dialog', { name: /^Level \d+$/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(quest.id).toBeTruthy();
  });
}

test('Progress and Quests fit a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signInLocally(page, uniqueName('Phone Progress'));
  const habit = await page.request.post('/api/habits', { data: { name: 'Walk' }, headers: { origin: baseURL } });
  const { data } = await habit.json();
  await page.request.post(`/api/habits/${data.id}/complete`, { data: { count: 1 }, headers: { origin: baseURL } });
  const pages = [
    { path: '/progress', ready: page.getByRole('region', { name: 'Ledger' }).getByText('Habit completed') },
    { path: '/quests', ready: page.getByRole('button', { name: 'Claim Habit Check' }) },
  ];
  for (const { path, ready } of pages) {
    await page.goto(path);
    await expect(ready).toBeVisible();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
