import type { z } from 'zod';
import {
  type createSetBody,
  type ExerciseMeasurement,
  SESSION_SETS_MAX,
  type SetWrite,
  type updateSetBody,
} from '#common/contracts/exercise';
import { missingValues, type SetValues } from '#common/rules/exercise';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound, validationError } from '../../platform/errors';
import * as exercisesRepo from './exercises.repo';
import * as records from './records.service';
import * as repo from './sessions.repo';
import { notActive, setView, summaryOf, withSession } from './sessions.service';

/**
 * The sets of a live session: logged, changed and deleted only on the user's own active session,
 * each write with the records it moves and their rewards in one transaction.
 */

/** The exercise a set names: built-in or the user's own, else 404. */
async function exerciseFor(tx: Tx, ctx: Ctx, id: string) {
  const found = await exercisesRepo.findVisible(tx, ctx.userId, id);
  if (!found) throw notFound('exercise');
  return { id: found.id, measurement: found.measurement as ExerciseMeasurement };
}

/** Whether an edit touched what records are made of (notes and RPE are not). */
const recordInputsChanged = (a: repo.SetRow, b: repo.SetRow) =>
  a.exercise_id !== b.exercise_id ||
  a.weight !== b.weight ||
  a.reps !== b.reps ||
  a.duration_seconds !== b.duration_seconds ||
  a.distance_m !== b.distance_m ||
  a.is_warmup !== b.is_warmup;

function checkValues(measurement: ExerciseMeasurement, values: SetValues): void {
  const missing = missingValues(measurement, values);
  if (missing.length > 0) {
    throw validationError(
      missing.map((m) => ({ path: `body.${m.path}`, message: m.message })),
      'The set is missing a value its exercise is logged by.',
    );
  }
}

/**
 * Logs a set on the user's active session. The set, the records it sets and their rewards are
 * one transaction with one game-layer unit.
 */
export async function addSet(ctx: Ctx, sessionId: string, body: z.output<typeof createSetBody>): Promise<SetWrite> {
  return withSession(ctx, sessionId, async (tx, row, now) => {
    if (row.status !== 'active') throw notActive(row);
    const exercise = await exerciseFor(tx, ctx, body.exercise_id);
    const values = {
      weight: body.weight ?? null,
      reps: body.reps ?? null,
      duration_seconds: body.duration_seconds ?? null,
      distance_m: body.distance_m ?? null,
    };
    checkValues(exercise.measurement, values);
    const tally = await repo.setTally(tx, row.id);
    if (tally.n >= SESSION_SETS_MAX) {
      throw conflict(`A session holds up to ${SESSION_SETS_MAX} sets.`, 'limit_reached');
    }
    const set = await repo.insertSet(tx, {
      user_id: ctx.userId,
      session_id: row.id,
      exercise_id: exercise.id,
      set_number: tally.last + 1,
      ...values,
      rpe: body.rpe ?? null,
      is_warmup: body.is_warmup,
      notes: body.notes ?? null,
      completed_at: now,
      created_at: now,
      updated_at: now,
    });
    const session = await repo.touch(tx, ctx.userId, row.id, now);
    const decisions = await records.afterNewSet(tx, ctx, exercise, set, now);
    const reward = await records.settleRewards(tx, ctx, [decisions], now);
    return { set: setView(set), session: await summaryOf(tx, session), records: decisions.hits, reward };
  });
}

/**
 * Changes a set of the user's active session. When it changes what the records are made of, the
 * records of its exercise (both, when the exercise changes) are computed again.
 */
export async function updateSet(
  ctx: Ctx,
  sessionId: string,
  setId: string,
  body: z.output<typeof updateSetBody>,
): Promise<SetWrite> {
  return withSession(ctx, sessionId, async (tx, row, now) => {
    const before = await repo.findSet(tx, row.id, setId);
    if (!before) throw notFound('set');
    if (row.status !== 'active') throw notActive(row);
    const exercise = await exerciseFor(tx, ctx, body.exercise_id ?? before.exercise_id);
    const merged = {
      weight: body.weight === undefined ? before.weight : body.weight,
      reps: body.reps === undefined ? before.reps : body.reps,
      duration_seconds: body.duration_seconds === undefined ? before.duration_seconds : body.duration_seconds,
      distance_m: body.distance_m === undefined ? before.distance_m : body.distance_m,
    };
    checkValues(exercise.measurement, merged);
    const set = await repo.updateSet(tx, row.id, setId, {
      ...body,
      exercise_id: exercise.id,
      updated_at: now,
    });
    const session = await repo.touch(tx, ctx.userId, row.id, now);
    const changed = { set_id: set.id, session_id: row.id };
    const decisions: records.RecordDecisions[] = [];
    if (recordInputsChanged(before, set)) decisions.push(await records.afterChange(tx, ctx, exercise, changed, now));
    if (before.exercise_id !== exercise.id) {
      decisions.push(await records.afterChange(tx, ctx, await exerciseFor(tx, ctx, before.exercise_id), changed, now));
    }
    const reward = await records.settleRewards(tx, ctx, decisions, now);
    return {
      set: setView(set),
      session: await summaryOf(tx, session),
      records: decisions.flatMap((d) => d.hits),
      reward,
    };
  });
}

/** Deletes a set of the user's active session; the records it held are computed again. */
export async function deleteSet(ctx: Ctx, sessionId: string, setId: string): Promise<void> {
  await withSession(ctx, sessionId, async (tx, row, now) => {
    const before = await repo.findSet(tx, row.id, setId);
    if (!before) throw notFound('set');
    if (row.status !== 'active') throw notActive(row);
    const exercise = await exerciseFor(tx, ctx, before.exercise_id);
    const stored = await records.storedRecords(tx, ctx, exercise.id);
    await repo.deleteSet(tx, row.id, setId);
    await repo.touch(tx, ctx.userId, row.id, now);
    const changed = { set_id: setId, session_id: row.id };
    const decisions = await records.afterChange(tx, ctx, exercise, changed, now, stored);
    await records.settleRewards(tx, ctx, [decisions], now);
  });
}

/** The session a set of the user's belongs to; 404 when the set is not theirs. */
async function sessionOfSet(ctx: Ctx, setId: string): Promise<string> {
  const sessionId = await repo.sessionOfSet(ctx.database.db, ctx.userId, setId);
  if (!sessionId) throw notFound('set');
  return sessionId;
}

/** `updateSet` for a set named by its own id. */
export async function updateSetById(ctx: Ctx, setId: string, body: z.output<typeof updateSetBody>) {
  return updateSet(ctx, await sessionOfSet(ctx, setId), setId, body);
}

/** `deleteSet` for a set named by its own id. */
export async function deleteSetById(ctx: Ctx, setId: string): Promise<void> {
  await deleteSet(ctx, await sessionOfSet(ctx, setId), setId);
}
