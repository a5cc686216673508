import type { AdminSession } from '#common/contracts/admin';
import type { Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { endAnySession, liveSessionsOf } from '../auth';
import { findUser } from '../user';
import { assertMayActOn } from './users.service';

/** A user's live sessions, most recently used first (a handful, capped; no tokens). */
export async function list(ctx: Ctx, userId: string): Promise<AdminSession[]> {
  const db = ctx.database.db;
  if (!(await findUser(db, userId))) throw notFound('user');
  const rows = await liveSessionsOf(db, userId, ctx.clock.now());
  return rows.map((r) => ({
    id: r.id,
    created_at: r.created_at,
    last_activity_at: r.last_activity_at,
    expires_at: r.expires_at,
    user_agent: r.user_agent,
    ip_address: r.ip_address,
  }));
}

/** Ends one session, whoever holds it (a super admin's: only a super admin), on every instance; recorded with its holder. */
export async function revoke(ctx: Ctx, id: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const holder = await endAnySession(tx, id);
    if (!holder) throw notFound('session');
    await assertMayActOn(tx, ctx, holder, 'sign out');
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'session.revoke',
      resourceType: 'session',
      resourceId: id,
      details: { user_id: holder },
    });
  });
}
