import { z } from 'zod';
import type { AdminUser, AdminUserDetail, adminUserListQuery } from '#common/contracts/admin';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import {
  countLiveSessions,
  endAllSessions,
  grantsOf,
  holdersOf,
  lockAdminRoster,
  resolveAccess,
  rolesOf,
  signInMethodsOf,
} from '../auth';
import { usageOf } from '../blobs';
import { countActivitySince, recentActivity } from '../gamification';
import {
  deleteUserWith,
  enabledUsersAmong,
  findUser,
  findUserForUpdate,
  listUsersNewestFirst,
  setUserDisabledAt,
  type UserRow,
  userNames,
} from '../user';

/** The roles that run the instance: one enabled holder of either must always remain. */
export const ADMIN_ROLES = ['admin', 'super_admin'] as const;
const DAY_MS = 86_400_000;

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

function userView(row: UserRow, roles: string[]): AdminUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    image: row.image,
    roles,
    created_at: row.created_at,
    last_activity_at: row.last_activity_at,
    disabled_at: row.disabled_at,
  };
}

export async function list(ctx: Ctx, query: z.output<typeof adminUserListQuery>): Promise<Page<AdminUser>> {
  const db = ctx.database.db;
  const rows = await listUsersNewestFirst(
    db,
    { q: query.q },
    { after: decodeCursor(query.cursor, cursorShape), limit: query.limit },
  );
  const page = toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
  const roles = await rolesOf(
    db,
    page.data.map((r) => r.id),
    ctx.clock.now(),
  );
  return { data: page.data.map((r) => userView(r, roles.get(r.id) ?? [])), page: page.page };
}

/** A person's profile, roles and permissions, sign-in methods, activity and storage. */
export async function get(ctx: Ctx, id: string): Promise<AdminUserDetail> {
  const db = ctx.database.db;
  const now = ctx.clock.now();
  const row = await findUser(db, id);
  if (!row) throw notFound('user');
  const grants = await grantsOf(db, id, now);
  const granters = await userNames(
    db,
    grants.flatMap((g) => (g.granted_by ? [g.granted_by] : [])),
  );
  const access = await resolveAccess(db, id, now);
  const recent = await recentActivity(db, id, now.toISOString().slice(0, 10));
  const storage = await usageOf(ctx, id);
  return {
    ...userView(
      row,
      grants.map((g) => g.role),
    ),
    timezone: row.timezone,
    email_verified: row.email_verified,
    age_verified: row.age_verified,
    tos_version: row.tos_version,
    tos_accepted_at: row.tos_accepted_at,
    grants: grants.map((g) => {
      const name = g.granted_by ? granters.get(g.granted_by) : undefined;
      return {
        role: g.role,
        granted_at: g.granted_at,
        expires_at: g.expires_at,
        granted_by: g.granted_by && name !== undefined ? { id: g.granted_by, name } : null,
      };
    }),
    permissions: access.permissions,
    sign_in_methods: await signInMethodsOf(db, id),
    activity: {
      last_activity_at: row.last_activity_at,
      last_event: recent.last ? { type: recent.last.event_type, occurred_at: recent.last.occurred_at } : null,
      events_30_days: await countActivitySince(db, id, new Date(now.getTime() - 30 * DAY_MS)),
      live_sessions: await countLiveSessions(db, id, now),
    },
    storage: { bytes: storage.used_bytes, files: storage.count },
  };
}

/**
 * Refuses (409) a change after which no enabled user would hold `admin` or `super_admin`. The
 * caller has taken the roster lock and made its change in `tx`; `leaving` names a user about to
 * go (deleted after this check).
 */
export async function assertAnAdminRemains(tx: DbOrTx, now: Date, leaving?: string): Promise<void> {
  const holders = (await holdersOf(tx, ADMIN_ROLES, now)).filter((id) => id !== leaving);
  if ((await enabledUsersAmong(tx, holders)).length === 0) {
    throw conflict('The instance would have no admin left: grant admin to someone else first.', 'last_admin');
  }
}

/** Refuses an action on a super admin's account unless the actor is one too. */
export async function assertMayActOn(tx: DbOrTx, ctx: Ctx, id: string, what: string): Promise<void> {
  if (ctx.user.roles.includes('super_admin')) return;
  const held = (await rolesOf(tx, [id], ctx.clock.now())).get(id) ?? [];
  if (held.includes('super_admin')) throw forbidden(`Only a super admin may ${what} a super admin.`);
}

/** The target of an action on an account, locked; refuses the actor's own and, unless they are a super admin, a super admin's. */
async function lockTarget(tx: DbOrTx, ctx: Ctx, id: string, what: string): Promise<UserRow> {
  const row = await findUserForUpdate(tx, id);
  if (!row) throw notFound('user');
  if (id === ctx.userId) {
    throw conflict(`You cannot ${what} your own account here; use your own settings.`, 'own_account');
  }
  await assertMayActOn(tx, ctx, id, what);
  return row;
}

/**
 * Disables an account: sign-in refuses it, and its sessions end in the same transaction (every
 * instance hears of it from the database at once). Disabling the last enabled admin is refused.
 */
export async function disable(ctx: Ctx, id: string): Promise<AdminUser> {
  return ctx.database.db.transaction(async (tx) => {
    await lockAdminRoster(tx);
    const row = await lockTarget(tx, ctx, id, 'disable');
    const now = ctx.clock.now();
    const roles = (await rolesOf(tx, [id], now)).get(id) ?? [];
    if (row.disabled_at) return userView(row, roles);
    const updated = await setUserDisabledAt(tx, id, now);
    if (!updated) throw notFound('user');
    await assertAnAdminRemains(tx, now);
    const ended = await endAllSessions(tx, id);
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'user.disable',
      resourceType: 'user',
      resourceId: id,
      details: { sessions_ended: ended },
    });
    return userView(updated, roles);
  });
}

/** Enables a disabled account again: its owner may sign in. */
export async function enable(ctx: Ctx, id: string): Promise<AdminUser> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockTarget(tx, ctx, id, 'enable');
    const roles = (await rolesOf(tx, [id], ctx.clock.now())).get(id) ?? [];
    if (!row.disabled_at) return userView(row, roles);
    const updated = await setUserDisabledAt(tx, id, null);
    if (!updated) throw notFound('user');
    await audit(tx, ctx, { type: 'admin_action', action: 'user.enable', resourceType: 'user', resourceId: id });
    return userView(updated, roles);
  });
}

/**
 * Deletes an account with everything it owns, as the owner's own deletion does (the same
 * path: one transaction, the cascades, then the files). The last enabled admin is kept.
 */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  await deleteUserWith(ctx, id, async (tx) => {
    await lockAdminRoster(tx);
    await lockTarget(tx, ctx, id, 'delete');
    await assertAnAdminRemains(tx, ctx.clock.now(), id);
    await audit(tx, ctx, { type: 'admin_action', action: 'user.delete', resourceType: 'user', resourceId: id });
  });
}

/** Signs the user out everywhere: every session ends, on every instance. */
export async function revokeSessions(ctx: Ctx, id: string): Promise<{ ended: number }> {
  return ctx.database.db.transaction(async (tx) => {
    if (!(await findUserForUpdate(tx, id))) throw notFound('user');
    await assertMayActOn(tx, ctx, id, 'sign out');
    const ended = await endAllSessions(tx, id);
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'user.sessions_revoke',
      resourceType: 'user',
      resourceId: id,
      details: { sessions_ended: ended },
    });
    return { ended };
  });
}
