import { expect, type Page, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { signInLocally, uniqueName } from './support/session';

/** The game summary as the API reports it. */
async function summary(page: Page): Promise<{ total_xp: number; level: number; coins: number }> {
  const response = await page.request.get('/api/gamification/summary');
  expect(response.ok()).toBe(true);
  return (await response.json()).data;
}

/** A write through the API as the signed-in user (the Origin header satisfies the CSRF check). */
async function post(page: Page, path: string, body: unknown = {}) {
  const response = await page.request.post(path, { data: body, headers: { origin: baseURL } });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return response.status() === 204 ? null : (await response.json()).data;
}

/** The toasts region sonner renders; each toast is one list item. */
const toasts = (page: Page) => page.getByRole('region', { name: /Notifications/ }).getByRole('listitem');

/** The visible level indicator (the sidebar's on a desktop, the header's on a phone). */
const levelIndicator = (page: Page) => page.getByTestId('level-indicator').filter({ visible: true });

test('completing a habit shows the XP toast once, and Progress and the level indicator show the new XP', async ({
  page,
}) => {
  await signInLocally(page, uniqueName('Progress'));
  await page.goto('/progress');
  await expect(page.getByTestId('progress-total-xp')).toHaveText('0 XP in total');
  await expect(
    page.getByRole('region', { name: 'Ledger' }).getByText('Nothing here yet.', { exact: false }),
  ).toBeVisible();
  await expect(levelIndicator(page)).toHaveAccessibleName(/^Level 1, 0 of 100 XP/);

  await page.goto('/habits');
  await page.getByRole('button', { name: 'New habit' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New habit' });
  await dialog.getByLabel('Name').fill('Practise scales');
  await dialog.getByRole('button', { name: 'Add habit' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Mark Practise scales done' }).click();
  const xpToast = toasts(page).filter({ hasText: '+5 XP · +1 coin' });
  await expect(xpToast).toHaveCount(1);
  // The same reward also arrives on the event stream; after its hold it still shows once.
  await page.waitForTimeout(2_500);
  await expect(xpToast).toHaveCount(1);
  await expect(toasts(page).filter({ hasText: 'Achievement unlocked: First Check' })).toHaveCount(1);

  const after = await summary(page);
  expect(after.total_xp).toBeGreaterThanOrEqual(5);
  await expect(levelIndicator(page)).toHaveAccessibleName(new RegExp(`^Level ${after.level}, `));

  await page.goto('/progress');
  await expect(page.getByTestId('progress-total-xp')).toHaveText(`${after.total_xp} XP in total`);
  const ledger = page.getByRole('region', { name: 'Ledger' });
  await expect(ledger.getByRole('listitem').filter({ hasText: 'Habit completed' })).toContainText('+5 XP');
  const achievements = page.getByRole('region', { name: 'Achievements' });
  await expect(achievements.getByRole('heading', { name: /First Check/ })).toBeVisible();
  await expect(achievements).toContainText(/\d+ of \d+ earned/);
});

test('a completed universal quest is claimed once, and a personal quest pays its difficulty with a level-up moment', async ({
  page,
}) => {
  await signInLocally(page, uniqueName('Quests'));
  const habit = await post(page, '/api/habits', { name: 'Stretch' });
  await post(page, `/api/habits/${habit.id}/complete`, { count: 1 });

  await page.goto('/quests');
  const daily = page.getByRole('region', { name: 'Daily' });
  const check = daily.getByRole('listitem').filter({ hasText: 'Habit Check' });
  await expect(check.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
  await check.getByRole('button', { name: 'Claim Habit Check' }).click();
  await expect(check.getByText('Claimed')).toBeVisible();
  await expect(toasts(page).filter({ hasText: 'Quest reward: Habit Check' })).toHaveCount(1);
  await page.waitForTimeout(2_000);
  await expect(toasts(page).filter({ hasText: '+25 XP · +5 coins' })).toHaveCount(1);

  // An epic quest pays 250 XP: enough for the next level.
  const before = await summary(page);
  await page.getByRole('button', { name: 'New quest' }).click();
  const form = page.getByRole('dialog', { name: 'New quest' });
  await form.getByLabel('Title').fill('Finish the EP');
  await form.getByText('Epic').click();
  await form.getByRole('button', { name: 'Create quest' }).click();
  await expect(form).toBeHidden();

  const yours = page.getByRole('region', { name: 'Your quests' });
  const quest = yours.getByRole('listitem').filter({ hasText: 'Finish the EP' });
  await expect(quest).toContainText('Offered');
  await quest.getByRole('button', { name: 'Accept Finish the EP' }).click();
  await expect(quest).toContainText('In progress');
  await quest.getByRole('button', { name: 'Complete Finish the EP' }).click();

  const moment = page.getByRole('dialog', { name: /^Level \d+$/ });
  await expect(moment).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(moment).toBeHidden();
  await expect(toasts(page).filter({ hasText: 'Quest complete: Finish the EP' })).toHaveCount(1);

  const after = await summary(page);
  expect(after.total_xp - before.total_xp).toBeGreaterThanOrEqual(250);
  expect(after.level).toBeGreaterThan(before.level);
  // The filter's radios are visually hidden; their labels are what a user presses.
  await yours
    .locator('label')
    .filter({ hasText: /^Completed$/ })
    .click();
  await expect(yours.getByRole('radio', { name: 'Completed' })).toBeChecked();
  await expect(yours.getByRole('listitem').filter({ hasText: 'Finish the EP' })).toBeVisible();
});

test('a reward earned on another device is celebrated from the event stream and moves the level indicator', async ({
  page,
  context,
}) => {
  await signInLocally(page, uniqueName('Stream'));
  await page.goto('/progress');
  await expect(page.getByTestId('progress-total-xp')).toHaveText('0 XP in total');

  // Another tab of the same user completes a habit through the API.
  const other = await context.newPage();
  const habit = await post(other, '/api/habits', { name: 'Read' });
  await post(other, `/api/habits/${habit.id}/complete`, { count: 1 });
  await other.close();

  await expect(toasts(page).filter({ hasText: '+5 XP · +1 coin' })).toHaveCount(1);
  const after = await summary(page);
  await expect(page.getByTestId('progress-total-xp')).toHaveText(`${after.total_xp} XP in total`);
  await expect(levelIndicator(page)).toHaveAccessibleName(new RegExp(`^Level ${after.level}, `));
});
