import { z } from 'zod';
import type {
  createProgramBody,
  ExerciseLevel,
  Program,
  ProgramProgress,
  ProgramSummary,
  programListQuery,
  programWeekInput,
  ScheduledWorkout,
  updateProgramBody,
} from '#common/contracts/exercise';
import { addDays, type DayKey, dayKey, dayStart, daysBetween, weekday, weekStart } from '#common/time/day';
import type { DbOrTx, Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound, validationError } from '../../platform/errors';
import { type Fact, type FactScope, mapFact, readScoped, scopeOf } from '../../platform/facts';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { type ProgramDaySchedule, scheduleProgramDays, unscheduleProgramDays } from '../calendar';
import * as repo from './programs.repo';
import * as workoutsRepo from './workouts.repo';

type WeekInput = z.output<typeof programWeekInput>;

function summaryView(row: repo.ProgramRow): ProgramSummary {
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
const firstMonday = (startedAt: Date, scope: Pick<FactScope, 'timezone' | 'day_start_hour'>): DayKey =>
  weekStart(dayKey(startedAt, scope.timezone, scope.day_start_hour));

/** The 1-based week of the program `day` falls in, or null outside the program. */
function weekOf(monday: DayKey, day: DayKey, durationWeeks: number): number | null {
  const days = daysBetween(monday, day);
  if (days < 0) return null;
  const week = Math.floor(days / 7) + 1;
  return week <= durationWeeks ? week : null;
}

/** The date of a program day in a run that started on `monday`. */
const dateOf = (monday: DayKey, weekNumber: number, dayOfWeek: number): DayKey =>
  addDays(monday, (weekNumber - 1) * 7 + (dayOfWeek - 1));

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

interface Structure {
  weeks: repo.WeekRow[];
  days: repo.DayRow[];
}

async function structureOf(db: DbOrTx, programId: string): Promise<Structure> {
  const weeks = await repo.weeksOf(db, programId);
  return {
    weeks,
    days: await repo.daysOf(
      db,
      weeks.map((w) => w.id),
    ),
  };
}

async function programView(db: DbOrTx, ctx: Ctx, row: repo.ProgramRow, s?: Structure): Promise<Program> {
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

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof programListQuery>): Promise<Page<ProgramSummary>> {
  const rows = await repo.list(ctx.database.db, ctx.userId, {
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
  return { data: page.data.map(summaryView), page: page.page };
}

export async function get(ctx: Ctx, id: string): Promise<Program> {
  const row = await repo.find(ctx.database.db, ctx.userId, id);
  if (!row) throw notFound('program');
  return programView(ctx.database.db, ctx, row);
}

/** 422 naming the day unless each template the weeks name is the user's own. */
async function checkWorkouts(tx: Tx, ctx: Ctx, weeks: WeekInput[]): Promise<void> {
  const ids = [...new Set(weeks.flatMap((w) => w.days.flatMap((d) => (d.workout_id ? [d.workout_id] : []))))];
  const owned = await workoutsRepo.namesOf(tx, ctx.userId, ids);
  const details = weeks.flatMap((w, i) =>
    w.days.flatMap((d, j) =>
      d.workout_id && !owned.has(d.workout_id)
        ? [{ path: `body.weeks.${i}.days.${j}.workout_id`, message: 'No such workout' }]
        : [],
    ),
  );
  if (details.length > 0) throw validationError(details, 'A workout of the program was not found.');
}

/**
 * Writes the weeks and days as given, keeping the rows (and so the progress and calendar events)
 * of the weeks and weekdays that stay; the others go, their events first.
 */
async function writeStructure(tx: Tx, ctx: Ctx, programId: string, weeks: WeekInput[], now: Date): Promise<void> {
  await checkWorkouts(tx, ctx, weeks);
  const before = await structureOf(tx, programId);
  const wanted = new Set(weeks.flatMap((w, i) => w.days.map((d) => `${i + 1}:${d.day_of_week}`)));
  const numberOf = new Map(before.weeks.map((w) => [w.id, w.week_number]));
  const vanishing = before.days.filter((d) => !wanted.has(`${numberOf.get(d.week_id)}:${d.day_of_week}`));
  await unscheduleProgramDays(
    tx,
    ctx.userId,
    vanishing.map((d) => d.id),
  );
  await repo.deleteWeeksAfter(tx, programId, weeks.length);
  const weekIds = await repo.upsertWeeks(
    tx,
    weeks.map((w, i) => ({
      user_id: ctx.userId,
      program_id: programId,
      week_number: i + 1,
      name: w.name ?? null,
      is_deload: w.is_deload,
      notes: w.notes ?? null,
      created_at: now,
      updated_at: now,
    })),
  );
  const dayRows = weeks.flatMap((w, i) =>
    w.days.map((d) => ({
      user_id: ctx.userId,
      week_id: weekIds.get(i + 1) as string,
      day_of_week: d.day_of_week,
      workout_id: d.workout_id ?? null,
      notes: d.notes ?? null,
      created_at: now,
      updated_at: now,
    })),
  );
  const kept = await repo.upsertDays(tx, dayRows);
  await repo.deleteDaysExcept(tx, [...weekIds.values()], kept);
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

async function scheduleProgram(tx: Tx, ctx: Ctx, program: repo.ProgramRow, s: Structure): Promise<void> {
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

export async function create(ctx: Ctx, body: z.output<typeof createProgramBody>): Promise<Program> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const row = await repo.insert(tx, {
      user_id: ctx.userId,
      name: body.name,
      description: body.description ?? null,
      goal: body.goal ?? null,
      level: body.level ?? null,
      duration_weeks: body.weeks.length,
      created_at: now,
      updated_at: now,
    });
    await writeStructure(tx, ctx, row.id, body.weeks, now);
    return programView(tx, ctx, row);
  });
}

/** Changes the fields given; `weeks` replaces the weeks and days, and moves the calendar with them. */
export async function update(ctx: Ctx, id: string, body: z.output<typeof updateProgramBody>): Promise<Program> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    await repo.lockPrograms(tx, ctx.userId);
    const before = await repo.find(tx, ctx.userId, id);
    if (!before) throw notFound('program');
    const { weeks, ...fields } = body;
    const row = await repo.update(tx, ctx.userId, id, {
      ...fields,
      ...(weeks ? { duration_weeks: weeks.length } : {}),
      updated_at: now,
    });
    if (!row) throw notFound('program');
    if (weeks) {
      await writeStructure(tx, ctx, id, weeks, now);
      if (row.is_active) await scheduleProgram(tx, ctx, row, await structureOf(tx, id));
    }
    return programView(tx, ctx, row);
  });
}

/** Deletes the program, its weeks and days, and their calendar events. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await repo.lockPrograms(tx, ctx.userId);
    const row = await repo.find(tx, ctx.userId, id);
    if (!row) throw notFound('program');
    const { days } = await structureOf(tx, id);
    await unscheduleProgramDays(
      tx,
      ctx.userId,
      days.map((d) => d.id),
    );
    await repo.remove(tx, ctx.userId, id);
  });
}

/**
 * Makes the program the one active program, from the Monday of the user's current week: the one
 * active before is ended and leaves the calendar, and this one's days enter it. Activating the
 * active program answers it unchanged. Activations of one user take turns (an advisory lock;
 * the partial unique index is the backstop).
 */
export async function activate(ctx: Ctx, id: string): Promise<Program> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    await repo.lockPrograms(tx, ctx.userId);
    const row = await repo.find(tx, ctx.userId, id);
    if (!row) throw notFound('program');
    if (row.is_active) return programView(tx, ctx, row);
    const ended = await repo.deactivateAll(tx, ctx.userId, now);
    for (const other of ended) {
      const { days } = await structureOf(tx, other);
      await unscheduleProgramDays(
        tx,
        ctx.userId,
        days.map((d) => d.id),
      );
    }
    const { timezone, day_start_hour } = ctx.user;
    const monday = weekStart(dayKey(now, timezone, day_start_hour));
    const active = await repo.update(tx, ctx.userId, id, {
      is_active: true,
      started_at: dayStart(monday, timezone, day_start_hour),
      completed_at: null,
      updated_at: now,
    });
    if (!active) throw notFound('program');
    const s = await structureOf(tx, id);
    await scheduleProgram(tx, ctx, active, s);
    return programView(tx, ctx, active, s);
  });
}

/** Ends the program's run and takes its days off the calendar; an inactive one answers unchanged. */
export async function deactivate(ctx: Ctx, id: string): Promise<Program> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    await repo.lockPrograms(tx, ctx.userId);
    const row = await repo.find(tx, ctx.userId, id);
    if (!row) throw notFound('program');
    if (!row.is_active) return programView(tx, ctx, row);
    const s = await structureOf(tx, id);
    await unscheduleProgramDays(
      tx,
      ctx.userId,
      s.days.map((d) => d.id),
    );
    const ended = await repo.update(tx, ctx.userId, id, { is_active: false, updated_at: now });
    if (!ended) throw notFound('program');
    return programView(tx, ctx, ended, s);
  });
}
