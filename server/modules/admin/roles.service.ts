import type { z } from 'zod';
import type { AdminRole, AdminRoleName, AdminUserDetail, grantRoleBody } from '#common/contracts/admin';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors';
import { grantsOf, listRoles, lockAdminRoster, putRoleGrant, removeRoleGrant, rolesOf } from '../auth';
import { findUserForUpdate } from '../user';
import { ADMIN_ROLES, assertAnAdminRemains, get } from './users.service';

/** Every role with its parent and the permissions it holds, its own and its ancestors'. */
export async function list(ctx: Ctx): Promise<AdminRole[]> {
  const rows = await listRoles(ctx.database.db);
  const byName = new Map(rows.map((r) => [r.name, r]));
  return rows.map((r) => {
    const held = new Set<string>();
    const seen = new Set<string>();
    for (let at = byName.get(r.name); at && !seen.has(at.name); at = at.parent ? byName.get(at.parent) : undefined) {
      seen.add(at.name);
      for (const p of at.permissions) held.add(p);
    }
    return { name: r.name, description: r.description, parent: r.parent, permissions: [...held].sort() };
  });
}

/** Only a super admin grants or removes `super_admin`. */
function mayTouch(ctx: Ctx, role: AdminRoleName): void {
  if (role === 'super_admin' && !ctx.user.roles.includes('super_admin')) {
    throw forbidden('Only a super admin may grant or remove super admin.');
  }
}

/** The target, locked; 404 when there is none, 403 when they are a super admin and the actor is not. */
async function lockTarget(tx: DbOrTx, ctx: Ctx, userId: string, now: Date): Promise<void> {
  if (!(await findUserForUpdate(tx, userId))) throw notFound('user');
  if (ctx.user.roles.includes('super_admin')) return;
  if ((await rolesOf(tx, [userId], now)).get(userId)?.includes('super_admin')) {
    throw forbidden('Only a super admin may change a super admin’s roles.');
  }
}

/**
 * Grants a role (or changes its expiry), recorded with who granted it. Nobody grants a role to
 * themselves: another admin must. Granting what is already held as asked changes nothing.
 */
export async function grant(
  ctx: Ctx,
  userId: string,
  role: AdminRoleName,
  body: z.output<typeof grantRoleBody>,
): Promise<AdminUserDetail> {
  mayTouch(ctx, role);
  if (userId === ctx.userId) throw forbidden('Nobody raises their own role: another admin must grant it.');
  const now = ctx.clock.now();
  const expiresAt = body.expires_at ?? null;
  if (expiresAt && expiresAt <= now) {
    throw badRequest('The grant would already have ended.', [
      { path: 'body.expires_at', message: 'Must be in the future' },
    ]);
  }
  await ctx.database.db.transaction(async (tx) => {
    if (ADMIN_ROLES.includes(role as (typeof ADMIN_ROLES)[number])) await lockAdminRoster(tx);
    await lockTarget(tx, ctx, userId, now);
    const held = (await grantsOf(tx, userId, now)).find((g) => g.role === role);
    if (held && (held.expires_at?.getTime() ?? null) === (expiresAt?.getTime() ?? null)) return;
    await putRoleGrant(tx, { userId, role, grantedBy: ctx.userId, now, expiresAt });
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'user.role_grant',
      resourceType: 'user',
      resourceId: userId,
      details: { role, expires_at: expiresAt?.toISOString() ?? null, ...(held ? { replaced: true } : {}) },
    });
  });
  return get(ctx, userId);
}

/**
 * Removes a role. Everyone keeps `user`; the last enabled holder of `admin`/`super_admin` keeps
 * theirs (409). An admin may step down from their own roles, never up.
 */
export async function remove(ctx: Ctx, userId: string, role: AdminRoleName): Promise<AdminUserDetail> {
  mayTouch(ctx, role);
  if (role === 'user') throw conflict('Every account keeps the user role.', 'base_role');
  await ctx.database.db.transaction(async (tx) => {
    if (ADMIN_ROLES.includes(role as (typeof ADMIN_ROLES)[number])) await lockAdminRoster(tx);
    await lockTarget(tx, ctx, userId, ctx.clock.now());
    if (!(await removeRoleGrant(tx, userId, role))) throw notFound('role grant');
    await assertAnAdminRemains(tx, ctx.clock.now());
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'user.role_remove',
      resourceType: 'user',
      resourceId: userId,
      details: { role },
    });
  });
  return get(ctx, userId);
}
