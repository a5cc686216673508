import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit_log } from '../../platform/audit.tables';
import { disableUser, signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { roles, user_roles } from '../auth/auth.tables';
import { users } from '../user/user.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_WRITE: '1000' } });
});
afterAll(() => t.close());

const grant = (who: TestUser, id: string, role: string, payload: Record<string, unknown> = {}) =>
  who.inject({ method: 'PUT', url: `/api/admin/users/${id}/roles/${role}`, payload });
const removeRole = (who: TestUser, id: string, role: string) =>
  who.inject({ method: 'DELETE', url: `/api/admin/users/${id}/roles/${role}` });

async function permissionsOf(who: TestUser): Promise<string[]> {
  const res = await who.inject({ method: 'GET', url: '/api/auth/session' });
  return res.json().data.user?.permissions ?? [];
}

const roleAudit = (target: string) =>
  t.database.db
    .select()
    .from(audit_log)
    .where(and(eq(audit_log.event_type, 'admin_action'), eq(audit_log.resource_id, target)));

/** Disables every holder of an admin role but these, so they are the instance's only admins. */
async function onlyAdmins(...keep: string[]): Promise<void> {
  const holders = await t.database.db
    .select({ id: user_roles.user_id })
    .from(user_roles)
    .innerJoin(roles, eq(roles.id, user_roles.role_id))
    .where(inArray(roles.name, ['admin', 'super_admin']));
  for (const { id } of holders) if (!keep.includes(id)) await disableUser(t, id);
}

describe('the last admin', () => {
  it('keeps their admin role: removing it is refused with 409 while no other enabled admin exists', async () => {
    const sole = await signUp(t, { roles: ['admin'] });
    // Another admin, disabled: a disabled admin does not count.
    await signUp(t, { roles: ['admin'] });
    await onlyAdmins(sole.id);
    const res = await removeRole(sole, sole.id, 'admin');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('last_admin');
    expect(await permissionsOf(sole)).toContain('users:manage');
    expect(await roleAudit(sole.id)).toEqual([]);

    // With another enabled admin, stepping down is allowed.
    const other = await signUp(t, { roles: ['admin'] });
    const stepDown = await removeRole(sole, sole.id, 'admin');
    expect(stepDown.statusCode, stepDown.body).toBe(200);
    expect(stepDown.json().data.roles).toEqual(['user']);
    await expect.poll(() => permissionsOf(sole)).not.toContain('users:manage');
    expect(await permissionsOf(other)).toContain('users:manage');
  });

  it('lets only one of two admins disabling each other at once succeed', async () => {
    const a = await signUp(t, { roles: ['admin'] });
    const b = await signUp(t, { roles: ['admin'] });
    await onlyAdmins(a.id, b.id);
    const results = await Promise.all([
      a.inject({ method: 'POST', url: `/api/admin/users/${b.id}/disable` }),
      b.inject({ method: 'POST', url: `/api/admin/users/${a.id}/disable` }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes[0]).toBe(200);
    expect([401, 409]).toContain(codes[1]);
    const stillEnabled = (
      await t.database.db
        .select({ id: users.id, at: users.disabled_at })
        .from(users)
        .where(inArray(users.id, [a.id, b.id]))
    ).filter((u) => u.at === null);
    expect(stillEnabled).toHaveLength(1);
  });
});

describe('granting and removing roles', () => {
  let admin: TestUser;
  beforeAll(async () => {
    admin = await signUp(t, { roles: ['admin'], name: 'Granting Admin' });
  });

  it('grants a role the user’s session then holds, recorded with the granter, and removes it', async () => {
    const person = await signUp(t);
    const res = await grant(admin, person.id, 'moderator');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.grants).toContainEqual(
      expect.objectContaining({ role: 'moderator', granted_by: { id: admin.id, name: 'Granting Admin' } }),
    );
    await expect.poll(() => permissionsOf(person)).toContain('content:moderate');
    // Granting what is held changes and records nothing.
    expect((await grant(admin, person.id, 'moderator')).statusCode).toBe(200);

    const removed = await removeRole(admin, person.id, 'moderator');
    expect(removed.statusCode).toBe(200);
    expect(removed.json().data.roles).toEqual(['user']);
    await expect.poll(() => permissionsOf(person)).not.toContain('content:moderate');
    expect((await roleAudit(person.id)).map((r) => [r.user_id, r.action, r.details])).toEqual([
      [admin.id, 'user.role_grant', { role: 'moderator', expires_at: null }],
      [admin.id, 'user.role_remove', { role: 'moderator' }],
    ]);
  });

  it('grants until a time, which must be in the future', async () => {
    const person = await signUp(t);
    const until = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const res = await grant(admin, person.id, 'premium', { expires_at: until });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.grants).toContainEqual(expect.objectContaining({ role: 'premium', expires_at: until }));
    const past = await grant(admin, person.id, 'premium', { expires_at: '2001-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);
    expect((await grant(admin, person.id, 'wizard')).statusCode).toBe(400);
  });

  it('lets nobody grant themselves a role, not even a longer hold of one they have', async () => {
    const res = await grant(admin, admin.id, 'super_admin');
    expect(res.statusCode).toBe(403);
    expect((await grant(admin, admin.id, 'premium')).statusCode).toBe(403);
    expect(await roleAudit(admin.id)).toEqual([]);
  });

  it('lets only a super admin grant or remove super admin', async () => {
    const person = await signUp(t);
    expect((await grant(admin, person.id, 'super_admin')).statusCode).toBe(403);
    const boss = await signUp(t, { roles: ['super_admin'] });
    expect((await grant(boss, person.id, 'super_admin')).statusCode).toBe(200);
    expect((await removeRole(admin, person.id, 'super_admin')).statusCode).toBe(403);
    // A super admin's other roles are theirs to change too.
    expect((await grant(admin, person.id, 'premium')).statusCode).toBe(403);
    expect((await removeRole(boss, person.id, 'super_admin')).statusCode).toBe(200);
    expect((await grant(admin, person.id, 'premium')).statusCode).toBe(200);
  });

  it('keeps everyone’s user role, and answers 404 for a role not held or a user who does not exist', async () => {
    const person = await signUp(t);
    expect((await removeRole(admin, person.id, 'user')).statusCode).toBe(409);
    expect((await removeRole(admin, person.id, 'premium')).statusCode).toBe(404);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await grant(admin, missing, 'premium')).statusCode).toBe(404);
    expect((await removeRole(admin, missing, 'premium')).statusCode).toBe(404);
  });
});

describe('GET /api/admin/roles', () => {
  it('lists every role with its parent and the permissions it holds, inherited ones included', async () => {
    const moderator = await signUp(t, { roles: ['moderator'] });
    const res = await moderator.inject({ method: 'GET', url: '/api/admin/roles' });
    expect(res.statusCode).toBe(200);
    const byName = Object.fromEntries((res.json().data as { name: string }[]).map((r) => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual(['admin', 'moderator', 'premium', 'super_admin', 'user']);
    expect(byName.admin).toMatchObject({ parent: 'moderator' });
    expect((byName.super_admin as unknown as { permissions: string[] }).permissions).toEqual(
      expect.arrayContaining(['system:config', 'users:manage', 'content:moderate', 'content:create']),
    );
  });
});
