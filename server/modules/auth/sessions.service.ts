import type { z } from 'zod';
import type { userSession } from '#common/contracts/user';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { readFact } from '../../platform/facts';
import type { Platform } from '../../platform/platform';
import { hashToken, newToken } from '../../platform/session';
import { touchUserActivity, type UserRow, userFact } from '../user';
import { type Access, accessFact } from './auth.repo';
import * as repo from './sessions.repo';

export const { LIVE_SESSIONS_LIMIT } = repo;

/** Activity is written at most once a minute per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export interface ClientInfo {
  ip_address: string;
  user_agent: string | null;
}

/** A session just created: the token goes into the cookie and nowhere else. */
export interface IssuedSession {
  id: string;
  token: string;
  /** The absolute expiry, also the cookie's. */
  expiresAt: Date;
}

type Deps = Pick<Platform, 'config' | 'clock'>;

/**
 * Opens a session for a user who just signed in. The browser's previous session (if any) is
 * deleted and named in `rotated_from`, so a token known before sign-in is worthless after it.
 */
export async function openSession(
  tx: DbOrTx,
  deps: Deps,
  input: { userId: string; client: ClientInfo; replaces: string | null },
): Promise<IssuedSession> {
  const now = deps.clock.now();
  const { sessionIdleMs, sessionAbsoluteMs } = deps.config.auth;
  if (input.replaces) await repo.deleteById(tx, input.replaces);
  await repo.deleteExpired(tx, now);
  const absolute = new Date(now.getTime() + sessionAbsoluteMs);
  return insertSession(tx, {
    userId: input.userId,
    client: input.client,
    now,
    expiresAt: new Date(Math.min(now.getTime() + sessionIdleMs, absolute.getTime())),
    absolute,
    rotatedFrom: input.replaces,
  });
}

/**
 * Replaces a session by a new one after a privilege change: new token and row, the old row
 * deleted. The absolute expiry is kept, so rotation never extends a session's life.
 */
export async function rotateSession(
  tx: DbOrTx,
  deps: Deps,
  sessionId: string,
  client: ClientInfo,
): Promise<IssuedSession> {
  const old = await repo.findById(tx, sessionId);
  if (!old) throw notFound('session');
  const now = deps.clock.now();
  await repo.deleteById(tx, old.id);
  const idle = now.getTime() + deps.config.auth.sessionIdleMs;
  return insertSession(tx, {
    userId: old.user_id,
    client,
    now,
    expiresAt: new Date(Math.min(idle, old.absolute_expires_at.getTime())),
    absolute: old.absolute_expires_at,
    rotatedFrom: old.id,
  });
}

async function insertSession(
  tx: DbOrTx,
  s: { userId: string; client: ClientInfo; now: Date; expiresAt: Date; absolute: Date; rotatedFrom: string | null },
): Promise<IssuedSession> {
  const token = newToken();
  const row = await repo.insert(tx, {
    user_id: s.userId,
    token_hash: hashToken(token),
    created_at: s.now,
    last_activity_at: s.now,
    expires_at: s.expiresAt,
    absolute_expires_at: s.absolute,
    user_agent: s.client.user_agent,
    ip_address: s.client.ip_address,
    rotated_from: s.rotatedFrom,
  });
  return { id: row.id, token, expiresAt: s.absolute };
}

export interface LoadedSession {
  session: repo.SessionRow;
  user: UserRow;
  access: Access;
}

const liveSession = repo.sessionWithFact((userId) => ({ user: userFact(userId), access: accessFact(userId) }));

/**
 * The live session behind a token hash with its user and access, read in one statement, or
 * null. Expired sessions and sessions of disabled users are deleted on sight.
 */
export async function readSession(deps: Platform, tokenHash: string, now: Date): Promise<LoadedSession | null> {
  const db = deps.database.db;
  const found = await readFact(db, liveSession, { token: tokenHash, now: now.toISOString() }, null);
  if (!found) return null;
  const { session, related } = found;
  const expired = session.expires_at <= now || session.absolute_expires_at <= now;
  if (expired || !related.user || related.user.disabled_at) {
    await repo.deleteById(db, session.id);
    return null;
  }
  return { session, user: related.user, access: related.access };
}

/** When a loaded session must be read again: its expiry, or the first of its roles to expire. */
export function readAgainAt({ session, access }: LoadedSession): number {
  const times = [session.expires_at, session.absolute_expires_at, access.until ?? session.expires_at];
  return Math.min(...times.map((t) => t.getTime()));
}

/** Records activity at most once a minute: slides the idle expiry, capped by the absolute one. */
export async function touchSession(deps: Platform, { session, user }: LoadedSession, now: Date): Promise<void> {
  if (now.getTime() - session.last_activity_at.getTime() < TOUCH_INTERVAL_MS) return;
  const db = deps.database.db;
  const idle = now.getTime() + deps.config.auth.sessionIdleMs;
  const expiresAt = new Date(Math.min(idle, session.absolute_expires_at.getTime()));
  session.last_activity_at = now;
  session.expires_at = expiresAt;
  await repo.touch(db, session.id, now, expiresAt);
  await touchUserActivity(db, user.id, now);
}

/** The live session behind a cookie token, its activity recorded (see readSession). */
export async function loadSession(deps: Platform, token: string): Promise<LoadedSession | null> {
  const now = deps.clock.now();
  const loaded = await readSession(deps, hashToken(token), now);
  if (loaded) await touchSession(deps, loaded, now);
  return loaded;
}

export const endSession = (db: DbOrTx, id: string) => repo.deleteById(db, id);
export const endAllSessions = (db: DbOrTx, userId: string) => repo.deleteAllForUser(db, userId);

export type UserSession = z.output<typeof userSession>;

export async function listSessions(ctx: Ctx): Promise<UserSession[]> {
  const rows = await repo.listLive(ctx.database.db, ctx.userId, ctx.clock.now());
  return rows.map((r) => ({
    id: r.id,
    created_at: r.created_at,
    last_activity_at: r.last_activity_at,
    expires_at: r.expires_at,
    user_agent: r.user_agent,
    ip_address: r.ip_address,
    current: r.id === ctx.sessionId,
  }));
}

/** Signs one of the user's sessions out (another device, or this one); another user's is 404. */
export async function revokeSession(ctx: Ctx, id: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    if (!(await repo.deleteOwned(tx, ctx.userId, id))) throw notFound('session');
    await audit(tx, ctx, { type: 'session_revoked', resourceType: 'session', resourceId: id });
  });
}

// ── The admin console ──────────────────────────────────────────────────────────────────────

/** A user's live sessions, most recently used first (capped like the user's own list). */
export const liveSessionsOf = (db: DbOrTx, userId: string, now: Date) => repo.listLive(db, userId, now);
export const countLiveSessions = (db: DbOrTx, userId: string, now: Date) => repo.countLive(db, userId, now);
/** Ends one session, whoever holds it: the holder's id, or null when there was none. */
export const endAnySession = (db: DbOrTx, id: string) => repo.deleteAny(db, id);
