import { type CreateGoalBody, createGoalBody, type GoalDetail } from '#common/contracts/goals';
import type { Tx } from '../../db/client';
import { defineModule } from '../../platform/module';
import { goalRoutes } from './goals.routes';
import { insertNew } from './goals.service';

export const goalsModule = defineModule({ name: 'goals', prefix: '/api/goals', plugin: goalRoutes });

/**
 * Creates an active goal for `userId` inside the caller's transaction, by the same rules as
 * `POST /api/goals` (the input is checked against the same contract; callers validate first, so a
 * failure here is a programming error).
 */
export function createGoal(tx: Tx, userId: string, input: CreateGoalBody): Promise<GoalDetail> {
  return insertNew(tx, userId, createGoalBody.parse(input));
}
