import type { ScheduledWorkout } from '#common/contracts/exercise';
import type { DbOrTx, Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { type Fact, mapFact, readScoped, scopeOf } from '../../platform/facts';
import { type ProgramDaySchedule, scheduleProgramDays, unscheduleProgramDays } from '../calendar';
import * as repo from './programs.repo';
import { dateOf, firstMonday, type Structure, structureOf, weekOf } from './programs.view';

/**
 * Today's workout of the active program, not yet done: `{program_day_id, workout_id, name}` or
 * null (no active program, a rest day, outside its weeks, or done). One bounded read.
 */
export const scheduledWorkoutFact: Fact<ScheduledWorkout | null> = mapFact(repo.activeWeekdayFact, (active, scope) => {
  if (!active) return null;
  const week = weekOf(firstMonday(active.started_at, scope), scope.day, active.duration_weeks);
  const entry = active.days.find((d) => d.week_number === week && !d.done);
  return entry ? { program_day_id: entry.id, workout_id: entry.workout_id, name: entry.name } : null;
});

/** Today's program day for a session started from `workoutId`, if it is the one scheduled and not done. */
export async function todaysProgramDay(tx: DbOrTx, ctx: Ctx, workoutId: string): Promise<string | null> {
  const scheduled = await readScoped(tx, scheduledWorkoutFact, scopeOf(ctx));
  return scheduled?.workout_id === workoutId ? scheduled.program_day_id : null;
}

/**
 * After a session of a program day is finished: once every day with a template in the active
 * run is done, the program is marked completed (it stays active until the user ends it).
 */
export async function noteDayDone(tx: Tx, ctx: Ctx, dayId: string, now: Date): Promise<void> {
  const program = await repo.programOfDay(tx, ctx.userId, dayId);
  if (!program?.is_active || !program.started_at || program.completed_at) return;
  const { days } = await structureOf(tx, program.id);
  const planned = days.filter((d) => d.workout_id !== null).map((d) => d.id);
  const done = await repo.doneDays(tx, ctx.userId, planned, program.started_at);
  if (planned.length > 0 && done.size === planned.length) {
    await repo.update(tx, ctx.userId, program.id, { completed_at: now, updated_at: now });
  }
}

/**
 * Takes the user's program lock, which activations, program changes and anything that moves the
 * active program's calendar take first (before any row lock), so they take turns.
 */
export const lockSchedule = (tx: Tx, ctx: Ctx) => repo.lockPrograms(tx, ctx.userId);

/**
 * Brings the calendar in line with the active program (the caller holds `lockSchedule`): an all-day workout event on the date of
 * each day with a template, none for rest days. Called after anything that moves a day.
 */
export async function syncActiveSchedule(tx: Tx, ctx: Ctx): Promise<void> {
  const active = await repo.findActive(tx, ctx.userId);
  if (!active?.started_at) return;
  await scheduleProgram(tx, ctx, active, await structureOf(tx, active.id));
}

export async function scheduleProgram(tx: Tx, ctx: Ctx, program: repo.ProgramRow, s: Structure): Promise<void> {
  if (!program.started_at) return;
  const monday = firstMonday(program.started_at, ctx.user);
  const numberOf = new Map(s.weeks.map((w) => [w.id, w.week_number]));
  const rest = s.days.filter((d) => d.workout_id === null || d.workout_name === null);
  await unscheduleProgramDays(
    tx,
    ctx.userId,
    rest.map((d) => d.id),
  );
  const rows: ProgramDaySchedule[] = s.days.flatMap((d) =>
    d.workout_id && d.workout_name
      ? [
          {
            program_day_id: d.id,
            workout_id: d.workout_id,
            title: d.workout_name,
            date: dateOf(monday, numberOf.get(d.week_id) ?? 1, d.day_of_week),
            timezone: ctx.user.timezone,
          },
        ]
      : [],
  );
  await scheduleProgramDays(tx, ctx.userId, rows);
}
