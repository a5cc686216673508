import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowFromJson } from '../../db/json-rows';
import { type Fact, fact, param } from '../../platform/facts';
import { afterKey } from '../../platform/pagination';
import { focus_pause_state, focus_sessions } from './focus.tables';

type SessionRow = typeof focus_sessions.$inferSelect;

/** A session with its pause bookkeeping, as the timing rules need it. */
export type LoadedSession = SessionRow & { paused_at: Date | null; total_paused_ms: number; pause_count: number };

const OPEN = ['active', 'paused'];

const columns = {
  id: focus_sessions.id,
  user_id: focus_sessions.user_id,
  mode: focus_sessions.mode,
  status: focus_sessions.status,
  duration_seconds: focus_sessions.duration_seconds,
  label: focus_sessions.label,
  started_at: focus_sessions.started_at,
  ended_at: focus_sessions.ended_at,
  focused_seconds: focus_sessions.focused_seconds,
  xp_awarded: focus_sessions.xp_awarded,
  coins_awarded: focus_sessions.coins_awarded,
  created_at: focus_sessions.created_at,
  updated_at: focus_sessions.updated_at,
  paused_at: focus_pause_state.paused_at,
  total_paused_ms: focus_pause_state.total_paused_ms,
  pause_count: focus_pause_state.pause_count,
};

function normalize(
  row: Omit<LoadedSession, 'total_paused_ms' | 'pause_count'> & {
    total_paused_ms: number | null;
    pause_count: number | null;
  },
): LoadedSession {
  return { ...row, total_paused_ms: row.total_paused_ms ?? 0, pause_count: row.pause_count ?? 0 };
}

function selectSessions(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(columns)
    .from(focus_sessions)
    .leftJoin(focus_pause_state, eq(focus_pause_state.session_id, focus_sessions.id))
    .where(where);
}

/** The user's open session, if any; `lock` holds it (and its pause row) until the transaction ends. */
export async function findOpen(db: DbOrTx, userId: string, lock = false): Promise<LoadedSession | null> {
  const query = selectSessions(db, and(eq(focus_sessions.user_id, userId), inArray(focus_sessions.status, OPEN))).limit(
    1,
  );
  const [row] = lock ? await query.for('update', { of: focus_sessions }) : await query;
  return row ? normalize(row) : null;
}

/** The user's open session with its pause bookkeeping, for a composed read (platform/facts.ts). */
export const openSessionFact: Fact<LoadedSession | null, unknown> = fact(
  sql`(select json_build_object('session', row_to_json(s), 'pause', row_to_json(p))
         from ${focus_sessions} s left join ${focus_pause_state} p on p.session_id = s.id
         where s.user_id = ${param.user} and s.status in ('active', 'paused') limit 1)`,
  (value) => {
    const raw = value as { session: unknown; pause: unknown } | null;
    if (!raw) return null;
    const pause = raw.pause ? rowFromJson(focus_pause_state, raw.pause) : null;
    return normalize({
      ...rowFromJson(focus_sessions, raw.session),
      paused_at: pause?.paused_at ?? null,
      total_paused_ms: pause?.total_paused_ms ?? null,
      pause_count: pause?.pause_count ?? null,
    });
  },
);

export async function findById(db: DbOrTx, userId: string, id: string, lock = false): Promise<LoadedSession | null> {
  const query = selectSessions(db, and(eq(focus_sessions.user_id, userId), eq(focus_sessions.id, id)));
  const [row] = lock ? await query.for('update', { of: focus_sessions }) : await query;
  return row ? normalize(row) : null;
}

export async function insert(
  tx: DbOrTx,
  values: Pick<SessionRow, 'user_id' | 'mode' | 'duration_seconds' | 'label' | 'started_at'>,
): Promise<LoadedSession> {
  const [row] = await tx.insert(focus_sessions).values(values).returning();
  if (!row) throw new Error('insert into focus_sessions returned no row');
  await tx.insert(focus_pause_state).values({ user_id: values.user_id, session_id: row.id });
  return { ...row, paused_at: null, total_paused_ms: 0, pause_count: 0 };
}

export type SessionPatch = Partial<
  Pick<SessionRow, 'status' | 'ended_at' | 'focused_seconds' | 'xp_awarded' | 'coins_awarded'>
>;
export type PausePatch = { paused_at: Date | null; total_paused_ms: number; pause_count?: number };

/** Writes the session and its pause row; returns the session as stored. */
export async function update(
  tx: DbOrTx,
  current: LoadedSession,
  patch: SessionPatch,
  pause: PausePatch,
): Promise<LoadedSession> {
  const [row] = await tx
    .update(focus_sessions)
    .set(patch)
    .where(and(eq(focus_sessions.id, current.id), eq(focus_sessions.user_id, current.user_id)))
    .returning();
  if (!row) throw new Error('focus session vanished during the update');
  const pauseRow = {
    is_paused: pause.paused_at !== null,
    paused_at: pause.paused_at,
    total_paused_ms: pause.total_paused_ms,
    pause_count: pause.pause_count ?? current.pause_count,
  };
  await tx
    .insert(focus_pause_state)
    .values({ user_id: current.user_id, session_id: current.id, ...pauseRow })
    .onConflictDoUpdate({ target: focus_pause_state.session_id, set: pauseRow });
  return {
    ...row,
    paused_at: pauseRow.paused_at,
    total_paused_ms: pauseRow.total_paused_ms,
    pause_count: pauseRow.pause_count,
  };
}

export interface ListFilter {
  mode?: string;
  status?: string;
  startedFrom?: Date;
  startedBefore?: Date;
  after?: [string, string];
  limit: number;
}

/** History, newest first, keyset on (started_at, id); fetches one extra row for the next page. */
export async function list(db: DbOrTx, userId: string, f: ListFilter): Promise<LoadedSession[]> {
  const rows = await selectSessions(
    db,
    and(
      eq(focus_sessions.user_id, userId),
      f.mode ? eq(focus_sessions.mode, f.mode) : undefined,
      f.status ? eq(focus_sessions.status, f.status) : undefined,
      f.startedFrom ? gte(focus_sessions.started_at, f.startedFrom) : undefined,
      f.startedBefore ? lt(focus_sessions.started_at, f.startedBefore) : undefined,
      f.after ? afterKey([focus_sessions.started_at, focus_sessions.id], f.after, 'desc') : undefined,
    ),
  )
    .orderBy(desc(focus_sessions.started_at), desc(focus_sessions.id))
    .limit(f.limit + 1);
  return rows.map(normalize);
}

/** Completed and abandoned sessions of one mode that ended in `[start, end)`. */
export async function closedBetween(
  db: DbOrTx,
  userId: string,
  mode: string,
  start: Date,
  end: Date,
): Promise<{ status: 'completed' | 'abandoned'; ended_at: Date; focused_seconds: number }[]> {
  const rows = await db
    .select({
      status: focus_sessions.status,
      ended_at: focus_sessions.ended_at,
      focused_seconds: focus_sessions.focused_seconds,
    })
    .from(focus_sessions)
    .where(
      and(
        eq(focus_sessions.user_id, userId),
        eq(focus_sessions.mode, mode),
        inArray(focus_sessions.status, ['completed', 'abandoned']),
        gte(focus_sessions.ended_at, start),
        lt(focus_sessions.ended_at, end),
      ),
    );
  return rows.flatMap((r) =>
    r.ended_at
      ? [{ status: r.status as 'completed' | 'abandoned', ended_at: r.ended_at, focused_seconds: r.focused_seconds }]
      : [],
  );
}
