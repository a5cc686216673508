import * as client from 'openid-client';
import type { OidcProviderConfig } from '../../config';
import { badRequest, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { deleteExpiredOauthStates, insertOauthState, takeOauthState } from './auth.repo';
import type { IssuedSession } from './sessions.service';
import {
  completeSignIn,
  type Identity,
  recordFailedSignIn,
  resolveUser,
  SignInFailure,
  type SignInRequest,
} from './signin.service';

const STATE_TTL_MS = 10 * 60_000;
const SCOPE = 'openid email profile';

/**
 * Discovery documents, fetched on first use and kept per provider configuration (so per app).
 * A failed discovery is forgotten, so the next sign-in tries again.
 */
const discovered = new WeakMap<OidcProviderConfig, Promise<client.Configuration>>();

const isLoopback = (host: string) => ['127.0.0.1', '[::1]', 'localhost'].includes(host);

function configurationFor(provider: OidcProviderConfig): Promise<client.Configuration> {
  let pending = discovered.get(provider);
  if (!pending) {
    const issuer = new URL(provider.issuer);
    // Plain http is accepted for an issuer on loopback only (a local identity server, tests).
    const insecure = issuer.protocol === 'http:' && isLoopback(issuer.hostname);
    // The issuer URL itself (not its .well-known document) is passed on purpose: for Microsoft's
    // multi-tenant issuers (`common`, `organizations`, `consumers`) the document's issuer is the
    // template `https://login.microsoftonline.com/{tenantid}/v2.0`, which openid-client accepts
    // only when it discovers from a login.microsoftonline.com issuer URL; it then checks each ID
    // token's `iss` against the template filled with that token's own `tid`. Microsoft asserts
    // no `email_verified`, so such accounts never link to an existing user by email.
    pending = client.discovery(issuer, provider.clientId, provider.clientSecret, undefined, {
      timeout: 10,
      ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
    });
    discovered.set(provider, pending);
    pending.catch(() => discovered.delete(provider));
  }
  return pending;
}

function providerOf(deps: Platform, id: string): OidcProviderConfig {
  const provider = deps.config.auth.oidcProviders.find((p) => p.id === id);
  if (!provider) throw notFound('sign-in provider');
  return provider;
}

export const callbackUrl = (deps: Platform, providerId: string) =>
  new URL(`/api/auth/callback/${providerId}`, deps.config.publicOrigin).href;

/** One leading `/`, not `//` or `/\` (which browsers read as another host). */
const SAME_SITE_PATH = /^\/(?![/\\])/;
/** Control characters (C0, DEL, C1) and lone surrogates: never part of a path a person meant. */
const UNSENDABLE = /[\p{Cc}\p{Cs}]/u;
/** Everything but printable ASCII is percent-encoded (as UTF-8), so the path is a valid Location header. */
const NOT_PRINTABLE_ASCII = /[^\x21-\x7e]/gu;
const MAX_REDIRECT = 2048;

/** Refuses, at the start of a sign-in, a return path with control characters (400, before the provider). */
export function checkRedirect(value: string | undefined): void {
  if (value !== undefined && UNSENDABLE.test(value)) {
    throw badRequest('The return path holds control characters.', [
      { path: 'query.redirect', message: 'Must not contain control characters' },
    ]);
  }
}

/**
 * A same-site path, percent-encoded (`/ideas?tag=日本` → `/ideas?tag=%E6%97%A5%E6%9C%AC`), or `/`:
 * anything else (`//evil.com`, `https://evil.com`, `/\evil.com`, control characters, too long) is
 * ignored. It never throws, so the callback can always answer with it.
 */
export function safeRedirect(value: string | null | undefined): string {
  if (!value || UNSENDABLE.test(value) || !SAME_SITE_PATH.test(value)) return '/';
  const encoded = value.replace(NOT_PRINTABLE_ASCII, (c) => encodeURIComponent(c));
  return encoded.length <= MAX_REDIRECT ? encoded : '/';
}

/**
 * Starts a sign-in at a provider: a state row (single use, 10 minutes) keeps the PKCE verifier,
 * the nonce and where to return; the caller binds the state to the browser with a cookie.
 */
export async function beginSignIn(
  deps: Platform,
  providerId: string,
  options: { redirect?: string; timezone?: string | null },
): Promise<{ url: string; state: string; expiresAt: Date }> {
  const provider = providerOf(deps, providerId);
  checkRedirect(options.redirect);
  let config: client.Configuration;
  try {
    config = await configurationFor(provider);
  } catch {
    throw new SignInFailure('provider_unavailable');
  }
  const now = deps.clock.now();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const expiresAt = new Date(now.getTime() + STATE_TTL_MS);
  const db = deps.database.db;
  await deleteExpiredOauthStates(db, now);
  await insertOauthState(db, {
    state_key: state,
    provider: provider.id,
    pkce_verifier: verifier,
    nonce,
    redirect_uri: safeRedirect(options.redirect),
    timezone: options.timezone ?? null,
    created_at: now,
    expires_at: expiresAt,
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(deps, provider.id),
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state, expiresAt };
}

/**
 * Finishes a sign-in at the callback: consumes the state row first (so a replayed callback
 * fails), checks it belongs to this browser and is fresh, lets openid-client exchange the code
 * and verify PKCE, state, nonce and the ID token, then signs the person in. Every failure is a
 * SignInFailure, recorded in the audit log; a provider that is not configured is a 404.
 */
export async function finishSignIn(
  deps: Platform,
  providerId: string,
  currentUrl: URL,
  browserState: string | null,
  request: SignInRequest,
): Promise<{ session: IssuedSession; redirect: string }> {
  // A provider that is not configured is not a failed sign-in: 404, like its sign-in address.
  const provider = providerOf(deps, providerId);
  try {
    return await exchange(deps, provider, currentUrl, browserState, request);
  } catch (err) {
    const failure = err instanceof SignInFailure ? err : new SignInFailure('server_error');
    await recordFailedSignIn(deps.database.db, request.source, `oidc:${providerId}`, failure.code).catch(() => {});
    if (failure !== err) throw Object.assign(failure, { cause: err });
    throw failure;
  }
}

async function exchange(
  deps: Platform,
  provider: OidcProviderConfig,
  currentUrl: URL,
  browserState: string | null,
  request: SignInRequest,
): Promise<{ session: IssuedSession; redirect: string }> {
  const params = currentUrl.searchParams;
  const stateKey = params.get('state');
  if (!stateKey || stateKey.length > 200) throw new SignInFailure('invalid_state');
  const row = await takeOauthState(deps.database.db, stateKey);
  if (!row || row.provider !== provider.id || browserState !== stateKey) throw new SignInFailure('invalid_state');
  if (row.expires_at <= deps.clock.now()) throw new SignInFailure('expired_state');
  // Settled before anyone is signed in: nothing after the session is opened can fail.
  const redirect = safeRedirect(row.redirect_uri);
  if (params.has('error')) {
    throw new SignInFailure(params.get('error') === 'access_denied' ? 'access_denied' : 'provider_error');
  }

  let config: client.Configuration;
  try {
    config = await configurationFor(provider);
  } catch {
    throw new SignInFailure('provider_unavailable');
  }
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: row.pkce_verifier,
      expectedState: stateKey,
      expectedNonce: row.nonce,
      idTokenExpected: true,
    });
    claims = { ...(tokens.claims() ?? {}) };
    // Some providers put the email only in the UserInfo response.
    if (typeof claims.email !== 'string' && typeof claims.sub === 'string') {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub).catch(() => null);
      if (info) claims = { ...info, ...claims, email: info.email, email_verified: info.email_verified };
    }
  } catch {
    throw new SignInFailure('invalid_response');
  }
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new SignInFailure('invalid_response');

  const email = typeof claims.email === 'string' && claims.email.length <= 254 ? claims.email : null;
  const identity: Identity = {
    method: 'oidc',
    provider: provider.id,
    subject: claims.sub,
    email,
    emailVerified: claims.email_verified === true,
    name: displayName(claims, email),
    timezone: row.timezone,
  };
  const session = await deps.database.db.transaction(async (tx) => {
    const { user, created } = await resolveUser(tx, deps, identity, request.source);
    return completeSignIn(tx, deps, {
      user,
      created,
      method: `oidc:${provider.id}`,
      adminEmail: identity.emailVerified ? email : null,
      request,
    });
  });
  return { session, redirect };
}

function displayName(claims: Record<string, unknown>, email: string | null): string {
  for (const key of ['name', 'preferred_username', 'given_name']) {
    const value = claims[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 100);
  }
  return email?.split('@')[0]?.slice(0, 100) || 'New user';
}
