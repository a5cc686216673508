import { and, asc, count, desc, eq, inArray, max, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { exercise_sets, exercises, workout_sessions } from './exercise.tables';
import type { RefRow } from './exercise.view';
import { refColumns } from './exercises.repo';

export type SessionRow = typeof workout_sessions.$inferSelect;
export type SessionValues = Omit<typeof workout_sessions.$inferInsert, 'id'>;
export type SetRow = typeof exercise_sets.$inferSelect;
export type SetValues = Omit<typeof exercise_sets.$inferInsert, 'id'>;

export interface SetCounts {
  sets: number;
  working: number;
}

export async function find(db: DbOrTx, userId: string, id: string, lock = false): Promise<SessionRow | null> {
  const query = db
    .select()
    .from(workout_sessions)
    .where(and(eq(workout_sessions.user_id, userId), eq(workout_sessions.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The user's active session (workout_sessions_one_active_per_user), locked when asked. */
export async function findActive(db: DbOrTx, userId: string, lock = false): Promise<SessionRow | null> {
  const query = db
    .select()
    .from(workout_sessions)
    .where(and(eq(workout_sessions.user_id, userId), eq(workout_sessions.status, 'active')));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Starts a session unless one is active already (then null: the partial unique index says no). */
export async function insertActive(db: DbOrTx, values: SessionValues): Promise<SessionRow | null> {
  const [row] = await db
    .insert(workout_sessions)
    .values({ ...values, status: 'active' })
    .onConflictDoNothing({ target: workout_sessions.user_id, where: sql`status = 'active'` })
    .returning();
  return row ?? null;
}

export async function update(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<SessionValues>,
): Promise<SessionRow> {
  const [row] = await db
    .update(workout_sessions)
    .set(patch)
    .where(and(eq(workout_sessions.user_id, userId), eq(workout_sessions.id, id)))
    .returning();
  if (!row) throw new Error('update of workout_sessions found no row');
  return row;
}

/** Marks a set logged: the session's last activity moves, and its volume is summed again. */
export async function touch(db: DbOrTx, userId: string, id: string, now: Date): Promise<SessionRow> {
  const volume = sql`(select coalesce(sum(${exercise_sets.weight} * ${exercise_sets.reps}), 0)
    from ${exercise_sets}
    where ${exercise_sets.session_id} = ${id} and not ${exercise_sets.is_warmup})`;
  return update(db, userId, id, { last_activity_at: now, updated_at: now, total_volume: sql`${volume}` as never });
}

/** The user's sessions, newest start first, keyset on (started_at, id) (workout_sessions_user_started_idx). */
export async function list(
  db: DbOrTx,
  userId: string,
  f: { status?: string; after?: [string, string]; limit: number },
): Promise<SessionRow[]> {
  return db
    .select()
    .from(workout_sessions)
    .where(
      and(
        eq(workout_sessions.user_id, userId),
        f.status ? eq(workout_sessions.status, f.status) : undefined,
        f.after ? afterKey([workout_sessions.started_at, workout_sessions.id], f.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(workout_sessions.started_at), desc(workout_sessions.id))
    .limit(f.limit + 1);
}

/** Sets and working sets per session. */
export async function countsOf(db: DbOrTx, sessionIds: string[]): Promise<Map<string, SetCounts>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .select({
      session_id: exercise_sets.session_id,
      sets: count(),
      working: sql<number>`(count(*) filter (where not ${exercise_sets.is_warmup}))::int`,
    })
    .from(exercise_sets)
    .where(inArray(exercise_sets.session_id, sessionIds))
    .groupBy(exercise_sets.session_id);
  return new Map(rows.map((r) => [r.session_id, { sets: r.sets, working: r.working }]));
}

export type SetWithExercise = SetRow & { exercise: RefRow };

/** A session's sets in the order logged, each with what it shows of its exercise. */
export async function setsOf(db: DbOrTx, sessionId: string): Promise<SetWithExercise[]> {
  const rows = await db
    .select({
      set: exercise_sets,
      exercise: refColumns,
    })
    .from(exercise_sets)
    .innerJoin(exercises, eq(exercises.id, exercise_sets.exercise_id))
    .where(eq(exercise_sets.session_id, sessionId))
    .orderBy(asc(exercise_sets.set_number), asc(exercise_sets.id));
  return rows.map((r) => ({ ...r.set, exercise: r.exercise }));
}

export async function findSet(db: DbOrTx, sessionId: string, setId: string): Promise<SetRow | null> {
  const [row] = await db
    .select()
    .from(exercise_sets)
    .where(and(eq(exercise_sets.session_id, sessionId), eq(exercise_sets.id, setId)));
  return row ?? null;
}

/** The session a set of the user's belongs to. */
export async function sessionOfSet(db: DbOrTx, userId: string, setId: string): Promise<string | null> {
  const [row] = await db
    .select({ session_id: exercise_sets.session_id })
    .from(exercise_sets)
    .where(and(eq(exercise_sets.id, setId), eq(exercise_sets.user_id, userId)));
  return row?.session_id ?? null;
}

/** How many sets the session holds and its highest set number. */
export async function setTally(db: DbOrTx, sessionId: string): Promise<{ n: number; last: number }> {
  const [row] = await db
    .select({ n: count(), last: max(exercise_sets.set_number) })
    .from(exercise_sets)
    .where(eq(exercise_sets.session_id, sessionId));
  return { n: row?.n ?? 0, last: row?.last ?? 0 };
}

export async function insertSet(db: DbOrTx, values: SetValues): Promise<SetRow> {
  const [row] = await db.insert(exercise_sets).values(values).returning();
  if (!row) throw new Error('insert into exercise_sets returned no row');
  return row;
}

export async function updateSet(
  db: DbOrTx,
  sessionId: string,
  setId: string,
  patch: Partial<SetValues>,
): Promise<SetRow> {
  const [row] = await db
    .update(exercise_sets)
    .set(patch)
    .where(and(eq(exercise_sets.session_id, sessionId), eq(exercise_sets.id, setId)))
    .returning();
  if (!row) throw new Error('update of exercise_sets found no row');
  return row;
}

export async function deleteSet(db: DbOrTx, sessionId: string, setId: string): Promise<void> {
  await db.delete(exercise_sets).where(and(eq(exercise_sets.session_id, sessionId), eq(exercise_sets.id, setId)));
}

/** The session's volume of one exercise (working sets). */
export async function sessionVolume(db: DbOrTx, sessionId: string, exerciseId: string): Promise<number> {
  const [row] = await db
    .select({ v: sql<number>`coalesce(sum(${exercise_sets.weight} * ${exercise_sets.reps}), 0)::float8` })
    .from(exercise_sets)
    .where(
      and(
        eq(exercise_sets.session_id, sessionId),
        eq(exercise_sets.exercise_id, exerciseId),
        eq(exercise_sets.is_warmup, false),
      ),
    );
  return Number(row?.v ?? 0);
}

export interface LastSetRow {
  exercise_id: string;
  session_id: string;
  performed_at: Date;
  set_number: number;
  weight: number | null;
  reps: number | null;
  duration_seconds: number | null;
  distance_m: number | null;
  rpe: number | null;
}

/**
 * For each exercise, the working sets of it in the latest finished session that has some: the
 * latest such set is found backwards along exercise_sets_user_exercise_idx, then those sessions'
 * sets along exercise_sets_session_idx.
 */
export async function lastSets(db: DbOrTx, userId: string, exerciseIds: string[]): Promise<LastSetRow[]> {
  const latest = await queryRows<{ exercise_id: string; session_id: string; performed_at: string | Date }>(
    db,
    sql`select e.id as exercise_id, last.session_id, last.performed_at
        from unnest(${`{${exerciseIds.join(',')}}`}::uuid[]) as e(id)
        cross join lateral (
          select x.session_id, w.ended_at as performed_at
          from ${exercise_sets} x
          join ${workout_sessions} w on w.id = x.session_id and w.status = 'completed'
          where x.user_id = ${userId} and x.exercise_id = e.id and not x.is_warmup
          order by x.completed_at desc
          limit 1
        ) last`,
  );
  if (latest.length === 0) return [];
  const sets = await db
    .select()
    .from(exercise_sets)
    .where(
      and(
        inArray(
          exercise_sets.session_id,
          latest.map((l) => l.session_id),
        ),
        eq(exercise_sets.user_id, userId),
        eq(exercise_sets.is_warmup, false),
      ),
    )
    .orderBy(asc(exercise_sets.session_id), asc(exercise_sets.set_number), asc(exercise_sets.id));
  return latest.flatMap((l) =>
    sets
      .filter((s) => s.session_id === l.session_id && s.exercise_id === l.exercise_id)
      .map((s) => ({
        exercise_id: l.exercise_id,
        session_id: l.session_id,
        performed_at: new Date(l.performed_at),
        set_number: s.set_number,
        weight: s.weight,
        reps: s.reps,
        duration_seconds: s.duration_seconds,
        distance_m: s.distance_m,
        rpe: s.rpe,
      })),
  );
}
