import { z } from 'zod';
import type { RewardOutcome } from '#common/contracts/gamification';
import type {
  createGoalBody,
  Goal,
  GoalChange,
  GoalDetail,
  GoalMilestone,
  goalListQuery,
  UpdateGoalBody,
} from '#common/contracts/goals';
import type { DbOrTx, Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { record } from '../gamification';
import * as repo from './goals.repo';

export function goalView(g: repo.GoalWithCounts): Goal {
  return {
    id: g.id,
    title: g.title,
    description: g.description,
    category: g.category,
    target_date: g.target_date,
    priority: g.priority as Goal['priority'],
    status: g.status as Goal['status'],
    progress: g.progress,
    milestones_total: g.milestones_total,
    milestones_completed: g.milestones_completed,
    completed_at: g.completed_at,
    sort_order: g.sort_order,
    created_at: g.created_at,
    updated_at: g.updated_at,
  };
}

export function milestoneView(m: repo.MilestoneRow): GoalMilestone {
  return {
    id: m.id,
    goal_id: m.goal_id,
    title: m.title,
    description: m.description,
    sort_order: m.sort_order,
    completed_at: m.completed_at,
    created_at: m.created_at,
    updated_at: m.updated_at,
  };
}

/**
 * What one request paid, as one outcome for the web app to celebrate: the sum of the events it
 * recorded for the first time (null when every one was a repeat).
 */
export function paidOutcome(outcomes: RewardOutcome[]): RewardOutcome | null {
  const paid = outcomes.filter((o) => !o.duplicate);
  if (paid.length === 0) return null;
  return paid.reduce((a, b) => ({
    xp: a.xp + b.xp,
    coins: a.coins + b.coins,
    leveled_up: a.leveled_up || b.leveled_up,
    new_level: b.new_level,
    achievements_unlocked: [...a.achievements_unlocked, ...b.achievements_unlocked],
    quests_completed: [...a.quests_completed, ...b.quests_completed],
    streak: b.streak ?? a.streak,
    duplicate: false,
  }));
}

/** The goal reward, once per goal whatever its status does later (`goal_complete:<id>`). */
export function payGoal(tx: Tx, ctx: Ctx, goalId: string): Promise<RewardOutcome> {
  return record(tx, ctx, {
    type: 'goal_complete',
    idempotency_key: `goal_complete:${goalId}`,
    source_id: goalId,
  });
}

/** The user's goal, locked for the rest of the transaction; 404 when it is not theirs. */
export async function lockGoal(tx: Tx, ctx: Ctx, id: string): Promise<repo.GoalWithCounts> {
  const found = await repo.findGoal(tx, ctx.userId, id, true);
  if (!found) throw notFound('goal');
  return found;
}

/** Re-reads a goal after a change in the same transaction. */
export async function reload(tx: Tx, ctx: Ctx, id: string): Promise<repo.GoalWithCounts> {
  const found = await repo.findGoal(tx, ctx.userId, id);
  if (!found) throw new Error('goal vanished during the transaction');
  return found;
}

async function detail(db: DbOrTx, ctx: Ctx, g: repo.GoalWithCounts): Promise<GoalDetail> {
  const milestones = await repo.listMilestones(db, ctx.userId, g.id);
  return { ...goalView(g), milestones: milestones.map(milestoneView) };
}

const cursorShape = z.tuple([z.number().int(), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof goalListQuery>): Promise<Page<Goal>> {
  const rows = await repo.listGoals(ctx.database.db, ctx.userId, {
    status: query.status,
    category: query.category,
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (g) => [g.sort_order, g.id]);
  return { data: page.data.map(goalView), page: page.page };
}

export async function get(ctx: Ctx, id: string): Promise<GoalDetail> {
  const db = ctx.database.db;
  const found = await repo.findGoal(db, ctx.userId, id);
  if (!found) throw notFound('goal');
  return detail(db, ctx, found);
}

/**
 * Inserts an active goal at the end of the user's list inside the caller's transaction; other
 * modules reach it through `createGoal` in index.ts.
 */
export async function insertNew(
  tx: DbOrTx,
  userId: string,
  body: z.output<typeof createGoalBody>,
): Promise<GoalDetail> {
  const row = await repo.insertGoal(tx, {
    user_id: userId,
    title: body.title,
    description: body.description ?? null,
    category: body.category ?? null,
    target_date: body.target_date ?? null,
    priority: body.priority,
    sort_order: await repo.nextGoalOrder(tx, userId),
  });
  // A new goal has no milestones yet.
  return { ...goalView({ ...row, milestones_total: 0, milestones_completed: 0 }), milestones: [] };
}

export async function create(ctx: Ctx, body: z.output<typeof createGoalBody>): Promise<GoalDetail> {
  return ctx.database.db.transaction((tx) => insertNew(tx, ctx.userId, body));
}

/**
 * Edits a goal. Moving it to `completed` stamps `completed_at` and pays the goal reward the first
 * time ever; leaving `completed` clears the stamp but keeps what was paid.
 */
export async function update(ctx: Ctx, id: string, body: UpdateGoalBody): Promise<GoalChange> {
  return ctx.database.db.transaction(async (tx) => {
    const current = await lockGoal(tx, ctx, id);
    const changesStatus = body.status !== undefined && body.status !== current.status;
    const completes = changesStatus && body.status === 'completed';
    await repo.updateGoal(tx, ctx.userId, id, {
      title: body.title,
      description: body.description,
      category: body.category,
      target_date: body.target_date,
      priority: body.priority,
      sort_order: body.sort_order,
      ...(changesStatus ? { status: body.status, completed_at: completes ? ctx.clock.now() : null } : {}),
    });
    const reward = completes ? paidOutcome([await payGoal(tx, ctx, id)]) : null;
    return { goal: await detail(tx, ctx, await reload(tx, ctx, id)), reward };
  });
}

export async function remove(ctx: Ctx, id: string): Promise<void> {
  if (!(await repo.deleteGoal(ctx.database.db, ctx.userId, id))) throw notFound('goal');
}
