import { and, desc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { migrate } from '../../db/migrate';
import { seedCatalogue } from '../../db/seed';
import { audit_log } from '../../platform/audit.tables';
import { hashToken } from '../../platform/session';
import { asUser, disableUser, signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { accounts, authenticators, sessions } from './auth.tables';

const origin = 'http://localhost:8080';
const DAY = 86_400_000;

let t: TestApp;
beforeAll(async () => {
  // Many sign-ins from one address: lift the per-IP auth budget (its own test is in access.test.ts).
  t = await createTestApp({ env: { RATE_LIMIT_AUTH: '1000' } });
});
afterAll(() => t.close());

/** The session token a response sets, or undefined. */
function tokenOf(res: LightMyRequestResponse): string | undefined {
  const cookie = res.cookies.find((c) => c.name === 'cadence_session');
  return cookie?.value || undefined;
}

async function localSignIn(app: TestApp, payload: Record<string, unknown>, cookie?: string) {
  const res = await app.app.inject({
    method: 'POST',
    url: '/api/auth/local',
    headers: { origin, ...(cookie ? { cookie } : {}) },
    payload,
  });
  const token = tokenOf(res);
  const user = token ? asUser(app, res.json().data.user.id, `cadence_session=${token}`) : null;
  return { res, token, user };
}

describe('POST /api/auth/local', () => {
  it('makes the first user of an embedded install an admin and later users plain users', async () => {
    // A brand-new embedded install (even when the rest of the suite runs on a PostgreSQL server).
    const database = await openDatabase({ kind: 'pglite-memory' });
    await migrate(database);
    await seedCatalogue(database);
    const fresh = await createTestApp({ database });
    try {
      const first = await localSignIn(fresh, { name: 'First', timezone: 'Europe/Berlin' });
      expect(first.res.statusCode).toBe(200);
      expect(first.res.json().data.user).toMatchObject({ name: 'First', timezone: 'Europe/Berlin' });
      expect(first.res.json().data.user.roles).toEqual(['admin', 'user']);
      const second = await localSignIn(fresh, { name: 'Second' });
      expect(second.res.json().data.user.roles).toEqual(['user']);
      expect(second.res.json().data.user.permissions).not.toContain('system:admin');
    } finally {
      await fresh.close();
      await database.close();
    }
  });

  it('sets an HttpOnly, SameSite=Lax session cookie for path /', async () => {
    const { res } = await localSignIn(t, { name: 'Cookie check' });
    const cookie = res.cookies.find((c) => c.name === 'cadence_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
  });

  it('uses the __Host- prefix and Secure over HTTPS', async () => {
    const secure = await createTestApp({
      database: t.database,
      env: { PUBLIC_URL: 'https://cadence.example', AUTH_LOCAL: 'true', AUTH_LOCAL_UNSAFE: 'true' },
    });
    try {
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/local',
        headers: { origin: 'https://cadence.example' },
        payload: { name: 'Secure' },
      });
      const cookie = res.cookies.find((c) => c.name === '__Host-cadence_session');
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: '/' });
    } finally {
      await secure.close();
    }
  });

  it('finds the same user again by email, or by name among local accounts', async () => {
    const byEmail = await localSignIn(t, { name: 'Mail', email: 'Same.Person@example.com' });
    const again = await localSignIn(t, { name: 'Other name', email: 'same.person@example.com' });
    expect(again.res.json().data.user.id).toBe(byEmail.res.json().data.user.id);
    expect(again.res.json().data.user.email).toBe('same.person@example.com');

    const byName = await localSignIn(t, { name: 'Nameonly Person' });
    const sameName = await localSignIn(t, { name: 'nameonly person' });
    expect(sameName.res.json().data.user.id).toBe(byName.res.json().data.user.id);
  });

  it('never applies ADMIN_EMAILS: typing an admin address gives no admin role', async () => {
    const app = await createTestApp({ database: t.database, env: { ADMIN_EMAILS: 'boss@example.com' } });
    try {
      const { res } = await localSignIn(app, { name: 'Boss', email: 'boss@example.com' });
      expect(res.statusCode).toBe(200);
      const user = res.json().data.user;
      expect(user.roles).toEqual(['user']);
      const rows = await t.database.db
        .select()
        .from(audit_log)
        .where(and(eq(audit_log.event_type, 'role_granted'), eq(audit_log.user_id, user.id)));
      expect(rows.map((r) => r.details)).not.toContainEqual({ role: 'admin', reason: 'admin_email' });
    } finally {
      await app.close();
    }
  });

  it('refuses with 403 an account that has a passkey, by email or by name, and opens no session', async () => {
    const byEmail = await localSignIn(t, { name: 'Has passkey', email: 'has.passkey@example.com' });
    const byName = await localSignIn(t, { name: 'Passkey by name' });
    for (const { user } of [byEmail, byName]) {
      await t.database.db.insert(authenticators).values({
        user_id: user?.id as string,
        credential_id: `cred-${user?.id}`,
        user_handle: 'handle',
        credential_public_key: 'key',
      });
    }
    for (const [payload, user] of [
      [{ name: 'Someone', email: 'HAS.PASSKEY@example.com' }, byEmail.user],
      [{ name: 'passkey by name' }, byName.user],
    ] as const) {
      const { res, token } = await localSignIn(t, payload);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
      expect(token).toBeUndefined();
      const open = await t.database.db
        .select()
        .from(sessions)
        .where(eq(sessions.user_id, user?.id as string));
      expect(open).toHaveLength(1);
      const [row] = await t.database.db
        .select()
        .from(audit_log)
        .where(
          and(
            eq(audit_log.event_type, 'sign_in_failed'),
            eq(audit_log.request_id, String(res.headers['x-request-id'])),
          ),
        );
      expect(row?.details).toMatchObject({ method: 'local', reason: 'other_sign_in_method' });
    }
  });

  it('refuses an account that signs in through a provider', async () => {
    const owner = await signUp(t, { email: 'sso.owner@example.com' });
    await t.database.db.insert(accounts).values({
      user_id: owner.id,
      type: 'oidc',
      provider: 'oidc',
      provider_account_id: 'sso-owner',
      email: 'sso.owner@example.com',
    });
    const { res, token } = await localSignIn(t, { name: 'Intruder', email: 'sso.owner@example.com' });
    expect(res.statusCode).toBe(403);
    expect(token).toBeUndefined();
    const linked = await t.database.db.select().from(accounts).where(eq(accounts.user_id, owner.id));
    expect(linked.map((a) => a.type)).toEqual(['oidc']);
  });

  it('gives no admin role to the first user outside an embedded install on loopback', async () => {
    const database = await openDatabase({ kind: 'pglite-memory' });
    await migrate(database);
    await seedCatalogue(database);
    const exposed = await createTestApp({
      database,
      env: { AUTH_LOCAL: 'true', AUTH_LOCAL_UNSAFE: 'true', HOST: '0.0.0.0' },
    });
    try {
      const first = await localSignIn(exposed, { name: 'First on a public host' });
      expect(first.res.statusCode).toBe(200);
      expect(first.res.json().data.user.roles).toEqual(['user']);
    } finally {
      await exposed.close();
      await database.close();
    }
  });

  it('answers 404 when local sign-in is off (AUTH_LOCAL=false)', async () => {
    const off = await createTestApp({ database: t.database, env: { AUTH_LOCAL: 'false' } });
    try {
      const res = await off.app.inject({
        method: 'POST',
        url: '/api/auth/local',
        headers: { origin },
        payload: { name: 'X' },
      });
      expect(res.statusCode).toBe(404);
      const providers = await off.app.inject({ method: 'GET', url: '/api/auth/providers' });
      expect(providers.json().data).toMatchObject({ local: false, passkeys: true, oidc: [] });
    } finally {
      await off.close();
    }
  });

  it('refuses a disabled user with 403 and records the failed sign-in', async () => {
    const { user } = await localSignIn(t, { name: 'Soon disabled', email: 'disabled@example.com' });
    if (!user) throw new Error('no user');
    await disableUser(t, user.id);
    expect((await user.inject({ method: 'GET', url: '/api/auth/session' })).json().data.user).toBeNull();
    const { res } = await localSignIn(t, { name: 'Soon disabled', email: 'disabled@example.com' });
    expect(res.statusCode).toBe(403);
    expect(tokenOf(res)).toBeUndefined();
    const [row] = await t.database.db
      .select()
      .from(audit_log)
      .where(eq(audit_log.event_type, 'sign_in_failed'))
      .orderBy(desc(audit_log.created_at), desc(audit_log.id))
      .limit(1);
    expect(row).toMatchObject({ status: 'failure', details: { method: 'local', reason: 'account_disabled' } });
  });

  it('rejects a body without a name with 422', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/local', headers: { origin }, payload: {} });
    expect(res.statusCode).toBe(422);
  });
});

describe('sessions', () => {
  it('are stored as a SHA-256 hash: the cookie value is nowhere in the table', async () => {
    const { token, user } = await localSignIn(t, { name: 'Hashed' });
    if (!token || !user) throw new Error('no session');
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.user_id, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]).toMatchObject({ ip_address: '127.0.0.1', user_agent: 'lightMyRequest' });
  });

  it('slide the idle expiry with activity, but not past the absolute expiry', async () => {
    const clock = t.clock;
    clock.set('2026-01-15T12:00:00Z');
    const user = await signUp(t);
    const ok = () => user.inject({ method: 'GET', url: '/api/user' });
    // 29 days idle is fine, and the request slides the expiry 30 days forward.
    clock.advance(29 * DAY);
    expect((await ok()).statusCode).toBe(200);
    clock.advance(29 * DAY);
    expect((await ok()).statusCode).toBe(200);
    clock.advance(29 * DAY);
    expect((await ok()).statusCode).toBe(200);
    // 87 days in: the absolute 90-day limit ends it even though it was used 3 days ago.
    clock.advance(3 * DAY + 1000);
    const res = await ok();
    expect(res.statusCode).toBe(401);
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.user_id, user.id));
    expect(rows).toEqual([]);
  });

  it('end after 30 idle days', async () => {
    t.clock.set('2026-01-15T12:00:00Z');
    const user = await signUp(t);
    t.clock.advance(30 * DAY + 1000);
    expect((await user.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(401);
  });

  it('write activity at most once a minute', async () => {
    t.clock.set('2026-01-15T12:00:00Z');
    const user = await signUp(t);
    const activity = async () =>
      (await t.database.db.select().from(sessions).where(eq(sessions.user_id, user.id)))[0]?.last_activity_at;
    t.clock.advance(30_000);
    await user.inject({ method: 'GET', url: '/api/user' });
    expect(await activity()).toEqual(new Date('2026-01-15T12:00:00Z'));
    t.clock.advance(40_000);
    await user.inject({ method: 'GET', url: '/api/user' });
    expect(await activity()).toEqual(new Date('2026-01-15T12:01:10Z'));
  });

  it('rotate at sign-in: the old token stops working and the new row names the old one', async () => {
    t.clock.set('2026-01-15T12:00:00Z');
    const before = await signUp(t);
    const [old] = await t.database.db.select().from(sessions).where(eq(sessions.user_id, before.id));
    const { token, res } = await localSignIn(t, { name: 'Rotated' }, before.cookie);
    expect(res.statusCode).toBe(200);
    expect(token).toBeDefined();
    expect((await before.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(401);
    const [row] = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.token_hash, hashToken(token ?? '')));
    expect(row?.rotated_from).toBe(old?.id);
  });

  it('rotate when the terms are accepted (a privilege change)', async () => {
    const user = await signUp(t, { acceptTerms: false });
    const res = await user.inject({
      method: 'POST',
      url: '/api/auth/accept-terms',
      payload: { version: '2026-11-01' },
    });
    expect(res.statusCode).toBe(200);
    const token = tokenOf(res);
    expect(token).toBeDefined();
    expect((await user.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(401);
    const next = asUser(t, user.id, `cadence_session=${token}`);
    expect((await next.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(200);
  });
});

describe('POST /api/auth/signout and signout-all', () => {
  let user: TestUser;
  beforeAll(async () => {
    t.clock.set('2026-01-15T12:00:00Z');
  });

  it('signout deletes this session, clears the cookie and answers 204', async () => {
    user = await signUp(t);
    const res = await user.inject({ method: 'POST', url: '/api/auth/signout' });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'cadence_session')?.value).toBe('');
    expect((await user.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(401);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.user_id, user.id))).toEqual([]);
  });

  it('signout-all ends every session of the user and no one else’s', async () => {
    const a = await localSignIn(t, { name: 'Everywhere', email: 'everywhere@example.com' });
    const b = await localSignIn(t, { name: 'Everywhere', email: 'everywhere@example.com' });
    const other = await signUp(t);
    if (!a.user || !b.user) throw new Error('no session');
    const res = await a.user.inject({ method: 'POST', url: '/api/auth/signout-all' });
    expect(res.statusCode).toBe(204);
    expect((await a.user.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(401);
    expect((await b.user.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(401);
    expect((await other.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(200);
  });
});

describe('/api/user/sessions', () => {
  it('lists the user’s sessions, marks the current one, and revokes another', async () => {
    const a = await localSignIn(t, { name: 'Two devices', email: 'two@example.com' });
    const b = await localSignIn(t, { name: 'Two devices', email: 'two@example.com' });
    if (!a.user || !b.user) throw new Error('no session');
    const list = await a.user.inject({ method: 'GET', url: '/api/user/sessions' });
    expect(list.statusCode).toBe(200);
    const items = list.json().data as { id: string; current: boolean }[];
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    expect(JSON.stringify(list.json())).not.toMatch(/token/);
    const otherId = items.find((s) => !s.current)?.id;
    const del = await a.user.inject({ method: 'DELETE', url: `/api/user/sessions/${otherId}` });
    expect(del.statusCode).toBe(204);
    expect((await b.user.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(401);
    expect((await a.user.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(200);
  });

  it('answers 404 for another user’s session and leaves it alone', async () => {
    const mine = await signUp(t);
    const theirs = await signUp(t);
    const [row] = await t.database.db.select().from(sessions).where(eq(sessions.user_id, theirs.id));
    const res = await mine.inject({ method: 'DELETE', url: `/api/user/sessions/${row?.id}` });
    expect(res.statusCode).toBe(404);
    expect((await theirs.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(200);
  });
});

describe('POST /api/auth/accept-terms and verify-age', () => {
  it('unlock business routes only when both are done', async () => {
    let user = await signUp(t, { acceptTerms: false });
    const wrong = await user.inject({
      method: 'POST',
      url: '/api/auth/accept-terms',
      payload: { version: '1999-01-01' },
    });
    expect(wrong.statusCode).toBe(409);

    const accepted = await user.inject({
      method: 'POST',
      url: '/api/auth/accept-terms',
      payload: { version: '2026-11-01' },
    });
    expect(accepted.json().data).toMatchObject({ terms_accepted: true, age_verified: false });
    user = asUser(t, user.id, `cadence_session=${tokenOf(accepted)}`);
    expect((await user.inject({ method: 'GET', url: '/api/settings' })).json().error.code).toBe('terms_required');

    const young = await user.inject({
      method: 'POST',
      url: '/api/auth/verify-age',
      payload: { is_13_or_older: false },
    });
    expect(young.statusCode).toBe(403);
    expect(young.json().error.message).toMatch(/13 or older/);
    expect((await user.inject({ method: 'GET', url: '/api/user' })).json().data.age_verified).toBe(false);

    const old = await user.inject({ method: 'POST', url: '/api/auth/verify-age', payload: { is_13_or_older: true } });
    expect(old.json().data).toMatchObject({ terms_accepted: true, age_verified: true });
    user = asUser(t, user.id, `cadence_session=${tokenOf(old)}`);
    expect((await user.inject({ method: 'GET', url: '/api/settings' })).statusCode).toBe(200);
  });
});
