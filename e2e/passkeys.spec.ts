import { expect, test } from '@playwright/test';
import { signInLocally, uniqueName } from './support/session';

test('a user registers a passkey in Settings, signs out, and signs back in with the passkey alone', async ({
  page,
  context,
}) => {
  // Chromium's virtual authenticator: a platform passkey that verifies the user without a prompt.
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  const name = uniqueName('Pia');
  await signInLocally(page, name);
  await page.goto('/settings');
  const passkeys = page.getByRole('region', { name: 'Passkeys' });
  await expect(passkeys.getByText('No passkeys yet.')).toBeVisible();
  await passkeys.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByText('Passkey added.')).toBeVisible();
  await expect(passkeys.getByRole('list', { name: 'Your passkeys' }).getByRole('listitem')).toHaveCount(1);

  // Sign out from the account menu.
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const signedOut = await (await page.request.get('/api/auth/session')).json();
  expect(signedOut.data.user).toBeNull();

  // Back in with the passkey: no name, no provider.
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole('button', { name: `Account menu for ${name}` })).toBeVisible();

  await page.goto('/settings');
  await expect(passkeys.getByText(/last used/)).toBeVisible();
});
