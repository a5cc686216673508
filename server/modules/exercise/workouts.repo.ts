import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { exercises, workout_exercises, workouts } from './exercise.tables';
import type { RefRow } from './exercise.view';
import { refColumns } from './exercises.repo';

export type WorkoutRow = typeof workouts.$inferSelect;
export type WorkoutValues = Omit<typeof workouts.$inferInsert, 'id'>;
export type WorkoutExerciseRow = typeof workout_exercises.$inferSelect;
export type WorkoutExerciseValues = Omit<typeof workout_exercises.$inferInsert, 'id'>;
export type WorkoutSummaryRow = WorkoutRow & { exercise_count: number };

const workoutColumns = {
  id: workouts.id,
  user_id: workouts.user_id,
  name: workouts.name,
  description: workouts.description,
  category: workouts.category,
  level: workouts.level,
  estimated_minutes: workouts.estimated_minutes,
  archived_at: workouts.archived_at,
  created_at: workouts.created_at,
  updated_at: workouts.updated_at,
};

/** The template's exercises, counted along workout_exercises_workout_order_idx. */
const exerciseCount = sql<number>`(select count(*) from ${workout_exercises} we
  where we.workout_id = ${sql.identifier('workouts')}.${sql.identifier('id')})::int`;

/** The user's templates, newest first, keyset on (created_at, id) (workouts_user_created_idx). */
export async function list(
  db: DbOrTx,
  userId: string,
  f: { archived: boolean; after?: [string, string]; limit: number },
): Promise<WorkoutSummaryRow[]> {
  return db
    .select({ ...workoutColumns, exercise_count: exerciseCount })
    .from(workouts)
    .where(
      and(
        eq(workouts.user_id, userId),
        f.archived ? isNotNull(workouts.archived_at) : isNull(workouts.archived_at),
        f.after ? afterKey([workouts.created_at, workouts.id], f.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(workouts.created_at), desc(workouts.id))
    .limit(f.limit + 1);
}

export async function find(db: DbOrTx, userId: string, id: string, lock = false): Promise<WorkoutRow | null> {
  const query = db
    .select()
    .from(workouts)
    .where(and(eq(workouts.user_id, userId), eq(workouts.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The names of the user's templates among `ids`. */
export async function namesOf(db: DbOrTx, userId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: workouts.id, name: workouts.name })
    .from(workouts)
    .where(and(eq(workouts.user_id, userId), inArray(workouts.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export type ItemRow = WorkoutExerciseRow & { exercise: RefRow };

/** A template's exercises in order, each with what it shows of its exercise. */
export async function itemsOf(db: DbOrTx, workoutId: string): Promise<ItemRow[]> {
  const rows = await db
    .select({
      item: workout_exercises,
      exercise: refColumns,
    })
    .from(workout_exercises)
    .innerJoin(exercises, eq(exercises.id, workout_exercises.exercise_id))
    .where(eq(workout_exercises.workout_id, workoutId))
    .orderBy(asc(workout_exercises.sort_order), asc(workout_exercises.id));
  return rows.map((r) => ({ ...r.item, exercise: r.exercise }));
}

export async function insert(db: DbOrTx, values: WorkoutValues): Promise<WorkoutRow> {
  const [row] = await db.insert(workouts).values(values).returning();
  if (!row) throw new Error('insert into workouts returned no row');
  return row;
}

export async function update(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<WorkoutValues>,
): Promise<WorkoutRow | null> {
  const [row] = await db
    .update(workouts)
    .set(patch)
    .where(and(eq(workouts.user_id, userId), eq(workouts.id, id)))
    .returning();
  return row ?? null;
}

export async function remove(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(workouts)
    .where(and(eq(workouts.user_id, userId), eq(workouts.id, id)))
    .returning({ id: workouts.id });
  return rows.length > 0;
}

/** Replaces a template's exercise list. */
export async function replaceItems(db: DbOrTx, workoutId: string, items: WorkoutExerciseValues[]): Promise<void> {
  await db.delete(workout_exercises).where(eq(workout_exercises.workout_id, workoutId));
  if (items.length > 0) await db.insert(workout_exercises).values(items);
}
