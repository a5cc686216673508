import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { exercises } from '../modules/exercise/exercise.tables';
import type { TestUser } from './factories';
import type { TestApp } from './harness';

/** A built-in exercise (user_id null, a key), as the catalogue seed writes them. */
export async function addBuiltIn(
  t: TestApp,
  values: Partial<typeof exercises.$inferInsert> = {},
): Promise<{ id: string; name: string }> {
  const key = values.key ?? `test_${randomUUID().replaceAll('-', '_')}`;
  const [row] = await t.database.db
    .insert(exercises)
    .values({
      name: `Built-in ${key.slice(5, 13)}`,
      category: 'strength',
      primary_muscles: ['chest'],
      equipment: ['barbell'],
      ...values,
      key,
      user_id: null,
    })
    .returning({ id: exercises.id, name: exercises.name });
  if (!row) throw new Error('could not add the built-in exercise');
  return row;
}

/** Sends a request as `user` and expects `status`; returns the `data` (undefined for 204). */
export async function call(
  user: TestUser,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  status = method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200,
) {
  const res = await user.inject({ method, url, payload });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.statusCode === 204 ? undefined : res.json().data;
}

/** A custom exercise of the user's, logged by weight × reps unless told otherwise. */
export async function customExercise(user: TestUser, payload: Record<string, unknown> = {}): Promise<string> {
  const data = await call(user, 'POST', '/api/exercise/exercises', {
    name: `Exercise ${randomUUID().slice(0, 8)}`,
    category: 'strength',
    primary_muscles: ['quadriceps'],
    equipment: ['barbell'],
    ...payload,
  });
  return data.id;
}

/** Starts a session for the user (201) and returns its id. */
export async function startSession(user: TestUser, payload: object = {}): Promise<string> {
  return (await call(user, 'POST', '/api/exercise/sessions', payload)).id;
}

/** Logs a set and returns the whole answer (set, session, records, reward). */
export function logSet(user: TestUser, sessionId: string, payload: object) {
  return call(user, 'POST', `/api/exercise/sessions/${sessionId}/sets`, payload);
}

/** The ids `seedExercise` made, for the routes that read one object. */
export interface ExerciseIds {
  exercise: string;
  workout: string;
  workoutSession: string;
  program: string;
}

/**
 * A few rows of every exercise table for `user`, through the API: two custom exercises, two
 * templates (one archived), two finished sessions with records and one in progress, two programs
 * (one active, so its days are in the calendar).
 */
export async function seedExercise(t: TestApp, user: TestUser): Promise<ExerciseIds> {
  const squat = await customExercise(user, { name: 'Front squat', description: 'A squat with the bar in front.' });
  const press = await customExercise(user, { name: 'Push press', primary_muscles: ['front_delts'] });
  const legs = await call(user, 'POST', '/api/exercise/workouts', {
    name: 'Legs',
    exercises: [{ exercise_id: squat, target_sets: 5, target_reps: 5 }, { exercise_id: press }],
  });
  const old = await call(user, 'POST', '/api/exercise/workouts', { name: 'Old plan', exercises: [] });
  await call(user, 'PATCH', `/api/exercise/workouts/${old.id}`, { archived: true });
  await call(user, 'POST', '/api/exercise/workouts', { name: 'Arms', exercises: [{ exercise_id: press }] });

  const program = await call(user, 'POST', '/api/exercise/programs', {
    name: 'Four weeks',
    weeks: [1, 2].map(() => ({ days: [1, 2, 3, 4, 5].map((day_of_week) => ({ day_of_week, workout_id: legs.id })) })),
  });
  await call(user, 'POST', '/api/exercise/programs', { name: 'Later', weeks: [{ days: [] }] });
  await call(user, 'POST', `/api/exercise/programs/${program.id}/activate`, undefined, 200);

  let sessionId = '';
  for (const weight of [60, 70]) {
    sessionId = await startSession(user, { workout_id: legs.id });
    await logSet(user, sessionId, { exercise_id: squat, weight: weight - 20, reps: 5, is_warmup: true });
    await logSet(user, sessionId, { exercise_id: squat, weight, reps: 5 });
    const edited = await logSet(user, sessionId, { exercise_id: press, weight: 30, reps: 8 });
    await call(user, 'PATCH', `/api/exercise/sessions/${sessionId}/sets/${edited.set.id}`, { reps: 10 });
    const dropped = await logSet(user, sessionId, { exercise_id: press, weight: 50, reps: 3 });
    await call(user, 'DELETE', `/api/exercise/sets/${dropped.set.id}`);
    t.clock.advance(60_000);
    await call(user, 'POST', `/api/exercise/sessions/${sessionId}/finish`, { rating: 4 }, 200);
  }
  const live = await startSession(user);
  await logSet(user, live, { exercise_id: press, weight: 35, reps: 6 });
  return { exercise: squat, workout: legs.id, workoutSession: sessionId, program: program.id };
}
