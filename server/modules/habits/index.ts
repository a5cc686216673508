import { type CreateHabitBody, createHabitBody } from '#common/contracts/habits';
import type { Tx } from '../../db/client';
import { defineModule } from '../../platform/module';
import { habitRoutes } from './habits.routes';
import { insertNew } from './habits.service';

export const habitsModule = defineModule({ name: 'habits', prefix: '/api/habits', plugin: habitRoutes });

/**
 * Creates a habit for `userId` at the end of their list inside the caller's transaction, by the
 * same rules as `POST /api/habits` (the input is checked against the same contract; callers
 * validate first, so a failure here is a programming error). `now` is its creation time, from
 * which the habit is judged.
 */
export async function createHabit(
  tx: Tx,
  userId: string,
  input: CreateHabitBody,
  now: Date,
): Promise<{ id: string; name: string }> {
  const row = await insertNew(tx, userId, createHabitBody.parse(input), now);
  return { id: row.id, name: row.name };
}

/** The habits a day asks for, with that day's state (the daily plan and Today read it). */
export { type HabitDue, habitsDueFact, habitsDueOn } from './due.service';
