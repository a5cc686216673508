/** Friendly words for the `?error=` codes the sign-in callback sends back. */
const messages: Record<string, string> = {
  access_denied: 'The sign-in was cancelled at the provider. You can try again whenever you like.',
  invalid_state: 'That sign-in attempt was already used or did not start here. Please start again.',
  expired_state: 'That sign-in attempt took too long and expired. Please start again.',
  provider_error: 'The provider reported a problem. Please try again in a moment.',
  provider_unavailable: 'The sign-in provider could not be reached. Please try again in a moment.',
  invalid_response: 'The provider sent an answer Cadence could not accept. Please try again.',
  account_disabled: 'This account cannot sign in. Please contact the administrator of this Cadence.',
  passkey_invalid: 'That passkey is not registered here (it may have been removed). Try another way to sign in.',
  server_error: 'Something went wrong on the server while signing you in. Please try again.',
  rate_limited: 'Too many sign-in attempts. Please wait a minute and try again.',
};

/** The message to show for a sign-in error code, or null when there is none. */
export function signInErrorMessage(code: string | null): string | null {
  if (!code) return null;
  const key = code.trim().toLowerCase().slice(0, 60);
  if (!key) return null;
  return messages[key] ?? `Sign-in did not complete (${key.replace(/[^a-z0-9_-]/g, '')}). Please try again.`;
}
