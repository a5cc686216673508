import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jsonAgg } from '../../db/json-rows';
import { type Fact, fact, param } from '../../platform/facts';
import { afterKey } from '../../platform/pagination';
import { program_days, program_weeks, training_programs, workout_sessions, workouts } from './exercise.tables';

export type ProgramRow = typeof training_programs.$inferSelect;
export type ProgramValues = Omit<typeof training_programs.$inferInsert, 'id'>;
export type WeekRow = typeof program_weeks.$inferSelect;
export type DayRow = typeof program_days.$inferSelect & { workout_name: string | null };

/** The user's programs, newest first, keyset on (created_at, id) (training_programs_user_created_idx). */
export async function list(
  db: DbOrTx,
  userId: string,
  f: { after?: [string, string]; limit: number },
): Promise<ProgramRow[]> {
  return db
    .select()
    .from(training_programs)
    .where(
      and(
        eq(training_programs.user_id, userId),
        f.after ? afterKey([training_programs.created_at, training_programs.id], f.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(training_programs.created_at), desc(training_programs.id))
    .limit(f.limit + 1);
}

export async function find(db: DbOrTx, userId: string, id: string): Promise<ProgramRow | null> {
  const [row] = await db
    .select()
    .from(training_programs)
    .where(and(eq(training_programs.user_id, userId), eq(training_programs.id, id)));
  return row ?? null;
}

/** The user's active program (training_programs_one_active_per_user). */
export async function findActive(db: DbOrTx, userId: string): Promise<ProgramRow | null> {
  const [row] = await db
    .select()
    .from(training_programs)
    .where(and(eq(training_programs.user_id, userId), eq(training_programs.is_active, true)));
  return row ?? null;
}

/** Holds the user's program changes in turn, so activations never meet (one active at a time). */
export async function lockPrograms(db: DbOrTx, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`training_programs:${userId}`}))`);
}

export async function insert(db: DbOrTx, values: ProgramValues): Promise<ProgramRow> {
  const [row] = await db.insert(training_programs).values(values).returning();
  if (!row) throw new Error('insert into training_programs returned no row');
  return row;
}

export async function update(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<ProgramValues>,
): Promise<ProgramRow | null> {
  const [row] = await db
    .update(training_programs)
    .set(patch)
    .where(and(eq(training_programs.user_id, userId), eq(training_programs.id, id)))
    .returning();
  return row ?? null;
}

/** Ends whichever program of the user is active; returns the ids it ended. */
export async function deactivateAll(db: DbOrTx, userId: string, now: Date): Promise<string[]> {
  const rows = await db
    .update(training_programs)
    .set({ is_active: false, updated_at: now })
    .where(and(eq(training_programs.user_id, userId), eq(training_programs.is_active, true)))
    .returning({ id: training_programs.id });
  return rows.map((r) => r.id);
}

export async function remove(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(training_programs)
    .where(and(eq(training_programs.user_id, userId), eq(training_programs.id, id)))
    .returning({ id: training_programs.id });
  return rows.length > 0;
}

// ── Weeks and days ───────────────────────────────────────────────────────────

export async function weeksOf(db: DbOrTx, programId: string): Promise<WeekRow[]> {
  return db
    .select()
    .from(program_weeks)
    .where(eq(program_weeks.program_id, programId))
    .orderBy(asc(program_weeks.week_number));
}

/** The days of these weeks, with their workout's name. */
export async function daysOf(db: DbOrTx, weekIds: string[]): Promise<DayRow[]> {
  if (weekIds.length === 0) return [];
  const rows = await db
    .select({ day: program_days, workout_name: workouts.name })
    .from(program_days)
    .leftJoin(workouts, eq(workouts.id, program_days.workout_id))
    .where(inArray(program_days.week_id, weekIds))
    .orderBy(asc(program_days.week_id), asc(program_days.day_of_week));
  return rows.map((r) => ({ ...r.day, workout_name: r.workout_name }));
}

export type WeekValues = Omit<typeof program_weeks.$inferInsert, 'id'>;
export type DayValues = Omit<typeof program_days.$inferInsert, 'id'>;

/** Creates or rewrites weeks by number; returns each week's id by number. */
export async function upsertWeeks(db: DbOrTx, rows: WeekValues[]): Promise<Map<number, string>> {
  if (rows.length === 0) return new Map();
  const written = await db
    .insert(program_weeks)
    .values(rows)
    .onConflictDoUpdate({
      target: [program_weeks.program_id, program_weeks.week_number],
      set: {
        name: sql`excluded.name`,
        is_deload: sql`excluded.is_deload`,
        notes: sql`excluded.notes`,
        updated_at: sql`excluded.updated_at`,
      },
    })
    .returning({ id: program_weeks.id, week_number: program_weeks.week_number });
  return new Map(written.map((w) => [w.week_number, w.id]));
}

/** Deletes the program's weeks after `lastWeek` (their days go with them). */
export async function deleteWeeksAfter(db: DbOrTx, programId: string, lastWeek: number): Promise<void> {
  await db
    .delete(program_weeks)
    .where(and(eq(program_weeks.program_id, programId), sql`${program_weeks.week_number} > ${lastWeek}`));
}

/** Creates or rewrites days by (week, weekday); returns their ids. */
export async function upsertDays(db: DbOrTx, rows: DayValues[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const written = await db
    .insert(program_days)
    .values(rows)
    .onConflictDoUpdate({
      target: [program_days.week_id, program_days.day_of_week],
      set: {
        workout_id: sql`excluded.workout_id`,
        notes: sql`excluded.notes`,
        updated_at: sql`excluded.updated_at`,
      },
    })
    .returning({ id: program_days.id });
  return written.map((d) => d.id);
}

/** Deletes the days of these weeks other than `keep`. */
export async function deleteDaysExcept(db: DbOrTx, weekIds: string[], keep: string[]): Promise<void> {
  if (weekIds.length === 0) return;
  await db
    .delete(program_days)
    .where(
      and(inArray(program_days.week_id, weekIds), keep.length > 0 ? notInArray(program_days.id, keep) : undefined),
    );
}

/**
 * The days among `dayIds` done: a session started from the day and finished, since `since`
 * (the program's current run).
 */
export async function doneDays(db: DbOrTx, userId: string, dayIds: string[], since: Date): Promise<Set<string>> {
  if (dayIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: workout_sessions.program_day_id })
    .from(workout_sessions)
    .where(
      and(
        inArray(workout_sessions.program_day_id, dayIds),
        eq(workout_sessions.user_id, userId),
        eq(workout_sessions.status, 'completed'),
        sql`${workout_sessions.started_at} >= ${since}`,
      ),
    );
  return new Set(rows.map((r) => r.id).filter((id): id is string => id !== null));
}

/** The program a day of the user's belongs to. */
export async function programOfDay(db: DbOrTx, userId: string, dayId: string): Promise<ProgramRow | null> {
  const [row] = await db
    .select({ program: training_programs })
    .from(program_days)
    .innerJoin(program_weeks, eq(program_weeks.id, program_days.week_id))
    .innerJoin(training_programs, eq(training_programs.id, program_weeks.program_id))
    .where(and(eq(program_days.id, dayId), eq(program_days.user_id, userId)));
  return row?.program ?? null;
}

// ── Today's scheduled workout ────────────────────────────────────────────────

/** A day of the active program on the scope's weekday, in any week. */
export interface WeekdayEntry {
  id: string;
  week_number: number;
  workout_id: string;
  name: string;
  done: boolean;
}

/**
 * The active program's start and length, and its days with a workout on the scope's weekday
 * (one per week at most), each with whether a session finished it in this run. Bounded by the
 * program's length: the program through training_programs_one_active_per_user, its week ids
 * through (program_id, week_number), the days through (week_id, day_of_week), and each day's
 * week, workout and sessions by key.
 */
export const activeWeekdayFact: Fact<{ started_at: Date; duration_weeks: number; days: WeekdayEntry[] } | null> = fact(
  sql`(select json_build_object(
        'started_at', p.started_at,
        'duration_weeks', p.duration_weeks,
        'days', (select ${jsonAgg(sql`json_build_object('id', d.id,
                   'week_number', (select w.week_number from ${program_weeks} w where w.id = d.week_id),
                   'workout_id', d.workout_id,
                   'name', (select wo.name from ${workouts} wo where wo.id = d.workout_id),
                   'done', exists (select 1 from ${workout_sessions} s
                                   where s.program_day_id = d.id and s.user_id = p.user_id
                                     and s.status = 'completed' and s.started_at >= p.started_at))`)}
                 from ${program_days} d
                 where d.week_id = any (array(select w.id from ${program_weeks} w where w.program_id = p.id))
                   and d.day_of_week = extract(isodow from ${param.day}::date)::int
                   and d.workout_id is not null))
      from ${training_programs} p
      where p.user_id = ${param.user} and p.is_active and p.started_at is not null)`,
  (value) => {
    if (value === null || value === undefined) return null;
    const raw = value as { started_at: string; duration_weeks: number; days: WeekdayEntry[] };
    return { started_at: new Date(raw.started_at), duration_weeks: raw.duration_weeks, days: raw.days };
  },
);
