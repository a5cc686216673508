import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit_log } from '../../platform/audit.tables';
import { signInAgain, signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { accounts, authenticators } from '../auth/auth.tables';
import { blobs } from '../blobs/blobs.tables';
import { habits } from '../habits/habits.tables';
import { users } from '../user/user.tables';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_WRITE: '1000', RATE_LIMIT_AUTH: '1000' } });
  admin = await signUp(t, { roles: ['admin'], name: 'Ada Admin' });
});
afterAll(() => t.close());

const MISSING = '00000000-0000-4000-8000-000000000000';

const get = (who: TestUser, url: string) => who.inject({ method: 'GET', url });
const post = (who: TestUser, url: string) => who.inject({ method: 'POST', url });
const del = (who: TestUser, url: string) => who.inject({ method: 'DELETE', url });

/** What the user's own session says about them: null once signed out. */
async function sessionUser(who: TestUser) {
  const res = await get(who, '/api/auth/session');
  return res.json().data.user as { id: string } | null;
}

/** The admin action records about a target. */
const auditOf = (resourceId: string) =>
  t.database.db
    .select()
    .from(audit_log)
    .where(and(eq(audit_log.event_type, 'admin_action'), eq(audit_log.resource_id, resourceId)));

interface Listed {
  id: string;
  name: string;
  roles: string[];
}

/** Every page of a list, following its cursors. */
async function allPages(who: TestUser, url: string): Promise<Listed[]> {
  const seen: Listed[] = [];
  let cursor: string | null = null;
  do {
    const res = await get(who, `${url}${url.includes('?') ? '&' : '?'}limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    seen.push(...res.json().data);
    cursor = res.json().page.next_cursor;
  } while (cursor);
  return seen;
}

describe('people: who may', () => {
  it('refuses a plain user every people route with 403, and changes nothing', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    for (const res of [
      await get(user, '/api/admin/users'),
      await get(user, `/api/admin/users/${other.id}`),
      await get(user, `/api/admin/sessions?user_id=${other.id}`),
      await get(user, '/api/admin/roles'),
      await post(user, `/api/admin/users/${other.id}/disable`),
      await del(user, `/api/admin/users/${other.id}/sessions`),
      await del(user, `/api/admin/users/${other.id}`),
      await user.inject({ method: 'PUT', url: `/api/admin/users/${user.id}/roles/admin`, payload: {} }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect(await sessionUser(other)).not.toBeNull();
  });

  it('lets a moderator read people (users:read) but not change them', async () => {
    const moderator = await signUp(t, { roles: ['moderator'] });
    const other = await signUp(t);
    expect((await get(moderator, '/api/admin/users')).statusCode).toBe(200);
    expect((await get(moderator, `/api/admin/users/${other.id}`)).statusCode).toBe(200);
    expect((await get(moderator, `/api/admin/sessions?user_id=${other.id}`)).statusCode).toBe(200);
    for (const res of [
      await post(moderator, `/api/admin/users/${other.id}/disable`),
      await del(moderator, `/api/admin/users/${other.id}`),
      await moderator.inject({ method: 'PUT', url: `/api/admin/users/${other.id}/roles/premium`, payload: {} }),
    ]) {
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('GET /api/admin/users', () => {
  it('pages through every user newest first, with their roles', async () => {
    const older = await signUp(t, { name: 'Paging Older' });
    t.clock.advance(1_000);
    const newer = await signUp(t, { name: 'Paging Newer', roles: ['premium'] });
    const seen = await allPages(admin, '/api/admin/users');
    const ids = seen.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(ids).toContain(admin.id);
    expect(seen.find((u) => u.id === newer.id)?.roles).toEqual(['premium', 'user']);
  });

  it('finds people by part of their name or email, whatever the case', async () => {
    const zed = await signUp(t, { name: 'Zebedee Quorrel', email: 'zq@example.org' });
    t.clock.advance(1_000);
    const mail = await signUp(t, { name: 'Someone Else', email: 'quorrel.fan@example.org' });
    t.clock.advance(1_000);
    const third = await signUp(t, { name: 'Quorra Third' });
    await signUp(t, { name: 'Not matching' });
    // Three matches, two to a page: the second page follows the first's cursor.
    const found = await allPages(admin, '/api/admin/users?q=QUORR');
    expect(found.map((u) => u.id)).toEqual([third.id, mail.id, zed.id]);
    expect((await allPages(admin, '/api/admin/users?q=bedee')).map((u) => u.id)).toEqual([zed.id]);
  });

  it('looks for % and _ as themselves, and asks for at least three characters', async () => {
    const odd = await signUp(t, { name: 'Percent 100%_sure' });
    expect((await allPages(admin, '/api/admin/users?q=0%25_s')).map((u) => u.id)).toEqual([odd.id]);
    expect(await allPages(admin, '/api/admin/users?q=%25%25%25')).toEqual([]);
    const short = await get(admin, '/api/admin/users?q=ab');
    expect(short.statusCode).toBe(400);
    expect((await get(admin, '/api/admin/users?cursor=nonsense')).statusCode).toBe(400);
  });
});

describe('GET /api/admin/users/:id', () => {
  it('shows a profile with roles, who granted them, permissions, sign-in methods, activity and storage', async () => {
    const person = await signUp(t, { name: 'Full Profile', email: 'full.profile@example.org' });
    await signInAgain(t, person.id);
    const db = t.database.db;
    await db
      .insert(accounts)
      .values({ user_id: person.id, provider: 'google', provider_account_id: 'g-1', email: null });
    await db.insert(authenticators).values({
      user_id: person.id,
      credential_id: 'cred-full-profile',
      user_handle: 'handle',
      credential_public_key: 'key',
      name: 'Laptop key',
    });
    await db.insert(blobs).values([
      {
        user_id: person.id,
        key: `users/${person.id}/attachment/a`,
        size_bytes: 1000,
        content_type: 'image/png',
        purpose: 'attachment',
      },
      {
        user_id: person.id,
        key: `users/${person.id}/attachment/b`,
        size_bytes: 234,
        content_type: 'image/png',
        purpose: 'attachment',
      },
    ]);
    expect(
      (await admin.inject({ method: 'PUT', url: `/api/admin/users/${person.id}/roles/moderator`, payload: {} }))
        .statusCode,
    ).toBe(200);

    const res = await get(admin, `/api/admin/users/${person.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().data;
    expect(data).toMatchObject({
      id: person.id,
      name: 'Full Profile',
      email: 'full.profile@example.org',
      roles: ['moderator', 'user'],
      disabled_at: null,
      storage: { bytes: 1234, files: 2 },
      activity: { live_sessions: 2, events_30_days: 0, last_event: null },
    });
    expect(data.grants).toEqual([
      expect.objectContaining({ role: 'moderator', granted_by: { id: admin.id, name: 'Ada Admin' }, expires_at: null }),
      expect.objectContaining({ role: 'user', granted_by: null }),
    ]);
    expect(data.permissions).toEqual(['analytics:view', 'content:moderate', 'users:read']);
    expect(data.sign_in_methods.map((m: { kind: string; label: string }) => [m.kind, m.label])).toEqual([
      ['oidc', 'google'],
      ['passkey', 'Laptop key'],
    ]);
  });

  it('answers 404 for someone who does not exist', async () => {
    const res = await get(admin, `/api/admin/users/${MISSING}`);
    expect(res.statusCode).toBe(404);
    expect((await get(admin, `/api/admin/sessions?user_id=${MISSING}`)).statusCode).toBe(404);
  });
});

describe('disabling and enabling', () => {
  it('ends every session, refuses sign-in, and records the actor and the target', async () => {
    const person = await signUp(t, { name: 'To Disable', email: 'to.disable@example.org' });
    const phone = await signInAgain(t, person.id);
    const res = await post(admin, `/api/admin/users/${person.id}/disable`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.disabled_at).not.toBeNull();
    await expect.poll(() => sessionUser(person)).toBeNull();
    await expect.poll(async () => (await get(phone, '/api/habits')).statusCode).toBe(401);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/local',
      headers: { origin: t.config.publicOrigin },
      payload: { name: 'To Disable', email: 'to.disable@example.org' },
    });
    expect(signIn.statusCode).toBe(403);
    expect((await get(admin, `/api/admin/sessions?user_id=${person.id}`)).json().data).toEqual([]);

    // Disabling again changes and records nothing more.
    expect((await post(admin, `/api/admin/users/${person.id}/disable`)).statusCode).toBe(200);
    const rows = await auditOf(person.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      user_id: admin.id,
      action: 'user.disable',
      resource_type: 'user',
      details: { sessions_ended: 2 },
    });
  });

  it('enables the account again: its owner signs in', async () => {
    const person = await signUp(t, { name: 'Back Again', email: 'back.again@example.org' });
    expect((await post(admin, `/api/admin/users/${person.id}/disable`)).statusCode).toBe(200);
    const res = await post(admin, `/api/admin/users/${person.id}/enable`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.disabled_at).toBeNull();
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/local',
      headers: { origin: t.config.publicOrigin },
      payload: { name: 'Back Again', email: 'back.again@example.org' },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
    expect((await auditOf(person.id)).map((r) => [r.user_id, r.action])).toEqual([
      [admin.id, 'user.disable'],
      [admin.id, 'user.enable'],
    ]);
  });

  it('refuses an admin’s own account (409), a super admin’s or their sessions to an admin (403), and 404 for no one', async () => {
    const boss = await signUp(t, { roles: ['super_admin'] });
    const own = await post(admin, `/api/admin/users/${admin.id}/disable`);
    expect(own.statusCode).toBe(409);
    expect(own.json().error.code).toBe('own_account');
    expect((await post(admin, `/api/admin/users/${boss.id}/disable`)).statusCode).toBe(403);
    expect((await del(admin, `/api/admin/users/${boss.id}`)).statusCode).toBe(403);
    // Nor signs a super admin out, all at once or one session.
    expect((await del(admin, `/api/admin/users/${boss.id}/sessions`)).statusCode).toBe(403);
    const [session] = (await get(admin, `/api/admin/sessions?user_id=${boss.id}`)).json().data as { id: string }[];
    expect((await del(admin, `/api/admin/sessions/${session?.id}`)).statusCode).toBe(403);
    expect((await post(admin, `/api/admin/users/${MISSING}/disable`)).statusCode).toBe(404);
    expect(await sessionUser(boss)).not.toBeNull();
    expect(await auditOf(boss.id)).toEqual([]);
  });
});

describe('sessions', () => {
  it('lists a user’s live sessions and ends one of them, or all', async () => {
    const laptop = await signUp(t);
    const phone = await signInAgain(t, laptop.id);
    const tablet = await signInAgain(t, laptop.id);
    const listed = await get(admin, `/api/admin/sessions?user_id=${laptop.id}`);
    expect(listed.statusCode).toBe(200);
    const sessions = listed.json().data as { id: string; ip_address: string }[];
    expect(sessions).toHaveLength(3);
    expect(Object.keys(sessions[0] ?? {})).not.toContain('token_hash');

    // Which listed session is the phone's: the one that disappears from its own list.
    const own = (await get(phone, '/api/user/sessions')).json().data as { id: string; current: boolean }[];
    const phoneSession = own.find((s) => s.current)?.id as string;
    expect((await del(admin, `/api/admin/sessions/${phoneSession}`)).statusCode).toBe(204);
    await expect.poll(() => sessionUser(phone)).toBeNull();
    expect(await sessionUser(laptop)).not.toBeNull();
    expect(await auditOf(phoneSession)).toEqual([
      expect.objectContaining({ user_id: admin.id, action: 'session.revoke', details: { user_id: laptop.id } }),
    ]);
    expect((await del(admin, `/api/admin/sessions/${phoneSession}`)).statusCode).toBe(404);

    const all = await del(admin, `/api/admin/users/${laptop.id}/sessions`);
    expect(all.statusCode).toBe(200);
    expect(all.json().data).toEqual({ ended: 2 });
    await expect.poll(() => sessionUser(laptop)).toBeNull();
    await expect.poll(() => sessionUser(tablet)).toBeNull();
    expect((await auditOf(laptop.id)).map((r) => [r.user_id, r.action])).toEqual([[admin.id, 'user.sessions_revoke']]);
  });
});

describe('DELETE /api/admin/users/:id', () => {
  it('deletes the user with everything they own, and records who did it', async () => {
    const person = await signUp(t);
    const habit = await person.inject({
      method: 'POST',
      url: '/api/habits',
      payload: { name: 'Stretch' },
    });
    expect(habit.statusCode, habit.body).toBe(201);
    const res = await del(admin, `/api/admin/users/${person.id}`);
    expect(res.statusCode).toBe(204);
    expect(await t.database.db.select().from(users).where(eq(users.id, person.id))).toEqual([]);
    expect(await t.database.db.select().from(habits).where(eq(habits.user_id, person.id))).toEqual([]);
    await expect.poll(() => sessionUser(person)).toBeNull();
    expect((await get(admin, `/api/admin/users/${person.id}`)).statusCode).toBe(404);
    expect(await auditOf(person.id)).toEqual([
      expect.objectContaining({ user_id: admin.id, action: 'user.delete', resource_type: 'user' }),
    ]);
    expect((await del(admin, `/api/admin/users/${person.id}`)).statusCode).toBe(404);
  });

  it('refuses the admin’s own account: they delete it from their own settings', async () => {
    const res = await del(admin, `/api/admin/users/${admin.id}`);
    expect(res.statusCode).toBe(409);
    expect(await sessionUser(admin)).not.toBeNull();
  });
});
