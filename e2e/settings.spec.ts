import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { signInLocally, uniqueName } from './support/session';

test('profile, focus defaults and data export in Settings save to the account', async ({ page }) => {
  const name = uniqueName('Sam');
  await signInLocally(page, name);
  await page.goto('/settings');

  const profile = page.getByRole('region', { name: 'Profile' });
  await profile.getByLabel('Name').fill(`${name} Renamed`);
  await profile.getByLabel('Time zone').selectOption('Asia/Tokyo');
  await profile.getByLabel('A new day starts at').selectOption('6');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await expect(page.getByRole('button', { name: `Account menu for ${name} Renamed` })).toBeVisible();

  const focus = page.getByRole('region', { name: 'Focus defaults' });
  await focus.getByLabel('Focus length').fill('500');
  await focus.getByRole('button', { name: 'Save focus defaults' }).click();
  await expect(focus.getByText('Enter a whole number from 1 to 240.')).toBeVisible();
  await focus.getByLabel('Focus length').fill('50');
  await focus.getByRole('button', { name: 'Save focus defaults' }).click();
  await expect(page.getByText('Focus defaults saved')).toBeVisible();

  await page.reload();
  await expect(profile.getByLabel('Name')).toHaveValue(`${name} Renamed`);
  await expect(profile.getByLabel('Time zone')).toHaveValue('Asia/Tokyo');
  await expect(profile.getByLabel('A new day starts at')).toHaveValue('6');
  await expect(focus.getByLabel('Focus length')).toHaveValue('50');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const exported = JSON.parse(await readFile(await file.path(), 'utf8'));
  expect(JSON.stringify(exported)).toContain(`${name} Renamed`);
});

test('signing out everywhere ends this session too', async ({ page }) => {
  await signInLocally(page, uniqueName('Eve'));
  await page.goto('/settings');
  const sessions = page.getByRole('region', { name: 'Sessions' });
  await expect(sessions.getByText('This device')).toBeVisible();
  await sessions.getByRole('button', { name: 'Sign out everywhere' }).click();
  await sessions.getByRole('button', { name: 'Sign out all devices' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const state = await (await page.request.get('/api/auth/session')).json();
  expect(state.data.user).toBeNull();
});

test('deleting the account needs the typed phrase and then signs out', async ({ page }) => {
  const name = uniqueName('Dee');
  await signInLocally(page, name);
  await page.goto('/settings');
  const danger = page.getByRole('region', { name: 'Delete account' });
  await danger.getByRole('button', { name: 'Delete account…' }).click();
  const confirm = danger.getByRole('button', { name: 'Delete my account forever' });
  await expect(confirm).toBeDisabled();
  await danger.getByLabel('Type "delete my account" to confirm').fill('delete my account');
  await confirm.click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('Your account and all its data were deleted.')).toBeVisible();
  const state = await (await page.request.get('/api/auth/session')).json();
  expect(state.data.user).toBeNull();
});
