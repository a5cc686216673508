import { expect, type Page } from '@playwright/test';

/** A name no other test uses, so every test has its own user. */
export const uniqueName = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Accepts the terms and confirms the age on the terms screen. */
export async function acceptTerms(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeVisible();
  await page.getByLabel('I have read and accept the terms of use.').check();
  await page.getByLabel('I am 13 years old or older.').check();
  await page.getByRole('button', { name: 'Agree and continue' }).click();
}

/** Signs a new user in with local sign-in from the sign-in page, through the terms, into the app. */
export async function signInLocally(page: Page, name: string, email?: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Your name').fill(name);
  if (email) await page.getByLabel('Email (optional)').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await acceptTerms(page);
  await expect(page).toHaveURL(/\/today$/);
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
