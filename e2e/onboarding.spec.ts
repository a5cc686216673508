import { expect, type Page, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test('a new user goes through onboarding (interests, a first goal that shows on Goals, the tour), lands on Today and follows "start here" into a focus session', async ({
  page,
}) => {
  await signInLocally(page, uniqueName('Ona'), undefined, { onboarding: 'show' });
  await expect(stepHeading(page, 'Welcome to Cadence')).toBeVisible();
  await expect(page.getByText('Step 1 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Get started' }).click();

  // Interests: at least one is needed.
  await expect(stepHeading(page, 'What do you want to work on?')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('Pick at least one.');
  await page.getByRole('checkbox', { name: 'Music production' }).check();
  await page.getByRole('checkbox', { name: 'Deep focus' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(stepHeading(page, 'Set a first goal')).toBeVisible();
  await page.getByLabel('Goal', { exact: true }).fill('Finish the EP');
  await page.getByRole('button', { name: 'Set goal' }).click();

  // Back to the goal step: it is saved, and going forward again makes no second goal.
  await expect(stepHeading(page, 'A quick look around')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByText('is on your Goals page')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(stepHeading(page, 'A quick look around')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(stepHeading(page, "You're all set")).toBeVisible();
  await page.getByRole('button', { name: 'Go to Today' }).click();
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // The interests became settings, the goal is on the Goals page, once.
  const interests = await (await page.request.get('/api/settings/interests')).json();
  expect(interests.data.value).toEqual(['focus', 'music_production']);
  await page.goto('/goals');
  await expect(page.getByRole('list', { name: 'Goals' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Goals' }).getByText('Finish the EP')).toBeVisible();

  // Done means done: the app opens on Today without the welcome again. With deep focus among
  // the interests, "Start here" offers a focus block and leads into a running session.
  await page.goto('/today');
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByTestId('starter-title')).toHaveText('Start a 25-minute focus block');
  await page.getByRole('button', { name: 'Start here' }).click();
  await expect(page).toHaveURL(/\/focus$/);
  await expect(page.getByTestId('focus-status')).toHaveText('Running');
});

test('a user who skips onboarding lands on Today and is not asked again after a reload; Settings can restart it', async ({
  page,
}) => {
  await signInLocally(page, uniqueName('Sam'), undefined, { onboarding: 'show' });
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page).toHaveURL(/\/today$/);

  await page.goto('/settings');
  await page.getByRole('button', { name: 'Restart onboarding' }).click();
  await expect(stepHeading(page, 'Welcome to Cadence')).toBeVisible();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page).toHaveURL(/\/settings$/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the onboarding steps have no serious accessibility problems (${scheme})`, async ({ page }) => {
    test.slow(); // five steps, each analysed by axe
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Onboarding'), undefined, { onboarding: 'show' });
    await expect(stepHeading(page, 'Welcome to Cadence')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Get started' }).click();

    await expect(stepHeading(page, 'What do you want to work on?')).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: 'Reading more' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(stepHeading(page, 'Set a first goal')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Not now' }).click();

    await expect(stepHeading(page, 'A quick look around')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(stepHeading(page, "You're all set")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('onboarding and Feedback fit a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInLocally(page, uniqueName('Phone Onboarding'), undefined, { onboarding: 'show' });
  const overflow = () => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  await page.getByRole('button', { name: 'Get started' }).click();
  await expect(stepHeading(page, 'What do you want to work on?')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('checkbox', { name: 'Ear training' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(stepHeading(page, 'Set a first goal')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page).toHaveURL(/\/today$/);

  await page.goto('/feedback');
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
  await expect(page.getByText('Nothing sent yet.')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
