import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { RecordType } from '#common/contracts/exercise';
import type { LoggedSet, RecordState } from '#common/rules/exercise';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { exercise_sets, exercises, personal_records } from './exercise.tables';
import type { RefRow } from './exercise.view';
import { refColumns } from './exercises.repo';

export type RecordRow = typeof personal_records.$inferSelect;
export type StoredRecord = Pick<RecordState, 'value' | 'previous_value' | 'set_id' | 'session_id'>;

/** The user's records of an exercise, each with the session of the set behind it. */
export async function recordsOf(db: DbOrTx, userId: string, exerciseId: string): Promise<Map<RecordType, RecordState>> {
  const rows = await db
    .select({ record: personal_records, session_id: exercise_sets.session_id })
    .from(personal_records)
    .leftJoin(exercise_sets, eq(exercise_sets.id, personal_records.set_id))
    .where(and(eq(personal_records.user_id, userId), eq(personal_records.exercise_id, exerciseId)));
  return new Map(
    rows.map(({ record: r, session_id }) => [
      r.record_type as RecordType,
      {
        type: r.record_type as RecordType,
        value: r.value,
        previous_value: r.previous_value,
        set_id: r.set_id ?? '',
        session_id: session_id ?? '',
        weight: r.weight,
        reps: r.reps,
        achieved_at: r.achieved_at,
      },
    ]),
  );
}

/** Every set the user logged of an exercise (exercise_sets_user_exercise_idx). */
export async function historyOf(db: DbOrTx, userId: string, exerciseId: string): Promise<LoggedSet[]> {
  return db
    .select({
      id: exercise_sets.id,
      session_id: exercise_sets.session_id,
      weight: exercise_sets.weight,
      reps: exercise_sets.reps,
      duration_seconds: exercise_sets.duration_seconds,
      distance_m: exercise_sets.distance_m,
      is_warmup: exercise_sets.is_warmup,
      completed_at: exercise_sets.completed_at,
    })
    .from(exercise_sets)
    .where(and(eq(exercise_sets.user_id, userId), eq(exercise_sets.exercise_id, exerciseId)));
}

/** Writes records as they now stand, one row per (user, exercise, type). */
export async function upsertRecords(
  db: DbOrTx,
  userId: string,
  exerciseId: string,
  records: RecordState[],
  now: Date,
): Promise<void> {
  if (records.length === 0) return;
  await db
    .insert(personal_records)
    .values(
      records.map((r) => ({
        user_id: userId,
        exercise_id: exerciseId,
        record_type: r.type,
        value: r.value,
        previous_value: r.previous_value,
        weight: r.weight,
        reps: r.reps,
        set_id: r.set_id,
        achieved_at: r.achieved_at,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflictDoUpdate({
      target: [personal_records.user_id, personal_records.exercise_id, personal_records.record_type],
      set: {
        value: sql`excluded.value`,
        previous_value: sql`excluded.previous_value`,
        weight: sql`excluded.weight`,
        reps: sql`excluded.reps`,
        set_id: sql`excluded.set_id`,
        achieved_at: sql`excluded.achieved_at`,
        updated_at: sql`excluded.updated_at`,
      },
    });
}

export async function deleteRecords(db: DbOrTx, userId: string, exerciseId: string, types: RecordType[]) {
  if (types.length === 0) return;
  await db
    .delete(personal_records)
    .where(
      and(
        eq(personal_records.user_id, userId),
        eq(personal_records.exercise_id, exerciseId),
        inArray(personal_records.record_type, types),
      ),
    );
}

export type RecordWithExercise = RecordRow & { exercise: RefRow };

/** The user's records with their exercises, for a list to filter, order and page. */
const withExercise = (db: DbOrTx) =>
  db
    .select({ record: personal_records, exercise: refColumns })
    .from(personal_records)
    .innerJoin(exercises, eq(exercises.id, personal_records.exercise_id))
    .$dynamic();

const flatten = (rows: { record: RecordRow; exercise: RefRow }[]): RecordWithExercise[] =>
  rows.map((r) => ({ ...r.record, exercise: r.exercise }));

/** The user's records by exercise then type, keyset on the unique (user_id, exercise_id, record_type). */
export async function list(
  db: DbOrTx,
  userId: string,
  f: { exerciseId?: string; after?: [string, string]; limit: number },
): Promise<RecordWithExercise[]> {
  const rows = await withExercise(db)
    .where(
      and(
        eq(personal_records.user_id, userId),
        f.exerciseId ? eq(personal_records.exercise_id, f.exerciseId) : undefined,
        f.after ? afterKey([personal_records.exercise_id, personal_records.record_type], f.after, 'asc') : undefined,
      ),
    )
    .orderBy(asc(personal_records.exercise_id), asc(personal_records.record_type))
    .limit(f.limit + 1);
  return flatten(rows);
}

/** The user's records newest first, keyset on (achieved_at, id) (personal_records_user_achieved_idx). */
export async function timeline(
  db: DbOrTx,
  userId: string,
  f: { since?: Date; after?: [string, string]; limit: number },
): Promise<RecordWithExercise[]> {
  const rows = await withExercise(db)
    .where(
      and(
        eq(personal_records.user_id, userId),
        f.since ? gte(personal_records.achieved_at, f.since) : undefined,
        f.after ? afterKey([personal_records.achieved_at, personal_records.id], f.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(personal_records.achieved_at), desc(personal_records.id))
    .limit(f.limit + 1);
  return flatten(rows);
}
