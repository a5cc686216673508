import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { audit_log } from '../../platform/audit.tables';
import { asUser, signUp } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { startOidcProvider, type TestAccount, type TestOidcProvider } from '../../test/oidc-provider';
import { oauth_states, sessions } from './auth.tables';

const CALLBACK = 'http://localhost:8080/api/auth/callback/oidc';

let op: TestOidcProvider;
let t: TestApp;
beforeAll(async () => {
  op = await startOidcProvider({ redirectUris: [CALLBACK] });
  t = await createTestApp({
    env: {
      OIDC_ISSUER: op.issuer,
      OIDC_CLIENT_ID: op.clientId,
      OIDC_CLIENT_SECRET: op.clientSecret,
      OIDC_NAME: 'Test SSO',
      RATE_LIMIT_AUTH: '1000',
    },
  });
  // Someone signed in before, so no sign-in below is the install's first (which becomes admin).
  await signUp(t);
});
afterAll(async () => {
  await t?.close();
  await op?.close();
});

const cookieOf = (res: LightMyRequestResponse, name: string) => res.cookies.find((c) => c.name === name)?.value;

/** Starts a sign-in at the app: the provider URL and the state cookie bound to this browser. */
async function start(query = '') {
  const res = await t.app.inject({ method: 'GET', url: `/api/auth/signin/oidc${query}` });
  expect(res.statusCode).toBe(302);
  const location = new URL(String(res.headers.location));
  return { res, location, stateCookie: cookieOf(res, 'cadence_oauth') ?? '' };
}

/** Follows the provider's redirects (fresh cookie jar: a new browser) until it points back at the app. */
async function throughProvider(authorizeUrl: URL): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizeUrl.href;
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) jar.set(name.trim(), value.join('='));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`provider answered ${res.status} without a redirect: ${await res.text()}`);
    const next = new URL(location, url);
    if (next.href.startsWith(CALLBACK)) return next;
    url = next.href;
  }
  throw new Error('too many redirects at the provider');
}

async function callback(url: URL, stateCookie: string | null) {
  return t.app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    ...(stateCookie !== null ? { cookies: { cadence_oauth: stateCookie } } : {}),
  });
}

/** A whole sign-in as `account`; returns the callback response and the user it signed in. */
async function signInAs(account: TestAccount, query = '') {
  op.setNextAccount(account);
  const { location, stateCookie } = await start(query);
  const back = await throughProvider(location);
  const res = await callback(back, stateCookie);
  const token = cookieOf(res, 'cadence_session');
  const session = token
    ? (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: { cadence_session: token } })).json().data
    : null;
  return { res, back, stateCookie, token, user: session?.user ?? null };
}

const errorOf = (res: LightMyRequestResponse) =>
  new URL(String(res.headers.location), 'http://x').searchParams.get('error');

describe('GET /api/auth/signin/:provider', () => {
  it('redirects to the provider with PKCE S256, state and nonce, and keeps a single-use state row', async () => {
    const { location, stateCookie, res } = await start('?redirect=/habits');
    expect(location.origin).toBe(op.issuer);
    const q = location.searchParams;
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('nonce')).toBeTruthy();
    expect(q.get('state')).toBe(stateCookie);
    expect(q.get('redirect_uri')).toBe(CALLBACK);
    expect(res.cookies.find((c) => c.name === 'cadence_oauth')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const [row] = await t.database.db.select().from(oauth_states).where(eq(oauth_states.state_key, stateCookie));
    expect(row).toMatchObject({ provider: 'oidc', redirect_uri: '/habits' });
    expect(row?.expires_at.getTime()).toBe(t.clock.now().getTime() + 10 * 60_000);
  });

  it('answers 404 for a provider that is not configured', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/signin/google' });
    expect(res.statusCode).toBe(404);
  });

  it('lists the provider in GET /api/auth/providers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/providers' });
    expect(res.json().data.oidc).toEqual([{ id: 'oidc', name: 'Test SSO' }]);
  });
});

describe('GET /api/auth/callback/:provider', () => {
  it('signs in through the whole code flow and returns to the stored path', async () => {
    const { res, user, token } = await signInAs(
      { sub: 'flow-1', email: 'Flow.One@example.com', email_verified: true, name: 'Flow One' },
      '?redirect=/habits?tab=today&timezone=America/New_York',
    );
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/habits?tab=today');
    expect(token).toBeTruthy();
    expect(user).toMatchObject({ name: 'Flow One', email: 'flow.one@example.com', timezone: 'America/New_York' });
    expect(user.roles).toEqual(['user']);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.email_verified).not.toBeNull();
    const again = await signInAs({ sub: 'flow-1', email: 'flow.one@example.com', email_verified: true });
    expect(again.user.id).toBe(user.id);
  });

  it('fails a replayed callback: the state row is single-use', async () => {
    const first = await signInAs({ sub: 'replay', email: 'replay@example.com', email_verified: true });
    expect(first.token).toBeTruthy();
    const replay = await callback(first.back, first.stateCookie);
    expect(replay.statusCode).toBe(302);
    expect(errorOf(replay)).toBe('invalid_state');
    expect(cookieOf(replay, 'cadence_session')).toBeFalsy();
    const failures = await t.database.db
      .select()
      .from(audit_log)
      .where(
        and(
          eq(audit_log.event_type, 'sign_in_failed'),
          eq(audit_log.request_id, String(replay.headers['x-request-id'])),
        ),
      );
    expect(failures[0]).toMatchObject({ status: 'failure', details: { method: 'oidc:oidc', reason: 'invalid_state' } });
  });

  it('fails when the state is older than 10 minutes', async () => {
    op.setNextAccount({ sub: 'slow', email_verified: false });
    const { location, stateCookie } = await start();
    const back = await throughProvider(location);
    t.clock.advance(10 * 60_000 + 1);
    const res = await callback(back, stateCookie);
    expect(errorOf(res)).toBe('expired_state');
  });

  it('fails when the callback reaches a browser that did not start the sign-in', async () => {
    op.setNextAccount({ sub: 'elsewhere' });
    const { location } = await start();
    const back = await throughProvider(location);
    expect(errorOf(await callback(back, null))).toBe('invalid_state');
  });

  it('fails on a state that was never issued', async () => {
    op.setNextAccount({ sub: 'forged-state' });
    const { location, stateCookie } = await start();
    const back = await throughProvider(location);
    back.searchParams.set('state', 'x'.repeat(43));
    expect(errorOf(await callback(back, stateCookie))).toBe('invalid_state');
  });

  it('verifies PKCE: a different code verifier is refused by the provider', async () => {
    op.setNextAccount({ sub: 'pkce' });
    const { location, stateCookie } = await start();
    const back = await throughProvider(location);
    await t.database.db
      .update(oauth_states)
      .set({ pkce_verifier: 'a'.repeat(64) })
      .where(eq(oauth_states.state_key, stateCookie));
    expect(errorOf(await callback(back, stateCookie))).toBe('invalid_response');
  });

  it('verifies the nonce in the ID token', async () => {
    op.setNextAccount({ sub: 'nonce' });
    const { location, stateCookie } = await start();
    const back = await throughProvider(location);
    await t.database.db
      .update(oauth_states)
      .set({ nonce: 'not-the-nonce' })
      .where(eq(oauth_states.state_key, stateCookie));
    expect(errorOf(await callback(back, stateCookie))).toBe('invalid_response');
  });

  it('passes on an error from the provider', async () => {
    const { stateCookie } = await start();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/auth/callback/oidc?error=access_denied&state=${stateCookie}`,
      cookies: { cadence_oauth: stateCookie },
    });
    expect(errorOf(res)).toBe('access_denied');
  });

  it('ignores a redirect that leaves the site', async () => {
    for (const bad of ['//evil.com', 'https://evil.com', '/\\evil.com', 'javascript:alert(1)']) {
      const { res } = await signInAs({ sub: `redirect-${bad}` }, `?redirect=${encodeURIComponent(bad)}`);
      expect(res.headers.location, bad).toBe('/');
    }
  });

  it('keeps a same-site path with any Unicode, percent-encoded, through the whole flow', async () => {
    const { res, token, user } = await signInAs(
      { sub: 'unicode-redirect', email: 'unicode@example.com', email_verified: true },
      `?redirect=${encodeURIComponent('/ideas?tag=日本 ünï#¶')}`,
    );
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(`/ideas?tag=${encodeURIComponent('日本 ünï')}#${encodeURIComponent('¶')}`);
    expect(token).toBeTruthy();
    const open = await t.database.db.select().from(sessions).where(eq(sessions.user_id, user.id));
    expect(open).toHaveLength(1);
  });

  it('refuses a redirect with control characters at the start with 400, before the provider', async () => {
    for (const bad of ['/ideas\u0001', '/a\nb', '/a\tb', '/x\u0085', '/x\u007f']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/auth/signin/oidc?redirect=${encodeURIComponent(bad)}`,
      });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
      expect(cookieOf(res, 'cadence_oauth')).toBeFalsy();
    }
  });

  it('never fails at the callback on a stored path it cannot send: it lands on / with one session', async () => {
    op.setNextAccount({ sub: 'stored-odd-redirect', email: 'odd@example.com', email_verified: true });
    const { location, stateCookie } = await start();
    // A row written before paths were encoded at the start.
    await t.database.db
      .update(oauth_states)
      .set({ redirect_uri: '/ideas?tag=日本\u0001' })
      .where(eq(oauth_states.state_key, stateCookie));
    const res = await callback(await throughProvider(location), stateCookie);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
    const token = cookieOf(res, 'cadence_session');
    expect(token).toBeTruthy();
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { cadence_session: token ?? '' },
    });
    const userId = session.json().data.user.id;
    expect(await t.database.db.select().from(sessions).where(eq(sessions.user_id, userId))).toHaveLength(1);
  });

  it('is the only way into an account it created: local sign-in with its verified email is refused', async () => {
    const { user } = await signInAs({ sub: 'sso-only', email: 'sso.only@example.com', email_verified: true });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/local',
      headers: { origin: 'http://localhost:8080' },
      payload: { name: 'Intruder', email: 'sso.only@example.com' },
    });
    expect(res.statusCode).toBe(403);
    expect(cookieOf(res, 'cadence_session')).toBeFalsy();
    expect(await t.database.db.select().from(sessions).where(eq(sessions.user_id, user.id))).toHaveLength(1);
  });

  it('links to an existing user by email only when the provider says it is verified', async () => {
    const existing = await signUp(t, { email: 'linked@example.com' });
    const verified = await signInAs({ sub: 'link-verified', email: 'linked@example.com', email_verified: true });
    expect(verified.user.id).toBe(existing.id);
    const linked = await t.database.db
      .select()
      .from(audit_log)
      .where(and(eq(audit_log.event_type, 'account_linked'), eq(audit_log.user_id, existing.id)));
    expect(linked).toHaveLength(1);

    const other = await signUp(t, { email: 'unverified@example.com' });
    const unverified = await signInAs({
      sub: 'link-unverified',
      email: 'unverified@example.com',
      email_verified: false,
    });
    expect(unverified.user.id).not.toBe(other.id);
    // The unverified address is not given to the new user either.
    expect(unverified.user.email).toBeNull();
    const me = asUser(t, other.id, other.cookie);
    expect((await me.inject({ method: 'GET', url: '/api/user' })).json().data.email).toBe('unverified@example.com');
  });

  it('replaces the browser’s previous session', async () => {
    const before = await signUp(t);
    op.setNextAccount({ sub: 'rotate-oidc' });
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/signin/oidc', headers: { cookie: before.cookie } });
    const stateCookie = cookieOf(res, 'cadence_oauth') ?? '';
    const back = await throughProvider(new URL(String(res.headers.location)));
    const done = await t.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `${before.cookie}; cadence_oauth=${stateCookie}` },
    });
    expect(cookieOf(done, 'cadence_session')).toBeTruthy();
    expect((await before.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(401);
  });
});
