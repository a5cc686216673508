import { z } from 'zod';
import {
  CUSTOM_EXERCISES_MAX,
  type createExerciseBody,
  type Exercise,
  type exerciseListQuery,
  type updateExerciseBody,
} from '#common/contracts/exercise';
import type { Ctx } from '../../platform/access';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { exerciseView } from './exercise.view';
import * as repo from './exercises.repo';

const nameCursor = z.tuple([z.string().max(200), z.uuid()]);
const rankCursor = z.tuple([z.number(), z.uuid()]);

/**
 * The library: built-in exercises and the user's own, by name a page at a time, or with `q` the
 * best full-text matches first (name above description).
 */
export async function list(ctx: Ctx, query: z.output<typeof exerciseListQuery>): Promise<Page<Exercise>> {
  const db = ctx.database.db;
  const filter = {
    muscle: query.muscle,
    equipment: query.equipment,
    category: query.category,
    level: query.level,
    source: query.source,
    limit: query.limit,
  };
  if (query.q) {
    const rows = await repo.search(db, ctx.userId, query.q, {
      ...filter,
      after: decodeCursor(query.cursor, rankCursor),
    });
    const page = toPage(rows, query, (r) => [r.rank, r.id]);
    return { data: page.data.map(exerciseView), page: page.page };
  }
  const rows = await repo.listByName(db, ctx.userId, { ...filter, after: decodeCursor(query.cursor, nameCursor) });
  const page = toPage(rows, query, (r) => [r.name, r.id]);
  return { data: page.data.map(exerciseView), page: page.page };
}

export async function get(ctx: Ctx, id: string): Promise<Exercise> {
  const row = await repo.findVisible(ctx.database.db, ctx.userId, id);
  if (!row) throw notFound('exercise');
  return exerciseView(row);
}

export async function create(ctx: Ctx, body: z.output<typeof createExerciseBody>): Promise<Exercise> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    await repo.lockOwnExercises(tx, ctx.userId);
    if ((await repo.countOwn(tx, ctx.userId)) >= CUSTOM_EXERCISES_MAX) {
      throw conflict(`You can keep up to ${CUSTOM_EXERCISES_MAX} exercises of your own.`, 'limit_reached');
    }
    const row = await repo.insert(tx, {
      user_id: ctx.userId,
      key: null,
      name: body.name,
      description: body.description ?? null,
      instructions: body.instructions ?? null,
      safety_note: body.safety_note ?? null,
      category: body.category,
      primary_muscles: body.primary_muscles,
      secondary_muscles: body.secondary_muscles,
      equipment: body.equipment,
      level: body.level,
      measurement: body.measurement,
      created_at: now,
      updated_at: now,
    });
    return exerciseView(row);
  });
}

/** A built-in exercise is visible to everyone and changed by no one: 403, not 404. */
async function ownOrRefuse(ctx: Ctx, id: string, lock: boolean, db = ctx.database.db) {
  const row = await repo.findOwn(db, ctx.userId, id, lock);
  if (row) return row;
  const visible = await repo.findVisible(db, ctx.userId, id);
  if (visible) throw forbidden('Built-in exercises cannot be changed; create one of your own instead.');
  throw notFound('exercise');
}

export async function update(ctx: Ctx, id: string, body: z.output<typeof updateExerciseBody>): Promise<Exercise> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const before = await ownOrRefuse(ctx, id, true, tx);
    // Records are kept by measurement: sets logged one way cannot be read another.
    if (body.measurement && body.measurement !== before.measurement && (await repo.inUse(tx, id)).sets) {
      throw conflict('How an exercise is logged cannot change once sets of it are logged.', 'exercise_in_use');
    }
    const row = await repo.update(tx, ctx.userId, id, { ...body, updated_at: now });
    if (!row) throw notFound('exercise');
    return exerciseView(row);
  });
}

/** Refused (409 `exercise_in_use`) while a template or a logged set uses it; its records go with it. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await ownOrRefuse(ctx, id, true, tx);
    const use = await repo.inUse(tx, id);
    if (use.templates || use.sets) {
      const where = use.sets ? 'logged sets' : 'a workout template';
      throw conflict(`This exercise is used by ${where}; it can no longer be deleted.`, 'exercise_in_use');
    }
    await repo.remove(tx, ctx.userId, id);
  });
}
