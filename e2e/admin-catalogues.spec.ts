import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { grantRole } from './support/admin';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

/** Signs a new user in and makes them an administrator. */
async function signInAsAdmin(page: Page): Promise<void> {
  const name = uniqueName('Catalogue Admin');
  await signInLocally(page, name);
  await grantRole(page, name, 'admin');
}

/**
 * A monthly universal quest of the journey's own, so the seeded ones other journeys look for stay
 * as they are; taken away again (deactivated) by `retire`.
 */
async function makeQuest(
  request: APIRequestContext,
  title: string,
  target_type = 'focus_minutes',
): Promise<{ id: string }> {
  const response = await request.post('/api/admin/catalogues/quests', {
    headers: { origin: baseURL },
    data: {
      key: `e2e_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      title,
      description: 'Spend ten hours in focus this month.',
      period: 'monthly',
      target_type,
      target: 600,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).data;
}

async function retire(request: APIRequestContext, id: string): Promise<void> {
  const response = await request.patch(`/api/admin/catalogues/quests/${id}`, {
    headers: { origin: baseURL },
    data: { is_active: false },
  });
  expect(response.ok()).toBe(true);
}

test('an admin edits a universal quest and a plain user’s Quests page shows the change', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin);
  const title = uniqueName('Tune the room');
  const quest = await makeQuest(admin.request, title);

  const user = await (await browser.newContext()).newPage();
  await signInLocally(user, uniqueName('Quest Reader'));
  await user.goto('/quests');
  await expect(user.getByText(title, { exact: true })).toBeVisible();

  await admin.goto('/admin/catalogues?catalogue=quests');
  await expect(admin.getByRole('heading', { name: 'Catalogues' })).toBeVisible();
  await admin.getByRole('button', { name: `Edit ${title}` }).click();
  const dialog = admin.getByRole('dialog', { name: 'Edit universal quest' });
  await expect(dialog).toBeVisible();
  const renamed = uniqueName('Treat the room');
  await dialog.getByLabel('Title').fill(renamed);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  const row = admin.getByRole('row').filter({ hasText: renamed });
  await expect(row.getByText('Edited by admin')).toBeVisible();

  await user.reload();
  await expect(user.getByText(renamed, { exact: true })).toBeVisible();
  await expect(user.getByText(title, { exact: true })).toBeHidden();

  // A quest nobody worked on may go; this one stays, deactivated, off everyone's list.
  await retire(admin.request, quest.id);
  await user.reload();
  await expect(user.getByText('Daily Focus', { exact: true })).toBeVisible();
  await expect(user.getByText(renamed, { exact: true })).toBeHidden();
});

test('deleting a quest a user has worked on offers to deactivate it instead', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/admin/catalogues?catalogue=quests');
  // A quest of the journey's own that the admin has made progress on, by completing a habit.
  const title = uniqueName('Keep at it');
  const quest = await makeQuest(page.request, title, 'habits_completed');
  const write = async (path: string, data: unknown = {}) => {
    const response = await page.request.post(path, { data, headers: { origin: baseURL } });
    expect(response.ok(), await response.text()).toBe(true);
    return (await response.json()).data;
  };
  const habit = await write('/api/habits', { name: 'Stretch' });
  await write(`/api/habits/${habit.id}/complete`, { count: 1 });

  await page.reload();
  await page.getByRole('button', { name: `Delete ${title}` }).click();
  await page
    .getByRole('dialog', { name: `Delete “${title}”?` })
    .getByRole('button', { name: 'Delete universal quest' })
    .click();
  const offer = page.getByRole('dialog', { name: 'Users have this — deactivate instead' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Deactivate' }).click();
  await expect(offer).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: title }).getByText('Inactive')).toBeVisible();
  await retire(page.request, quest.id);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Catalogues page has no serious accessibility problems at phone width (${scheme})`, async ({ page }) => {
    test.slow(); // the list, the form and the confirmation, each analysed by axe
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    await signInAsAdmin(page);

    await page.goto('/admin/catalogues?catalogue=market-items');
    await expect(page.getByRole('button', { name: 'Edit Streak Shield' })).toBeVisible();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New market item' }).click();
    const form = page.getByRole('dialog', { name: 'New market item' });
    await form.getByRole('button', { name: 'Create market item' }).click();
    await expect(form.getByText('Required').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Delete Streak Shield' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete “Streak Shield”?' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Keep it' }).click();
  });
}
