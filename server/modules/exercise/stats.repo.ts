import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { exercise_sets, exercises, workout_sessions } from './exercise.tables';

/** The user's finished sessions started in [from, to) (workout_sessions_user_started_idx). */
export async function finishedIn(
  db: DbOrTx,
  userId: string,
  from: Date,
  to: Date,
): Promise<{ id: string; started_at: Date; duration_seconds: number | null }[]> {
  return db
    .select({
      id: workout_sessions.id,
      started_at: workout_sessions.started_at,
      duration_seconds: workout_sessions.duration_seconds,
    })
    .from(workout_sessions)
    .where(
      and(
        eq(workout_sessions.user_id, userId),
        gte(workout_sessions.started_at, from),
        lt(workout_sessions.started_at, to),
        eq(workout_sessions.status, 'completed'),
      ),
    );
}

export interface VolumeRow {
  started_at: Date;
  primary_muscles: string[];
  volume: number;
  sets: number;
}

/**
 * The working volume and sets of those sessions by exercise's primary muscles: the sessions
 * through their index, their sets through exercise_sets_session_idx, the exercises by key.
 */
export async function volumeIn(db: DbOrTx, userId: string, from: Date, to: Date): Promise<VolumeRow[]> {
  return db
    .select({
      started_at: workout_sessions.started_at,
      primary_muscles: exercises.primary_muscles,
      volume: sql<number>`coalesce(sum(${exercise_sets.weight} * ${exercise_sets.reps}), 0)::float8`.mapWith(Number),
      sets: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(workout_sessions)
    .innerJoin(
      exercise_sets,
      and(eq(exercise_sets.session_id, workout_sessions.id), eq(exercise_sets.is_warmup, false)),
    )
    .innerJoin(exercises, eq(exercises.id, exercise_sets.exercise_id))
    .where(
      and(
        eq(workout_sessions.user_id, userId),
        gte(workout_sessions.started_at, from),
        lt(workout_sessions.started_at, to),
        eq(workout_sessions.status, 'completed'),
      ),
    )
    .groupBy(workout_sessions.id, workout_sessions.started_at, exercises.primary_muscles);
}
