import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { audit_log } from '../../platform/audit.tables';
import { ManualClock } from '../../platform/clock';
import { signUp } from '../../test/factories';
import { createTestApp, type TestApp, testEnv } from '../../test/harness';
import { grantRole, resolveAccess } from './auth.repo';
import { roles, sessions, user_roles } from './auth.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const origin = 'http://localhost:8080';

/** The audit record of one request. */
async function auditOf(type: string, res: { headers: Record<string, unknown> }) {
  const [row] = await t.database.db
    .select()
    .from(audit_log)
    .where(and(eq(audit_log.event_type, type), eq(audit_log.request_id, String(res.headers['x-request-id']))));
  return row;
}

describe('routes without a session', () => {
  it('answer 401 unauthenticated with the error envelope', async () => {
    for (const url of ['/api/user', '/api/settings', '/api/user/sessions']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'unauthenticated', request_id: res.headers['x-request-id'] });
    }
  });

  it('answer 401 for a cookie that names no session', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/user',
      cookies: { cadence_session: 'A'.repeat(43) },
    });
    expect(res.statusCode).toBe(401);
    expect(String(res.headers['set-cookie'])).toMatch(/cadence_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('leave public routes, the docs and the web app alone', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBe(200);
    // No web build in tests: the SPA fallback answers 503, not 401.
    expect((await t.app.inject({ method: 'GET', url: '/today' })).statusCode).toBe(503);
    expect((await t.app.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(404);
  });
});

describe('CSRF on unsafe methods', () => {
  it('refuses a write from a foreign origin with 403 csrf_failed, audited', async () => {
    const user = await signUp(t);
    const res = await user.inject({
      method: 'PUT',
      url: '/api/settings/theme',
      headers: { origin: 'https://evil.example' },
      payload: { value: 'dark' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    const row = await auditOf('csrf_rejected', res);
    expect(row).toMatchObject({ status: 'denied', ip_address: '127.0.0.1' });
    expect(row?.details).toMatchObject({ reason: 'foreign_origin', origin: 'https://evil.example' });
    // Nothing was written.
    const check = await user.inject({ method: 'GET', url: '/api/settings/theme' });
    expect(check.json().data.value).toBe('system');
  });

  it('records the user and session of a refused write', async () => {
    const user = await signUp(t);
    const res = await user.inject({
      method: 'POST',
      url: '/api/auth/signout',
      headers: { origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    const row = await auditOf('csrf_rejected', res);
    expect(row?.user_id).toBe(user.id);
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.user_id, user.id));
    expect(row?.session_id).toBe(session?.id);
  });

  it('counts refused writes against the rate limit and audits them once a minute per address, with a count', async () => {
    const ip = '198.51.100.23';
    const flooded = await createTestApp({ database: t.database });
    const statuses: number[] = [];
    try {
      for (let i = 0; i < 300; i++) {
        const res = await flooded.app.inject({
          method: 'PUT',
          url: '/api/settings/theme',
          headers: { origin: 'https://evil.example' },
          payload: { value: 'dark' },
          remoteAddress: ip,
        });
        statuses.push(res.statusCode);
      }
    } finally {
      // Closing writes the counts of the open windows.
      await flooded.close();
    }
    expect(statuses.filter((s) => s === 403)).toHaveLength(120);
    expect(statuses.slice(120).every((s) => s === 429)).toBe(true);
    const rows = await t.database.db.select().from(audit_log).where(eq(audit_log.ip_address, ip));
    expect(rows.map((r) => [r.event_type, r.details?.count]).sort()).toEqual([
      ['csrf_rejected', 120],
      ['rate_limited', 180],
    ]);
  });

  it('refuses a write without Origin or Sec-Fetch-Site, even on a public route', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/local', payload: { name: 'No origin' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    expect((await auditOf('csrf_rejected', res))?.details).toMatchObject({ reason: 'missing_origin' });
  });

  it('refuses an origin that only looks like the public one', async () => {
    for (const bad of ['http://localhost:8081', 'https://localhost:8080', 'http://localhost:8080.evil.com', 'null']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signout',
        headers: { origin: bad },
      });
      expect(res.statusCode, bad).toBe(403);
    }
  });

  it('accepts the exact public origin, or Sec-Fetch-Site same-origin when Origin is absent', async () => {
    const a = await t.app.inject({ method: 'POST', url: '/api/auth/signout', headers: { origin } });
    expect(a.statusCode).toBe(204);
    const b = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signout',
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(b.statusCode).toBe(204);
    const c = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signout',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(c.statusCode).toBe(403);
  });
});

describe('the terms gate', () => {
  it('answers 403 terms_required on business routes until terms and age are done', async () => {
    const user = await signUp(t, { acceptTerms: false });
    const blocked = await user.inject({ method: 'GET', url: '/api/settings' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('terms_required');
    // Account routes stay open.
    expect((await user.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(200);
    expect((await user.inject({ method: 'GET', url: '/api/user/sessions' })).statusCode).toBe(200);
    const state = await user.inject({ method: 'GET', url: '/api/auth/session' });
    expect(state.json().data).toMatchObject({
      terms_accepted: false,
      age_verified: false,
      terms_version: '2026-11-01',
    });
  });
});

describe('request bodies', () => {
  it('answers 400 for malformed JSON, 422 for unknown fields, 413 for an oversized body', async () => {
    const user = await signUp(t);
    const malformed = await user.inject({
      method: 'PATCH',
      url: '/api/user',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('bad_request');

    const unknown = await user.inject({ method: 'PATCH', url: '/api/user', payload: { name: 'A', is_admin: true } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe('validation_error');

    const big = await t.app.inject({
      method: 'POST',
      url: '/api/auth/local',
      headers: { origin, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(70 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
  });
});

describe('permissions', () => {
  let app: FastifyInstance;
  let local: TestApp;
  beforeAll(async () => {
    // The real session hook on a route that declares a permission (no such route ships yet).
    const config = loadConfig({ ...testEnv, DATA_DIR: '/tmp/cadence-unused' } as Record<string, string>);
    const clock = new ManualClock();
    app = await buildApp({ config, database: t.database, clock, logger: false });
    app.get('/api/test/admin-only', { config: { permission: 'system:admin' } }, async () => ({ data: 'ok' }));
    await app.ready();
    local = { ...t, app, clock, config };
  });
  afterAll(() => app.close());

  it('answers 403 forbidden to a plain user and 200 to an admin', async () => {
    const plain = await signUp(local);
    const admin = await signUp(local, { roles: ['admin'] });
    const denied = await plain.inject({ method: 'GET', url: '/api/test/admin-only' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    expect((await admin.inject({ method: 'GET', url: '/api/test/admin-only' })).statusCode).toBe(200);
  });

  it('are listed on the session: a plain user has none of the admin ones', async () => {
    const plain = await signUp(t);
    const { user } = (await plain.inject({ method: 'GET', url: '/api/auth/session' })).json().data;
    expect(user.roles).toEqual(['user']);
    expect(user.permissions).toEqual([]);
  });
});

describe('resolveAccess', () => {
  const now = new Date('2026-03-01T00:00:00Z');

  it('inherits the permissions of parent roles and lists only granted roles', async () => {
    const user = await signUp(t, { roles: ['admin'] });
    const access = await resolveAccess(t.database.db, user.id, now);
    expect(access.roles).toEqual(['admin', 'user']);
    // admin → moderator → user: its own, the moderator's and the user's.
    expect(access.permissions).toEqual(
      expect.arrayContaining(['system:admin', 'users:manage', 'content:moderate', 'analytics:view', 'content:create']),
    );
    expect(access.permissions).not.toContain('system:config');
  });

  it('ignores expired grants and re-grants them when asked', async () => {
    const user = await signUp(t, { roles: ['moderator'] });
    const [moderator] = await t.database.db.select().from(roles).where(eq(roles.name, 'moderator'));
    await t.database.db
      .update(user_roles)
      .set({ expires_at: new Date('2026-02-01T00:00:00Z') })
      .where(and(eq(user_roles.user_id, user.id), eq(user_roles.role_id, moderator?.id ?? '')));
    const before = await resolveAccess(t.database.db, user.id, now);
    expect(before.roles).toEqual(['user']);
    expect(before.permissions).not.toContain('content:moderate');
    // Still valid before its expiry.
    const earlier = await resolveAccess(t.database.db, user.id, new Date('2026-01-20T00:00:00Z'));
    expect(earlier.permissions).toContain('content:moderate');

    expect(await grantRole(t.database.db, user.id, 'moderator', null, now)).toBe(true);
    expect(await grantRole(t.database.db, user.id, 'moderator', null, now)).toBe(false);
    expect((await resolveAccess(t.database.db, user.id, now)).permissions).toContain('content:moderate');
  });

  it('stops at a cycle in the role tree', async () => {
    const db = t.database.db;
    const [a] = await db
      .insert(roles)
      .values({ name: `cycle-a-${Date.now()}` })
      .returning();
    const [b] = await db
      .insert(roles)
      .values({ name: `cycle-b-${Date.now()}`, parent_role_id: a?.id })
      .returning();
    await db
      .update(roles)
      .set({ parent_role_id: b?.id })
      .where(eq(roles.id, a?.id ?? ''));
    const user = await signUp(t);
    await db.insert(user_roles).values({ user_id: user.id, role_id: a?.id ?? '' });
    const access = await resolveAccess(db, user.id, now);
    expect(access.roles).toContain(a?.name);
    await db.execute(sql`delete from roles where name like 'cycle-%'`);
  });
});

describe('rate limits', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({
      database: t.database,
      env: { RATE_LIMIT_AUTH: '2', RATE_LIMIT_READ: '3', RATE_LIMIT_WRITE: '2' },
    });
  });
  afterAll(() => limited.close());

  it('answer 429 rate_limited with Retry-After past the auth budget, per IP, audited', async () => {
    const call = (ip: string) =>
      limited.app.inject({
        method: 'POST',
        url: '/api/auth/passkeys/login/options',
        headers: { origin },
        remoteAddress: ip,
      });
    expect((await call('10.0.0.1')).statusCode).toBe(200);
    expect((await call('10.0.0.1')).statusCode).toBe(200);
    const res = await call('10.0.0.1');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Another address has its own budget.
    expect((await call('10.0.0.2')).statusCode).toBe(200);
    // The audit write is not awaited by the request; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await auditOf('rate_limited', res)).toMatchObject({ status: 'denied', ip_address: '10.0.0.1' });
  });

  it('count reads per user, not per address', async () => {
    const a = await signUp(limited);
    const b = await signUp(limited);
    for (let i = 0; i < 3; i++) expect((await a.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(200);
    expect((await a.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(429);
    expect((await b.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(200);
  });

  it('count writes separately from reads', async () => {
    const a = await signUp(limited);
    const put = () => a.inject({ method: 'PUT', url: '/api/settings/accent', payload: { value: 'blue' } });
    expect((await put()).statusCode).toBe(200);
    expect((await put()).statusCode).toBe(200);
    const refused = await put();
    expect(refused.statusCode).toBe(429);
    expect((await a.inject({ method: 'GET', url: '/api/settings/accent' })).statusCode).toBe(200);
    // The rejection is audited with the user and session behind it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const row = await auditOf('rate_limited', refused);
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.user_id, a.id));
    expect(row).toMatchObject({ user_id: a.id, session_id: session?.id, details: { group: 'write', count: 1 } });
  });
});
