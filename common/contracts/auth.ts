import { z } from 'zod';
import { timestamp } from './base';
import { text } from './text';

/** The signed-in user as the session endpoint and the web app see them. */
export const sessionUser = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  image: z.string().nullable(),
  timezone: z.string(),
  day_start_hour: z.number().int(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  created_at: timestamp,
});
export type SessionUser = z.output<typeof sessionUser>;

export const sessionState = z.object({
  user: sessionUser.nullable(),
  terms_version: z.string(),
  terms_accepted: z.boolean(),
  age_verified: z.boolean(),
});
export type SessionState = z.output<typeof sessionState>;

export const providerId = z.enum(['google', 'microsoft', 'oidc']);
export type ProviderId = z.infer<typeof providerId>;

export const providers = z.object({
  local: z.boolean(),
  passkeys: z.boolean(),
  oidc: z.array(z.object({ id: providerId, name: z.string() })),
});

export const localSignInBody = z.strictObject({
  name: text(100).min(1),
  email: z.email().max(254).optional(),
  /** IANA time zone of the browser, kept as the user's default on first sign-in. */
  timezone: text(64, { trim: false }).optional(),
});

/**
 * `redirect` is a same-site path (one leading `/`, never `//` or `/\`), kept percent-encoded;
 * anything else is ignored (the user lands on `/`) rather than refused, since this is a browser
 * navigation. Control characters are refused with 400 (`safeRedirect` in the server's auth module).
 */
export const signInQuery = z.object({
  redirect: text(2000, { trim: false }).optional(),
  /** The browser's IANA time zone, kept for a user created by this sign-in. */
  timezone: text(64, { trim: false }).optional(),
});

/** What a provider sends back to the callback; openid-client checks the rest. */
export const callbackQuery = z.looseObject({
  state: text(500, { trim: false }).optional(),
  code: text(4096, { trim: false }).optional(),
  error: text(200, { trim: false }).optional(),
});

export const acceptTermsBody = z.strictObject({ version: text(40, { trim: false }).min(1) });
export const verifyAgeBody = z.strictObject({ is_13_or_older: z.boolean() });

/** WebAuthn JSON as produced by the browser (`PublicKeyCredential.toJSON()`); checked by the library. */
export const webauthnResponse = z.looseObject({
  id: text(1024, { trim: false }).min(1),
  type: z.literal('public-key'),
});
export const passkeyRegisterOptionsBody = z.strictObject({ name: text(60).min(1).optional() });
export const passkeyRegisterBody = z.strictObject({
  response: webauthnResponse,
  name: text(60).min(1).optional(),
});
export const passkeyLoginBody = z.strictObject({ response: webauthnResponse });

/** WebAuthn options as @simplewebauthn/server makes them; the browser passes them on unchanged. */
export const passkeyCreationOptions = z.looseObject({ challenge: z.string() });
export const passkeyRequestOptions = z.looseObject({ challenge: z.string(), rpId: z.string().optional() });

export const passkey = z.object({
  id: z.uuid(),
  name: z.string(),
  credential_device_type: z.string(),
  credential_backed_up: z.boolean(),
  transports: z.array(z.string()),
  last_used_at: timestamp.nullable(),
  created_at: timestamp,
});
