import { and, desc, eq, gt, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowFromJson } from '../../db/json-rows';
import { type Fact, type FactValues, fact, factObject } from '../../platform/facts';
import { sessions } from './auth.tables';

export type SessionRow = typeof sessions.$inferSelect;

export async function insert(
  db: DbOrTx,
  values: Pick<
    typeof sessions.$inferInsert,
    | 'user_id'
    | 'token_hash'
    | 'created_at'
    | 'last_activity_at'
    | 'expires_at'
    | 'absolute_expires_at'
    | 'user_agent'
    | 'ip_address'
    | 'rotated_from'
  >,
): Promise<SessionRow> {
  const [row] = await db.insert(sessions).values(values).returning();
  if (!row) throw new Error('insert into sessions returned no row');
  return row;
}

/**
 * The session whose token hash is bound to `token` and facts about its user (`related` is given
 * the user id column), read in one statement: what a request needs to know who is calling.
 */
export function sessionWithFact<R extends Record<string, Fact<unknown, unknown>>>(
  related: (userId: SQL) => R,
): Fact<{ session: SessionRow; related: FactValues<R> } | null, unknown> {
  const parts = factObject<R, unknown>(related(sql`s.user_id`));
  return fact(
    sql`(select json_build_object('session', row_to_json(s), 'related', ${parts.sql})
         from ${sessions} s where s.token_hash = ${sql.placeholder('token')})`,
    (value) => {
      const raw = value as { session: unknown; related: unknown } | null;
      return raw ? { session: rowFromJson(sessions, raw.session), related: parts.read(raw.related, null) } : null;
    },
  );
}

export async function findById(db: DbOrTx, id: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row ?? null;
}

/** Records activity and slides the idle expiry (the caller caps it at the absolute expiry). */
export async function touch(db: DbOrTx, id: string, at: Date, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ last_activity_at: at, expires_at: expiresAt }).where(eq(sessions.id, id));
}

export async function deleteById(db: DbOrTx, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Deletes one of the user's sessions; false when it is not theirs or does not exist. */
export async function deleteOwned(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.user_id, userId)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

export async function deleteAllForUser(db: DbOrTx, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.user_id, userId)).returning({ id: sessions.id });
  return rows.length;
}

/**
 * Housekeeping at sign-in: every session that can no longer be used. The idle expiry never
 * passes the absolute one, so `expires_at` alone decides (and its index serves the delete).
 */
export async function deleteExpired(db: DbOrTx, now: Date): Promise<void> {
  await db.delete(sessions).where(lte(sessions.expires_at, now));
}

/** The user's live sessions, most recently used first (a user has a handful, never a long list). */
export const LIVE_SESSIONS_LIMIT = 200;

export async function listLive(db: DbOrTx, userId: string, now: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.user_id, userId), gt(sessions.expires_at, now)))
    .orderBy(desc(sessions.last_activity_at), desc(sessions.id))
    .limit(LIVE_SESSIONS_LIMIT);
}

/** How many live sessions the user has (the admin console's activity). */
export async function countLive(db: DbOrTx, userId: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(and(eq(sessions.user_id, userId), gt(sessions.expires_at, now)));
  return row?.n ?? 0;
}

/** Deletes a session whoever holds it; the holder's id, or null when there was none. */
export async function deleteAny(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db.delete(sessions).where(eq(sessions.id, id)).returning({ user_id: sessions.user_id });
  return row?.user_id ?? null;
}
