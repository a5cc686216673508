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
