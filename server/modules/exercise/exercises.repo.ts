import { and, arrayContains, asc, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { SEARCH_CONFIG } from '../../db/table-helpers';
import { afterKey } from '../../platform/pagination';
import { exercise_sets, exercises, workout_exercises } from './exercise.tables';

export type ExerciseRow = typeof exercises.$inferSelect;
export type ExerciseValues = Omit<typeof exercises.$inferInsert, 'id' | 'search'>;

/** Every column but the generated search vector. */
const columns = {
  id: exercises.id,
  user_id: exercises.user_id,
  key: exercises.key,
  name: exercises.name,
  description: exercises.description,
  instructions: exercises.instructions,
  safety_note: exercises.safety_note,
  category: exercises.category,
  primary_muscles: exercises.primary_muscles,
  secondary_muscles: exercises.secondary_muscles,
  equipment: exercises.equipment,
  level: exercises.level,
  measurement: exercises.measurement,
  created_at: exercises.created_at,
  updated_at: exercises.updated_at,
};
export type Exercise = Omit<ExerciseRow, 'search'>;

/** The columns of an exercise reference (exercise.view.ts `RefRow`), for the repos that join one. */
export const refColumns = {
  id: exercises.id,
  user_id: exercises.user_id,
  name: exercises.name,
  category: exercises.category,
  measurement: exercises.measurement,
  primary_muscles: exercises.primary_muscles,
  equipment: exercises.equipment,
};

/** The built-in catalogue and the user's own: two bounds, each served by exercises_user_name_idx. */
const builtIn = isNull(exercises.user_id);
const own = (userId: string) => eq(exercises.user_id, userId);
const visibleTo = (userId: string) => sql`(${builtIn} or ${own(userId)})`;

export interface LibraryFilter {
  muscle?: string;
  equipment?: string;
  category?: string;
  level?: string;
  source: 'all' | 'builtin' | 'custom';
}

function filters(f: LibraryFilter): (SQL | undefined)[] {
  return [
    f.muscle ? arrayContains(exercises.primary_muscles, [f.muscle]) : undefined,
    f.equipment ? arrayContains(exercises.equipment, [f.equipment]) : undefined,
    f.category ? eq(exercises.category, f.category) : undefined,
    f.level ? eq(exercises.level, f.level) : undefined,
  ];
}

/**
 * A page of the library by name, keyset on (name, id). The built-in rows and the user's own are
 * read as two ordered runs of exercises_user_name_idx merged in order (a UNION ALL under one
 * ORDER BY), so no page sorts the library.
 */
export async function listByName(
  db: DbOrTx,
  userId: string,
  f: LibraryFilter & { after?: [string, string]; limit: number },
): Promise<Exercise[]> {
  const page = f.after ? afterKey([exercises.name, exercises.id], f.after, 'asc') : undefined;
  const part = (owner: SQL) =>
    db
      .select(columns)
      .from(exercises)
      .where(and(owner, page, ...filters(f)));
  const order = [asc(exercises.name), asc(exercises.id)] as const;
  if (f.source === 'builtin')
    return part(builtIn)
      .orderBy(...order)
      .limit(f.limit + 1);
  if (f.source === 'custom')
    return part(own(userId))
      .orderBy(...order)
      .limit(f.limit + 1);
  return part(builtIn)
    .unionAll(part(own(userId)))
    .orderBy(sql`name`, sql`id`)
    .limit(f.limit + 1);
}

export type RankedExercise = Exercise & { rank: number };

/** Full-text matches, best first (ts_rank over name A and description B), keyset on (rank, id). */
export async function search(
  db: DbOrTx,
  userId: string,
  words: string,
  f: LibraryFilter & { after?: [number, string]; limit: number },
): Promise<RankedExercise[]> {
  const cfg = sql.raw(`'${SEARCH_CONFIG}'::regconfig`);
  const q = sql`websearch_to_tsquery(${cfg}, ${words})`;
  const rank = sql<number>`ts_rank(${exercises.search}, ${q})::float8`;
  const owner = f.source === 'builtin' ? builtIn : f.source === 'custom' ? own(userId) : visibleTo(userId);
  return db
    .select({ ...columns, rank })
    .from(exercises)
    .where(
      and(
        sql`${exercises.search} @@ ${q}`,
        owner,
        f.after ? sql`(${rank}, ${exercises.id}) < (${f.after[0]}::float8, ${f.after[1]}::uuid)` : undefined,
        ...filters(f),
      ),
    )
    .orderBy(desc(rank), desc(exercises.id))
    .limit(f.limit + 1);
}

/** One exercise the user may use: built-in or their own. */
export async function findVisible(db: DbOrTx, userId: string, id: string): Promise<Exercise | null> {
  const [row] = await db
    .select(columns)
    .from(exercises)
    .where(and(eq(exercises.id, id), visibleTo(userId)));
  return row ?? null;
}

/** The exercises of `ids` the user may use. */
export async function findVisibleMany(db: DbOrTx, userId: string, ids: string[]): Promise<Exercise[]> {
  if (ids.length === 0) return [];
  return db
    .select(columns)
    .from(exercises)
    .where(and(inArray(exercises.id, ids), visibleTo(userId)));
}

/** One of the user's own exercises, locked when asked. */
export async function findOwn(db: DbOrTx, userId: string, id: string, lock = false): Promise<Exercise | null> {
  const query = db
    .select(columns)
    .from(exercises)
    .where(and(eq(exercises.id, id), own(userId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function countOwn(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(exercises).where(own(userId));
  return row?.n ?? 0;
}

/** Holds the user's custom-exercise creations in turn, so the cap is exact. */
export async function lockOwnExercises(db: DbOrTx, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`exercises:${userId}`}))`);
}

export async function insert(db: DbOrTx, values: ExerciseValues): Promise<Exercise> {
  const [row] = await db.insert(exercises).values(values).returning(columns);
  if (!row) throw new Error('insert into exercises returned no row');
  return row;
}

export async function update(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<ExerciseValues>,
): Promise<Exercise | null> {
  const [row] = await db
    .update(exercises)
    .set(patch)
    .where(and(eq(exercises.id, id), own(userId)))
    .returning(columns);
  return row ?? null;
}

/** Whether a template or a logged set uses the exercise (either keeps it from being deleted). */
export async function inUse(db: DbOrTx, id: string): Promise<{ templates: boolean; sets: boolean }> {
  const [row] = await queryRows<{ templates: boolean; sets: boolean }>(
    db,
    sql`select exists (select 1 from ${workout_exercises} where ${workout_exercises.exercise_id} = ${id}) as templates,
               exists (select 1 from ${exercise_sets} where ${exercise_sets.exercise_id} = ${id}) as sets`,
  );
  return { templates: Boolean(row?.templates), sets: Boolean(row?.sets) };
}

export async function remove(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(exercises)
    .where(and(eq(exercises.id, id), own(userId)))
    .returning({ id: exercises.id });
  return rows.length > 0;
}
