import { type Browser, expect, type Page, test } from '@playwright/test';
import { signInLocally, uniqueName } from './support/session';

/** The timer's digits as seconds ("24:57" → 1497). */
async function shownSeconds(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').textContent()) ?? '';
  const parts = text.trim().split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** A second browser (its own cookies, its own session) signed in as the same person. */
async function secondDevice(browser: Browser, name: string, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email (optional)').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/today$/);
  return page;
}

test('a session paused on one device shows paused on the other, and resumes there from the same time', async ({
  page,
  browser,
}) => {
  const name = uniqueName('Fern');
  const email = `${name.replace(/\W+/g, '.').toLowerCase()}@example.test`;
  await signInLocally(page, name, email);
  const other = await secondDevice(browser, name, email);

  await page.goto('/focus');
  await page.getByLabel('Working on (optional)').fill('Arrange the bridge');
  await page.getByRole('button', { name: 'Start focus' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByTestId('focus-status')).toHaveText('Running');

  await other.goto('/focus');
  await expect(other.getByTestId('focus-status')).toHaveText('Running');
  await expect(other.getByText('Arrange the bridge').first()).toBeVisible();

  await page.waitForTimeout(1_500); // let some time pass, so the remaining time is not the full length
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('focus-status')).toHaveText('Paused');
  await expect(other.getByTestId('focus-status')).toHaveText('Paused', { timeout: 2_000 });
  const pausedAt = await shownSeconds(page);
  expect(Math.abs((await shownSeconds(other)) - pausedAt)).toBeLessThanOrEqual(1);

  // Paused time does not count: after a wait both still show the same figure.
  await page.waitForTimeout(2_500);
  expect(await shownSeconds(page)).toBe(pausedAt);

  await other.getByRole('button', { name: 'Resume' }).click();
  await expect(other.getByTestId('focus-status')).toHaveText('Running');
  await expect(page.getByTestId('focus-status')).toHaveText('Running', { timeout: 2_000 });
  const [here, there] = [await shownSeconds(page), await shownSeconds(other)];
  expect(Math.abs(here - there)).toBeLessThanOrEqual(2);
  expect(Math.abs(here - pausedAt)).toBeLessThanOrEqual(2);

  // A reload keeps the time: it comes from the server, not from this page.
  await page.reload();
  await expect(page.getByTestId('focus-status')).toHaveText('Running');
  expect(Math.abs((await shownSeconds(page)) - (await shownSeconds(other)))).toBeLessThanOrEqual(2);

  await page.getByRole('button', { name: 'Abandon' }).click();
  const dialog = page.getByRole('dialog', { name: 'Abandon this session?' });
  await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Abandon session' }).click();
  await expect(page.getByRole('button', { name: 'Start focus' })).toBeVisible();
  await expect(other.getByRole('button', { name: /^Start / })).toBeVisible({ timeout: 4_000 });
  await expect(
    page
      .getByRole('region', { name: 'History' })
      .getByText(/Abandoned/)
      .first(),
  ).toBeVisible();
  await other.context().close();
});
