import { expect, type Page, test } from '@playwright/test';
import { post } from './support/market';
import { signInLocally, uniqueName } from './support/session';

const toasts = (page: Page) => page.getByRole('region', { name: /Notifications/ }).getByRole('listitem');

/** The rest countdown as whole seconds ("1:29" → 89). */
async function restSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('rest-countdown').textContent()) ?? '';
  const [m = '0', s = '0'] = text.trim().split(':');
  return Number(m) * 60 + Number(s);
}

test('a workout on a phone: a template made, started, three sets logged with the rest timer, finished with records', async ({
  page,
}) => {
  test.slow(); // a whole journey, with three rests running
  await page.setViewportSize({ width: 390, height: 844 });
  await signInLocally(page, uniqueName('Lifter'));

  // A template, built in its editor from the built-in library.
  await page.goto('/exercise/templates');
  await page.getByRole('link', { name: 'New template' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Leg day');
  await page.getByRole('button', { name: 'Add exercise' }).click();
  const picker = page.getByRole('dialog', { name: 'Add an exercise' });
  await picker.getByRole('searchbox', { name: 'Search exercises' }).fill('goblet');
  await picker.getByRole('button', { name: 'Add Goblet Squat', exact: true }).click();
  await page.getByLabel('Goblet squat weight (kg)').fill('20');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page).toHaveURL(/\/exercise\/templates$/);

  // Started from the list: the live session, its first set prefilled from the template.
  await page.getByRole('button', { name: 'Start Leg day' }).click();
  await expect(page).toHaveURL(/\/exercise\/session$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Leg day' })).toBeVisible();
  const squat = page.getByRole('region', { name: 'Goblet squat' });
  await expect(squat.getByLabel('Goblet squat weight in kg')).toHaveValue('20');
  await expect(squat.getByLabel('Goblet squat reps')).toHaveValue('10');

  // Set 1 in one tap: the rest countdown appears and counts down.
  await squat.getByRole('button', { name: 'Log set of Goblet squat' }).click();
  await expect(squat.getByTestId('set-row')).toHaveCount(1);
  const countdown = page.getByTestId('rest-countdown');
  await expect(countdown).toBeVisible();
  const first = await restSeconds(page);
  expect(first).toBeGreaterThan(80);
  await expect.poll(() => restSeconds(page)).toBeLessThan(first);
  await expect(squat.getByTestId('pr-badge')).toHaveCount(1);
  await expect(
    toasts(page)
      .filter({ hasText: /\+\d+ XP/ })
      .first(),
  ).toBeVisible();
  // Three first records (25 XP each) reach level 2: its moment is closed to carry on.
  await page.getByRole('dialog', { name: 'Level 2' }).getByRole('button', { name: 'Keep going' }).click();

  // Sets 2 and 3, heavier each time, while the rest runs; +15 s lengthens the rest.
  for (const [weight, count] of [
    ['22.5', 2],
    ['25', 3],
  ] as const) {
    await expect(squat.getByLabel('Goblet squat weight in kg')).toHaveValue(count === 2 ? '20' : '22.5');
    await squat.getByLabel('Goblet squat weight in kg').fill(weight);
    await squat.getByRole('button', { name: 'Log set of Goblet squat' }).click();
    await expect(squat.getByTestId('set-row')).toHaveCount(count);
    await expect(countdown).toBeVisible();
  }
  const before = await restSeconds(page);
  await page.getByRole('button', { name: 'Add 15 seconds' }).click();
  await expect.poll(() => restSeconds(page)).toBeGreaterThan(before + 10);
  const later = await restSeconds(page);
  await expect.poll(() => restSeconds(page)).toBeLessThan(later);

  // Finish with a rating: the reward toast, then the session with its records.
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  const finish = page.getByRole('dialog', { name: 'Finish workout' });
  await finish.getByText('4', { exact: true }).click();
  await finish.getByRole('button', { name: 'Finish workout' }).click();
  await expect(page).toHaveURL(/\/exercise\/sessions\/[0-9a-f-]+$/);
  await expect(toasts(page).filter({ hasText: 'Workout' }).first()).toBeVisible();
  await expect(page.getByTestId('rest-countdown')).toHaveCount(0);
  const done = page.getByRole('region', { name: 'Goblet squat' });
  await expect(done.getByTestId('set-row')).toHaveCount(3);
  await expect(done.getByTestId('pr-badge').first()).toBeVisible();
  await expect(page.getByText('Finished')).toBeVisible();

  // The records page lists the heaviest set.
  await page.getByRole('navigation', { name: 'Exercise' }).getByRole('link', { name: 'Records' }).click();
  await expect(page.getByRole('region', { name: 'Goblet squat' }).getByText('25 kg').first()).toBeVisible();
});

test('the Exercise page leads to the workout that is running', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInLocally(page, uniqueName('Runner'));
  await post(page, '/api/exercise/sessions', { name: 'Morning run' });
  await page.goto('/exercise');
  await page.getByRole('link', { name: 'Resume workout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Morning run' })).toBeVisible();

  await page.getByRole('button', { name: 'Abandon' }).click();
  await page
    .getByRole('dialog', { name: 'Abandon this workout?' })
    .getByRole('button', { name: 'Abandon workout' })
    .click();
  await expect(page).toHaveURL(/\/exercise$/);
  await expect(page.getByRole('button', { name: 'Start an empty workout' })).toBeVisible();
});
