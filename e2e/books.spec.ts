import { expect, type Page, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

/** The toasts region sonner renders; each toast is one list item. */
const toasts = (page: Page) => page.getByRole('region', { name: /Notifications/ }).getByRole('listitem');

async function logPages(page: Page, title: string, pages: number) {
  await page.getByRole('button', { name: `Log reading: ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: `Log reading: ${title}` });
  await dialog.getByLabel('Pages', { exact: true }).fill(String(pages));
  await dialog.getByRole('button', { name: 'Log' }).click();
  await expect(dialog).toBeHidden();
}

test('a book of 40 pages is read to the end on a phone and lands on the Finished shelf, with its rewards', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signInLocally(page, uniqueName('Reader'));
  await page.goto('/books');
  await expect(page.getByRole('heading', { level: 1, name: 'Books' })).toBeVisible();
  await expect(page.getByText('Nothing on this shelf yet')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Add a book' }).first().click();
  const add = page.getByRole('dialog', { name: 'Add a book' });
  await add.getByLabel('Title').fill('The Little Prince');
  await add.getByLabel('Author (optional)').fill('Antoine de Saint-Exupéry');
  await add.getByLabel('Pages (optional)').fill('40');
  await add.getByRole('button', { name: 'Add book' }).click();
  await expect(add).toBeHidden();
  const shelf = page.getByRole('region', { name: 'Your books' });
  await expect(shelf.getByRole('link', { name: 'The Little Prince' })).toBeVisible();
  await expect(shelf.getByText('0 of 40 pages')).toBeVisible();

  await logPages(page, 'The Little Prince', 30);
  await expect(toasts(page).filter({ hasText: '+6 XP · +3 coins' })).toHaveCount(1);
  await expect(shelf.getByText('30 of 40 pages')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // More than is left: only the last 10 pages count, and the book is finished.
  await logPages(page, 'The Little Prince', 25);
  await expect(toasts(page).filter({ hasText: '+50 XP · +20 coins' })).toHaveCount(1);
  await expect(shelf.getByRole('link', { name: 'The Little Prince' })).toBeHidden();
  // Finishing the book reaches level 2.
  await page.getByRole('dialog', { name: 'Level 2' }).getByRole('button', { name: 'Keep going' }).click();

  await page.getByRole('button', { name: /^Finished/ }).click();
  await expect(shelf.getByRole('link', { name: 'The Little Prince' })).toBeVisible();
  await expect(shelf.getByText('40 of 40 pages')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Finished\s*1$/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The book's page lists both sessions.
  await shelf.getByRole('link', { name: 'The Little Prince' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The Little Prince' })).toBeVisible();
  const sessions = page.getByRole('region', { name: 'Reading sessions' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByText('10 pages (30–40)')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
