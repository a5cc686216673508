import { expect, test } from '@playwright/test';
import { setNextOidcAccount } from './support/oidc-control';
import { acceptTerms, uniqueName } from './support/session';

test('signing in through the OpenID Connect provider returns to the page the user wanted', async ({ page }) => {
  const name = uniqueName('Olu');
  const sub = `sub-${name.replace(/\W+/g, '-').toLowerCase()}`;
  await setNextOidcAccount({ sub, email: `${sub}@example.test`, email_verified: true, name });

  await page.goto('/sign-in?redirect=%2Ffocus');
  await page.getByRole('link', { name: 'Continue with Single sign-on' }).click();

  // The provider approves at once and the callback signs in; a new user meets the terms first.
  await acceptTerms(page);
  await expect(page).toHaveURL(/\/focus$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Focus' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Account menu for ${name}` })).toBeVisible();

  const session = await (await page.request.get('/api/auth/session')).json();
  expect(session.data.user).toMatchObject({ name, email: `${sub}@example.test` });
});

test('a failed provider sign-in explains itself on the sign-in page', async ({ page }) => {
  await page.goto('/sign-in?error=access_denied');
  await expect(page.getByRole('alert')).toContainText('cancelled at the provider');
  await page.goto('/sign-in?error=%3Cscript%3E');
  await expect(page.getByRole('alert')).toContainText('Sign-in did not complete (script)');
});
