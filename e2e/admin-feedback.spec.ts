import { expect, type Page, test } from '@playwright/test';
import { grantRole } from './support/admin';
import { signInLocally, uniqueName } from './support/session';

/** Sends feedback from the Feedback page, as a user does. */
async function sendFeedback(page: Page, title: string, message: string): Promise<void> {
  await page.goto('/feedback');
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
  await page.locator('label').filter({ hasText: /^Bug$/ }).click();
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Message').fill(message);
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(page.getByRole('list', { name: 'Your feedback' }).getByText(title)).toBeVisible();
}

test('an admin answers a feedback item and resolves it; its author sees the answer and is told in their inbox', async ({
  browser,
}) => {
  const title = uniqueName('Metronome drifts');
  const answer = 'Thanks! The metronome now keeps time after the tab sleeps.';

  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await signInLocally(user, uniqueName('Fay'));
  await sendFeedback(user, title, 'The click drifts after a few minutes in the background.');

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const adminName = uniqueName('Ada Admin');
  await signInLocally(admin, adminName);
  await grantRole(admin, adminName, 'admin');

  // Admin → Feedback, the open messages only.
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  await admin.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Feedback' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
  await admin.getByLabel('Status').selectOption({ label: 'Open' });
  await expect(admin.getByRole('button', { name: 'Clear the status filter' })).toBeVisible();
  const list = admin.getByRole('list', { name: 'Feedback' });
  const row = list.getByRole('listitem').filter({ hasText: title });
  await expect(row.getByText('Status: Open')).toBeVisible();

  // Read it, answer it and mark it resolved.
  await row.getByRole('button', { name: title }).click();
  const dialog = admin.getByRole('dialog', { name: title });
  await expect(dialog.getByText('The click drifts after a few minutes in the background.')).toBeVisible();
  await dialog.getByLabel('Status').selectOption({ label: 'Resolved' });
  await dialog.getByLabel('Response to the author').fill(answer);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('Feedback updated.')).toBeVisible();
  await expect(dialog.getByText('Status: Resolved')).toBeVisible();
  await expect(dialog.getByText(/answered/)).toBeVisible();
  await expect(dialog.getByLabel('Response to the author')).toHaveValue(answer);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // No longer open, so the filtered list lets it go; without the filter it shows resolved.
  await expect(list.getByText(title)).toHaveCount(0);
  await admin.getByRole('button', { name: 'Clear the status filter' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: title }).getByText('Status: Resolved')).toBeVisible();

  // The author sees the answer on their Feedback page, and the notification in their inbox.
  await user.goto('/feedback');
  const mine = user.getByRole('list', { name: 'Your feedback' }).getByRole('listitem').filter({ hasText: title });
  await expect(mine.getByText('Response from the team')).toBeVisible();
  await expect(mine.getByText(answer)).toBeVisible();
  await expect(mine.getByText('Status: Resolved')).toBeVisible();
  await user.goto('/inbox');
  await expect(
    user.getByRole('list', { name: 'Inbox' }).getByRole('listitem').filter({ hasText: 'Your feedback was answered' }),
  ).toBeVisible();

  await userContext.close();
  await adminContext.close();
});

test('a plain user sees no Admin in the navigation and “Not available” at an admin page', async ({ page }) => {
  await signInLocally(page, uniqueName('Pat'));
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Today' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Not available' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Admin' })).toHaveCount(0);
});
