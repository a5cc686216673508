import type { ExerciseLevel, Program, ProgramProgress, ProgramSummary } from '#common/contracts/exercise';
import { addDays, type DayKey, dayKey, daysBetween, weekday, weekStart } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { type FactScope, scopeOf } from '../../platform/facts';
import * as repo from './programs.repo';

/** How a program reads: its fields, its weeks and days with their dates, and its progress while active. */

export function summaryView(row: repo.ProgramRow): ProgramSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    goal: row.goal,
    level: row.level as ExerciseLevel | null,
    duration_weeks: row.duration_weeks,
    is_active: row.is_active,
    started_at: row.started_at,
    completed_at: row.completed_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The Monday a run of the program started on, in the user's days. */
export const firstMonday = (startedAt: Date, scope: Pick<FactScope, 'timezone' | 'day_start_hour'>): DayKey =>
  weekStart(dayKey(startedAt, scope.timezone, scope.day_start_hour));

/** The 1-based week of the program `day` falls in, or null outside the program. */
export function weekOf(monday: DayKey, day: DayKey, durationWeeks: number): number | null {
  const days = daysBetween(monday, day);
  if (days < 0) return null;
  const week = Math.floor(days / 7) + 1;
  return week <= durationWeeks ? week : null;
}

/** The date of a program day in a run that started on `monday`. */
export const dateOf = (monday: DayKey, weekNumber: number, dayOfWeek: number): DayKey =>
  addDays(monday, (weekNumber - 1) * 7 + (dayOfWeek - 1));

export interface Structure {
  weeks: repo.WeekRow[];
  days: repo.DayRow[];
}

export async function structureOf(db: DbOrTx, programId: string): Promise<Structure> {
  const weeks = await repo.weeksOf(db, programId);
  return {
    weeks,
    days: await repo.daysOf(
      db,
      weeks.map((w) => w.id),
    ),
  };
}

export async function programView(db: DbOrTx, ctx: Ctx, row: repo.ProgramRow, s?: Structure): Promise<Program> {
  const { weeks, days } = s ?? (await structureOf(db, row.id));
  const scope = scopeOf(ctx);
  const running = row.is_active && row.started_at !== null;
  const monday = running && row.started_at ? firstMonday(row.started_at, scope) : null;
  const withWorkout = days.filter((d) => d.workout_id !== null);
  const done =
    running && row.started_at
      ? await repo.doneDays(
          db,
          ctx.userId,
          withWorkout.map((d) => d.id),
          row.started_at,
        )
      : new Set<string>();
  const numberOf = new Map(weeks.map((w) => [w.id, w.week_number]));
  let progress: ProgramProgress | null = null;
  if (monday) {
    const currentWeek = weekOf(monday, scope.day, row.duration_weeks);
    const today = withWorkout.find(
      (d) => numberOf.get(d.week_id) === currentWeek && d.day_of_week === weekday(scope.day) + 1 && !done.has(d.id),
    );
    progress = {
      current_week: currentWeek,
      current_day: weekday(scope.day) + 1,
      days_done: done.size,
      days_total: withWorkout.length,
      percent: withWorkout.length === 0 ? 0 : Math.floor((done.size / withWorkout.length) * 100),
      today:
        today?.workout_id && today.workout_name
          ? { program_day_id: today.id, workout_id: today.workout_id, name: today.workout_name }
          : null,
    };
  }
  return {
    ...summaryView(row),
    weeks: weeks.map((w) => ({
      id: w.id,
      week_number: w.week_number,
      name: w.name,
      is_deload: w.is_deload,
      notes: w.notes,
      days: days
        .filter((d) => d.week_id === w.id)
        .map((d) => ({
          id: d.id,
          day_of_week: d.day_of_week,
          workout_id: d.workout_id,
          workout_name: d.workout_name,
          notes: d.notes,
          date: monday ? dateOf(monday, w.week_number, d.day_of_week) : null,
          done: done.has(d.id),
        })),
    })),
    progress,
  };
}
