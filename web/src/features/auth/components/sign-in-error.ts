/** Friendly words for the `?error=` codes the sign-in callback sends back. */
const messages: Record<string, string> = {
  access_denied: 'The sign-in was cancelled at the provider. You can try again whenever you like.',
  invalid_state: 'That sign-in attempt expired or was already used. Please start again.',
  state_expired: 'That sign-in attempt expired. Please start again.',
  oauth_failed: 'The provider could not confirm who you are. Please try again.',
  callback_failed: 'The provider could not confirm who you are. Please try again.',
  provider_error: 'The provider reported a problem. Please try again in a moment.',
  provider_unavailable: 'The sign-in provider could not be reached. Please try again in a moment.',
  unknown_provider: 'That sign-in method is not set up on this server.',
  email_not_verified:
    'Your provider did not confirm your email address, so it could not be linked to an existing account. Sign in the way you did before.',
  account_not_linked:
    'An account with this email already exists. Sign in the way you did before; you can add other sign-in methods later.',
  account_disabled: 'This account cannot sign in. Please contact the administrator of this Cadence.',
  rate_limited: 'Too many sign-in attempts. Please wait a minute and try again.',
};

/** The message to show for a sign-in error code, or null when there is none. */
export function signInErrorMessage(code: string | null): string | null {
  if (!code) return null;
  const key = code.trim().toLowerCase().slice(0, 60);
  if (!key) return null;
  return messages[key] ?? `Sign-in did not complete (${key.replace(/[^a-z0-9_-]/g, '')}). Please try again.`;
}
