import { z } from 'zod';
import {
  type createWorkoutBody,
  type ExerciseCategory,
  type ExerciseLevel,
  type updateWorkoutBody,
  WORKOUT_NAME_MAX,
  type Workout,
  type WorkoutExerciseInput,
  type WorkoutSummary,
  type workoutListQuery,
} from '#common/contracts/exercise';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound, validationError } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { exerciseRef } from './exercise.view';
import * as exercisesRepo from './exercises.repo';
import { lockSchedule, syncActiveSchedule } from './schedule.service';
import * as repo from './workouts.repo';

function summaryView(row: repo.WorkoutRow, exerciseCount: number): WorkoutSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    category: row.category as ExerciseCategory | null,
    level: row.level as ExerciseLevel | null,
    estimated_minutes: row.estimated_minutes,
    archived_at: row.archived_at,
    exercise_count: exerciseCount,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function workoutView(row: repo.WorkoutRow, items: repo.ItemRow[]): Workout {
  return {
    ...summaryView(row, items.length),
    exercises: items.map((i) => ({
      id: i.id,
      exercise: exerciseRef(i.exercise),
      sort_order: i.sort_order,
      target_sets: i.target_sets,
      target_reps: i.target_reps,
      target_weight: i.target_weight,
      target_duration_seconds: i.target_duration_seconds,
      rest_seconds: i.rest_seconds,
      notes: i.notes,
    })),
  };
}

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof workoutListQuery>): Promise<Page<WorkoutSummary>> {
  const rows = await repo.list(ctx.database.db, ctx.userId, {
    archived: query.archived === 'true',
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
  return { data: page.data.map((r) => summaryView(r, r.exercise_count)), page: page.page };
}

/** One of the user's templates with its exercises, or 404. */
export async function loadWorkout(db: Ctx['database']['db'] | Tx, userId: string, id: string): Promise<Workout> {
  const row = await repo.find(db, userId, id);
  if (!row) throw notFound('workout');
  return workoutView(row, await repo.itemsOf(db, id));
}

export const get = (ctx: Ctx, id: string) => loadWorkout(ctx.database.db, ctx.userId, id);

/** 422 naming the entry unless every exercise of the list is built-in or the user's own. */
async function itemValues(tx: Tx, ctx: Ctx, workoutId: string, items: WorkoutExerciseInput[], now: Date) {
  const ids = [...new Set(items.map((i) => i.exercise_id))];
  const found = new Set((await exercisesRepo.findVisibleMany(tx, ctx.userId, ids)).map((e) => e.id));
  const details = items.flatMap((item, i) =>
    found.has(item.exercise_id) ? [] : [{ path: `body.exercises.${i}.exercise_id`, message: 'No such exercise' }],
  );
  if (details.length > 0) throw validationError(details, 'An exercise of the list was not found.');
  return items.map((item, i) => ({
    user_id: ctx.userId,
    workout_id: workoutId,
    exercise_id: item.exercise_id,
    sort_order: i,
    target_sets: item.target_sets ?? null,
    target_reps: item.target_reps ?? null,
    target_weight: item.target_weight ?? null,
    target_duration_seconds: item.target_duration_seconds ?? null,
    rest_seconds: item.rest_seconds ?? null,
    notes: item.notes ?? null,
    created_at: now,
    updated_at: now,
  }));
}

export async function create(ctx: Ctx, body: z.output<typeof createWorkoutBody>): Promise<Workout> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const row = await repo.insert(tx, {
      user_id: ctx.userId,
      name: body.name,
      description: body.description ?? null,
      category: body.category ?? null,
      level: body.level ?? null,
      estimated_minutes: body.estimated_minutes ?? null,
      created_at: now,
      updated_at: now,
    });
    await repo.replaceItems(tx, row.id, await itemValues(tx, ctx, row.id, body.exercises, now));
    return loadWorkout(tx, ctx.userId, row.id);
  });
}

/** Changes the fields given; `exercises` replaces the whole list, in the same transaction. */
export async function update(ctx: Ctx, id: string, body: z.output<typeof updateWorkoutBody>): Promise<Workout> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    await lockSchedule(tx, ctx);
    const before = await repo.find(tx, ctx.userId, id, true);
    if (!before) throw notFound('workout');
    const { exercises, archived, ...fields } = body;
    await repo.update(tx, ctx.userId, id, {
      ...fields,
      ...(archived === undefined ? {} : { archived_at: archived ? (before.archived_at ?? now) : null }),
      updated_at: now,
    });
    if (exercises) await repo.replaceItems(tx, id, await itemValues(tx, ctx, id, exercises, now));
    // The active program's calendar events carry the template's name.
    if (fields.name !== undefined && fields.name !== before.name) await syncActiveSchedule(tx, ctx);
    return loadWorkout(tx, ctx.userId, id);
  });
}

/** Past sessions keep their sets (their link is cleared); program days using it become rest days. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await lockSchedule(tx, ctx);
    if (!(await repo.remove(tx, ctx.userId, id))) throw notFound('workout');
    await syncActiveSchedule(tx, ctx);
  });
}

/** A copy of the template and its list, named "<name> (copy)" unless a name is given. */
export async function duplicate(ctx: Ctx, id: string, name: string | undefined): Promise<Workout> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const source = await repo.find(tx, ctx.userId, id);
    if (!source) throw notFound('workout');
    const copyName = name ?? `${source.name.slice(0, WORKOUT_NAME_MAX - 7).trimEnd()} (copy)`;
    const row = await repo.insert(tx, {
      user_id: ctx.userId,
      name: copyName,
      description: source.description,
      category: source.category,
      level: source.level,
      estimated_minutes: source.estimated_minutes,
      created_at: now,
      updated_at: now,
    });
    const items = await repo.itemsOf(tx, id);
    await repo.replaceItems(
      tx,
      row.id,
      items.map((i) => ({
        user_id: ctx.userId,
        workout_id: row.id,
        exercise_id: i.exercise_id,
        sort_order: i.sort_order,
        target_sets: i.target_sets,
        target_reps: i.target_reps,
        target_weight: i.target_weight,
        target_duration_seconds: i.target_duration_seconds,
        rest_seconds: i.rest_seconds,
        notes: i.notes,
        created_at: now,
        updated_at: now,
      })),
    );
    return loadWorkout(tx, ctx.userId, row.id);
  });
}
