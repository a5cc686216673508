import { expect, type Page } from '@playwright/test';

/** A name no other test uses, so every test has its own user. */
export const uniqueName = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export interface NewcomerOptions {
  /**
   * What happens to the onboarding a new user meets after the terms: `skip` (the default) skips
   * it through the API and opens the page the user was going to, for journeys about something
   * else; `show` leaves the user on the onboarding page.
   */
  onboarding?: 'skip' | 'show';
}

/** Skips the onboarding the page was sent to, through the API, and opens the page it would have led to. */
export async function skipOnboarding(page: Page): Promise<void> {
  await page.waitForURL(/\/onboarding(\?|$)/);
  const here = new URL(page.url());
  const response = await page.request.post('/api/onboarding/skip', { headers: { origin: here.origin } });
  expect(response.ok(), `skipping onboarding answered ${response.status()}`).toBe(true);
  await page.goto(here.searchParams.get('redirect') ?? '/today');
}

/** Accepts the terms and confirms the age on the terms screen (then skips onboarding unless asked not to). */
export async function acceptTerms(page: Page, options: NewcomerOptions = {}): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeVisible();
  await page.getByLabel('I have read and accept the terms of use.').check();
  await page.getByLabel('I am 13 years old or older.').check();
  await page.getByRole('button', { name: 'Agree and continue' }).click();
  if ((options.onboarding ?? 'skip') === 'skip') await skipOnboarding(page);
}

/**
 * Signs a new user in with local sign-in from the sign-in page, through the terms, into the app:
 * on Today, or on the onboarding page with `{ onboarding: 'show' }`.
 */
export async function signInLocally(
  page: Page,
  name: string,
  email?: string,
  options: NewcomerOptions = {},
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Your name').fill(name);
  if (email) await page.getByLabel('Email (optional)').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await acceptTerms(page, options);
  if (options.onboarding === 'show') await expect(page).toHaveURL(/\/onboarding$/);
  else await expect(page).toHaveURL(/\/today$/);
}

/** Opens the command palette with the keyboard and runs the item matching `text`. */
export async function runCommand(page: Page, text: string, item: string | RegExp): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  const input = page.getByRole('combobox', { name: 'Command palette' });
  await expect(input).toBeFocused();
  await input.fill(text);
  await expect(page.getByRole('option', { name: item })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(input).toBeHidden();
}
