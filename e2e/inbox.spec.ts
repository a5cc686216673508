import { expect, type Page, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { seriousViolations } from './support/axe';
import { runCommand, signInLocally, uniqueName } from './support/session';

/** A write through the API as the signed-in user (the Origin header satisfies the CSRF check). */
async function post(page: Page, path: string, body: unknown = {}) {
  const response = await page.request.post(path, { data: body, headers: { origin: baseURL } });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return response.status() === 204 ? null : (await response.json()).data;
}

/** The inbox's list of items on the page. */
const inboxList = (page: Page) => page.getByRole('list', { name: 'Inbox' });

test('⌘I on the Habits page captures a thought that lands in the inbox', async ({ page }) => {
  await signInLocally(page, uniqueName('Capture'));
  await page.goto('/habits');
  await expect(page.getByRole('heading', { level: 1, name: 'Habits' })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+i');
  const dialog = page.getByRole('dialog', { name: 'Quick capture' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByLabel('What’s on your mind?');
  await expect(field).toBeFocused();
  await page.keyboard.type('Sketch a chord progression in D minor');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Captured to your inbox')).toBeVisible();
  // Still on the page the capture was made from.
  await expect(page).toHaveURL(/\/habits$/);

  await page.getByRole('link', { name: /^Inbox \d+ unread$/ }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  const item = inboxList(page).getByRole('listitem').filter({ hasText: 'Sketch a chord progression in D minor' });
  await expect(item).toBeVisible();
  await expect(item).toContainText('(unread)');

  // The palette offers the same capture.
  await runCommand(page, 'quick capture', 'Quick capture');
  await expect(page.getByRole('dialog', { name: 'Quick capture' }).getByLabel('What’s on your mind?')).toBeFocused();
  await page.keyboard.type('Call the venue');
  await page.keyboard.press('Enter');
  await expect(inboxList(page).getByRole('listitem').filter({ hasText: 'Call the venue' })).toBeVisible();
});

test('an item processed into a goal leaves the inbox and shows on the Goals page', async ({ page }) => {
  await signInLocally(page, uniqueName('Process'));
  await post(page, '/api/inbox', { title: 'Release the EP', body: 'Four tracks, out in spring' });
  await page.goto('/inbox');

  const row = inboxList(page).getByRole('listitem').filter({ hasText: 'Release the EP' });
  await row.getByRole('button', { name: 'Process “Release the EP” into…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Process into…' });
  await expect(dialog.getByLabel('Title')).toHaveValue('Release the EP');
  await expect(dialog.getByLabel('Description (optional)')).toHaveValue('Four tracks, out in spring');
  await dialog.getByLabel('Priority').selectOption('high');
  await dialog.getByRole('button', { name: 'Create goal' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toBeHidden();

  await page
    .locator('label')
    .filter({ hasText: /^Archive$/ })
    .click();
  await expect(page.getByRole('radio', { name: 'Archive' })).toBeChecked();
  const archived = page
    .getByRole('list', { name: 'Archive' })
    .getByRole('listitem')
    .filter({ hasText: 'Release the EP' });
  await expect(archived.getByRole('link', { name: 'Became a goal' })).toBeVisible();

  await page.goto('/goals');
  await expect(page.getByText('Release the EP').first()).toBeVisible();
});

test('an item captured on another device appears without a reload, and marking all read clears the badge', async ({
  page,
}) => {
  await signInLocally(page, uniqueName('Live inbox'));
  // The page's event stream is open before the other device writes (a new stream starts at now).
  const streamOpen = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/events');
  await page.goto('/inbox');
  await streamOpen;
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await post(page, '/api/inbox', { title: 'Buy new strings' });
  await expect(inboxList(page).getByRole('listitem').filter({ hasText: 'Buy new strings' })).toBeVisible();

  await page.getByRole('button', { name: 'Mark all read' }).click();
  await expect(inboxList(page)).not.toContainText('(unread)');
  await expect(page.getByRole('link', { name: 'Inbox', exact: true })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Inbox page and its dialogs have no serious accessibility problems (${scheme})`, async ({ page }) => {
    test.slow(); // several states, each analysed by axe
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Inbox'));

    await page.goto('/inbox');
    await expect(page.getByRole('heading', { name: 'Inbox zero' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // A capture, and notifications from a completed habit (an achievement, a claimable quest).
    const habit = await post(page, '/api/habits', { name: 'Stretch' });
    await post(page, `/api/habits/${habit.id}/complete`, { count: 1 });
    await post(page, '/api/inbox', { title: 'Learn the Dorian mode', tags: ['theory'] });
    await page.reload();
    await expect(inboxList(page).getByRole('listitem').filter({ hasText: 'Learn the Dorian mode' })).toBeVisible();
    await expect(
      inboxList(page).getByRole('listitem').filter({ hasText: 'Achievement unlocked' }).first(),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Process “Learn the Dorian mode” into…' }).click();
    await expect(page.getByRole('dialog', { name: 'Process into…' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.keyboard.press('ControlOrMeta+i');
    await expect(page.getByRole('dialog', { name: 'Quick capture' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the Inbox fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signInLocally(page, uniqueName('Phone Inbox'));
  await post(page, '/api/inbox', {
    title: 'A long thought about arranging the second verse with fewer drums and more space',
    tags: ['arrangement', 'verse'],
  });
  await page.goto('/inbox');
  await expect(inboxList(page).getByRole('listitem').first()).toBeVisible();
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow, '/inbox scrolls sideways').toBeLessThanOrEqual(0);
});
