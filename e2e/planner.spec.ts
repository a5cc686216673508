import { expect, type Page, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

/** A write through the API as the signed-in user (the Origin header satisfies the CSRF check). */
async function send(page: Page, method: 'POST' | 'PATCH', path: string, body: unknown) {
  const response = await page.request.fetch(path, { method, data: body, headers: { origin: baseURL } });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()).data;
}

/** A new user whose calendar shows UTC, so the hours below are the hours on screen. */
async function signInInUtc(page: Page, prefix: string) {
  await signInLocally(page, uniqueName(prefix));
  await send(page, 'PATCH', '/api/user', { timezone: 'UTC' });
}

const column = (page: Page, day: string) => page.locator(`[data-day="${day}"]`);

test('an event dragged in the week view keeps its new day and time after a reload', async ({ page }) => {
  await signInInUtc(page, 'Planner drag');
  // Wednesday 9 January 2030, 10:00–11:00.
  const event = await send(page, 'POST', '/api/calendar', {
    title: 'Drag me',
    start_time: '2030-01-09T10:00:00Z',
    end_time: '2030-01-09T11:00:00Z',
    timezone: 'UTC',
  });
  await page.goto('/planner?view=week&date=2030-01-09');
  const card = column(page, '2030-01-09').getByRole('button', { name: /^Drag me/ });
  await expect(card).toBeVisible();

  // One column to the right and two hours (96 px) down.
  const from = await card.boundingBox();
  const target = await column(page, '2030-01-10').boundingBox();
  if (!from || !target) throw new Error('the grid is not laid out');
  const x = from.x + from.width / 2;
  const y = from.y + 10;
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/api/calendar/${event.id}`) && r.request().method() === 'PATCH',
  );
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 20, y + 10, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, y + 96, { steps: 12 });
  await page.mouse.up();
  expect((await saved).ok()).toBe(true);

  await page.reload();
  await expect(column(page, '2030-01-10').getByRole('button', { name: /^Drag me/ })).toBeVisible();
  await expect(column(page, '2030-01-09').getByRole('button', { name: /^Drag me/ })).toHaveCount(0);
  const stored = await (await page.request.get(`/api/calendar/${event.id}`)).json();
  expect(stored.data).toMatchObject({ start_time: '2030-01-10T12:00:00.000Z', end_time: '2030-01-10T13:00:00.000Z' });
});

test('a weekly event made in the dialog shows on each week, and one occurrence can be removed alone', async ({
  page,
}) => {
  await signInInUtc(page, 'Planner weekly');
  await page.goto('/planner?view=week&date=2030-01-07');
  await expect(page.getByText('Nothing planned this week.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await dialog.getByLabel('Title').fill('Band practice');
  await dialog.getByLabel('Starts').fill('2030-01-07T18:00');
  await dialog.getByLabel('Ends (optional)').fill('2030-01-07T19:30');
  await dialog.getByLabel('Repeat', { exact: true }).selectOption({ label: 'Every week' });
  await dialog.getByRole('button', { name: 'Add event' }).click();
  await expect(dialog).toBeHidden();

  for (const monday of ['2030-01-07', '2030-01-14', '2030-01-21']) {
    await expect(page.getByTestId('planner-period')).toBeVisible();
    await expect(column(page, monday).getByRole('button', { name: /^Band practice.*repeats/ })).toBeVisible();
    await page.getByRole('button', { name: 'Next week' }).click();
  }

  // The month's six weeks show every Monday from 7 January to 4 February; removing the 14th leaves the others.
  await page.goto('/planner?view=month&date=2030-01-01');
  await expect(page.getByRole('button', { name: /^Band practice/ })).toHaveCount(5);
  await page.goto('/planner?view=week&date=2030-01-14');
  await column(page, '2030-01-14')
    .getByRole('button', { name: /^Band practice/ })
    .click();
  const edit = page.getByRole('dialog', { name: 'Edit event' });
  await expect(edit.getByRole('radio', { name: 'This occurrence' })).toBeChecked();
  await edit.getByRole('button', { name: 'Delete this occurrence' }).click();
  await page
    .getByRole('dialog', { name: 'Remove this occurrence?' })
    .getByRole('button', { name: 'Remove occurrence' })
    .click();
  await expect(column(page, '2030-01-14').getByRole('button', { name: /^Band practice/ })).toHaveCount(0);
  await page.goto('/planner?view=month&date=2030-01-01');
  await expect(page.getByRole('button', { name: /^Band practice/ })).toHaveCount(4);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Planner's month and week views have no serious accessibility problems (${scheme})`, async ({ page }) => {
    test.slow(); // several views and a dialog, each analysed by axe
    await page.emulateMedia({ colorScheme: scheme });
    await signInInUtc(page, 'Axe Planner');
    await send(page, 'POST', '/api/calendar', {
      title: 'Studio session',
      start_time: '2030-01-08T14:00:00Z',
      end_time: '2030-01-08T16:00:00Z',
      color: '#16a34a',
      recurrence_rule: 'FREQ=WEEKLY;COUNT=3',
    });
    await send(page, 'POST', '/api/calendar', {
      title: 'Festival',
      all_day: true,
      start_time: '2030-01-10T00:00:00Z',
      end_time: '2030-01-12T00:00:00Z',
    });

    await page.goto('/planner?view=week&date=2030-01-08');
    await expect(column(page, '2030-01-08').getByRole('button', { name: /^Studio session/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/planner?view=month&date=2030-01-08');
    await expect(page.getByRole('button', { name: /^Studio session/ })).toHaveCount(3);
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByRole('button', { name: /^Studio session/ })
      .first()
      .click();
    await expect(page.getByRole('dialog', { name: 'Edit event' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Make a private address' }).click();
    await expect(page.getByLabel('Your feed address')).toHaveValue(/\/api\/calendar\/feed\/[\w-]+\.ics$/);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the Planner fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signInInUtc(page, 'Phone Planner');
  await send(page, 'POST', '/api/calendar', { title: 'Lesson', start_time: '2030-01-08T09:00:00Z' });
  for (const view of ['month', 'week', 'day']) {
    await page.goto(`/planner?view=${view}&date=2030-01-08`);
    await expect(page.getByRole('button', { name: /^Lesson/ }).first()).toBeVisible();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, `${view} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
