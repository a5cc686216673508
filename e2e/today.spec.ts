import { expect, type Page, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

/** The toasts region sonner renders; each toast is one list item. */
const toasts = (page: Page) => page.getByRole('region', { name: /Notifications/ }).getByRole('listitem');
const planCard = (page: Page) => page.getByRole('region', { name: 'Today’s plan' });

test('a new user lands on Today, plans the day and follows "start here" into a running focus session', async ({
  page,
}) => {
  await signInLocally(page, uniqueName('Noor'));
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByTestId('greeting')).toContainText('Noor');
  // Nothing planned yet: the starter offers to plan the day.
  await expect(page.getByTestId('starter-title')).toHaveText('Plan your day');
  await page.getByRole('button', { name: 'Start here' }).click();

  // The generated plan starts with a focus block, which becomes the next step.
  await expect(planCard(page).getByTestId('plan-item').first()).toContainText('Focus block');
  await expect(page.getByTestId('starter-title')).toHaveText('Focus block');
  await page.getByRole('button', { name: 'Start here' }).click();

  await expect(page).toHaveURL(/\/focus$/);
  await expect(page.getByTestId('focus-status')).toHaveText('Running');
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Back on Today, the plan's focus block now leads to the running session.
  await page.goto('/today');
  await expect(page.getByTestId('starter-title')).toHaveText('Resume your focus session');
});

test('completing a plan item shows its XP toast once and raises the progress strip', async ({ page }) => {
  await signInLocally(page, uniqueName('Ravi'));
  const plan = planCard(page);
  await plan.getByLabel('Add to today’s plan').fill('Send the mix to Sam');
  await plan.getByRole('button', { name: 'Add' }).click();
  const item = plan.getByTestId('plan-item').filter({ hasText: 'Send the mix to Sam' });
  await expect(item).toBeVisible();
  await expect(page.getByTestId('starter-title')).toHaveText('Send the mix to Sam');

  await item.getByRole('checkbox', { name: /Send the mix to Sam/ }).check();
  const xpToast = toasts(page).filter({ hasText: '+2 XP' });
  await expect(xpToast).toHaveCount(1);
  // The same reward also arrives on the event stream: still one toast.
  await page.waitForTimeout(1_500);
  await expect(xpToast).toHaveCount(1);
  await expect(plan.getByText('1 of 1 done')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /^XP to level/ })).toHaveAttribute(
    'aria-valuetext',
    /^(2|[1-9]\d+) of \d+ XP$/,
  );

  // Reordering and notes are kept across a reload.
  await plan.getByLabel('Add to today’s plan').fill('Stretch');
  await plan.getByRole('button', { name: 'Add' }).click();
  await plan.getByRole('button', { name: 'Move Stretch up' }).click();
  await plan.getByLabel('Notes for the day').fill('Slow start, big finish.');
  await plan.getByRole('button', { name: 'Save notes' }).click();
  await expect(plan.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(plan.getByTestId('plan-item').first()).toContainText('Stretch');
  await expect(plan.getByLabel('Notes for the day')).toHaveValue('Slow start, big finish.');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`Today has no serious accessibility problems, empty and planned (${scheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Today'));
    await expect(page.getByTestId('starter-title')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    const write = async (path: string, body: unknown = {}) => {
      const response = await page.request.post(path, { data: body, headers: { origin: baseURL } });
      expect(response.ok()).toBe(true);
      return (await response.json()).data;
    };
    await write('/api/habits', { name: 'Stretch' });
    await write('/api/plan/generate', {});
    await write('/api/plan/items', { title: 'Call the studio' });
    await page.reload();
    await expect(planCard(page).getByTestId('plan-item')).toHaveCount(3);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('Today fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signInLocally(page, uniqueName('Phone Today'));
  await page.request.post('/api/plan/items', {
    data: { title: 'A rather long title for a small screen to wrap' },
    headers: { origin: baseURL },
  });
  await page.reload();
  await expect(planCard(page).getByTestId('plan-item')).toHaveCount(1);
  const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  expect(overflow).toBeLessThanOrEqual(0);
});

test('with the event stream blocked, Today polls and shows a change made on another device', async ({ page }) => {
  // A proxy that does not pass the event stream through: the app falls back to /api/sync/poll.
  await page.route('**/api/events', (route) => route.abort());
  await signInLocally(page, uniqueName('Offline stream'));
  const plan = planCard(page);
  await expect(plan.getByText('Nothing planned yet', { exact: false })).toBeVisible();
  // The first poll only learns the state; the change comes after it.
  const polled = await page.waitForResponse('**/api/sync/poll');
  expect(polled.status()).toBe(200);

  const added = await page.request.post('/api/plan/items', {
    data: { title: 'Call the venue' },
    headers: { origin: baseURL },
  });
  expect(added.ok()).toBe(true);
  // The next poll sees the plan changed (a new ETag) and Today reads it again: no reload.
  await expect(plan.getByTestId('plan-item').filter({ hasText: 'Call the venue' })).toBeVisible({ timeout: 15_000 });
});
