import type { RewardOutcome } from '#common/contracts/gamification';
import {
  type CreateMilestoneBody,
  GOAL_MILESTONES_LIMIT,
  type GoalMilestone,
  type MilestoneChange,
  type UpdateMilestoneBody,
} from '#common/contracts/goals';
import { goalProgress, statusAfterMilestone } from '#common/rules/goals';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound, validationError } from '../../platform/errors';
import { record } from '../gamification';
import * as repo from './goals.repo';
import { goalView, lockGoal, milestoneView, paidOutcome, payGoal, reload } from './goals.service';

/**
 * Runs a change to one of the user's milestones with its goal locked (every milestone change
 * locks the goal first, so counts and progress never race); 404 when it is not theirs.
 */
async function withMilestone<T>(
  ctx: Ctx,
  id: string,
  act: (tx: Tx, m: repo.MilestoneRow, g: repo.GoalWithCounts) => Promise<T>,
): Promise<T> {
  const seen = await repo.findMilestone(ctx.database.db, ctx.userId, id);
  if (!seen) throw notFound('milestone');
  return ctx.database.db.transaction(async (tx) => {
    const goal = await lockGoal(tx, ctx, seen.goal_id);
    const m = await repo.findMilestone(tx, ctx.userId, id);
    if (!m) throw notFound('milestone');
    return act(tx, m, goal);
  });
}

/**
 * Recomputes the goal's progress from its milestones and applies a status the change implies
 * (see statusAfterMilestone); pays the goal reward when that completes the goal.
 */
async function recompute(
  tx: Tx,
  ctx: Ctx,
  goal: repo.GoalWithCounts,
  change: 'complete' | 'uncomplete' | null,
): Promise<{ goal: repo.GoalWithCounts; reward: RewardOutcome | null }> {
  const counts = await repo.countMilestones(tx, ctx.userId, goal.id);
  const current = goal.status as Parameters<typeof statusAfterMilestone>[0];
  const status = change ? statusAfterMilestone(current, change, counts) : current;
  const statusPatch =
    status === current ? {} : { status, completed_at: status === 'completed' ? ctx.clock.now() : null };
  await repo.updateGoal(tx, ctx.userId, goal.id, { progress: goalProgress(counts), ...statusPatch });
  const reward = status === 'completed' && current !== 'completed' ? await payGoal(tx, ctx, goal.id) : null;
  return { goal: await reload(tx, ctx, goal.id), reward };
}

export async function add(ctx: Ctx, goalId: string, body: CreateMilestoneBody): Promise<MilestoneChange> {
  return ctx.database.db.transaction(async (tx) => {
    const goal = await lockGoal(tx, ctx, goalId);
    const { total, next_order } = await repo.countMilestones(tx, ctx.userId, goalId);
    if (total >= GOAL_MILESTONES_LIMIT) {
      throw conflict(`A goal holds at most ${GOAL_MILESTONES_LIMIT} milestones.`);
    }
    const milestone = await repo.insertMilestone(tx, {
      user_id: ctx.userId,
      goal_id: goalId,
      title: body.title,
      description: body.description ?? null,
      sort_order: next_order,
    });
    const after = await recompute(tx, ctx, goal, null);
    return { milestone: milestoneView(milestone), goal: goalView(after.goal), reward: null };
  });
}

export async function edit(ctx: Ctx, id: string, body: UpdateMilestoneBody): Promise<GoalMilestone> {
  const updated = await repo.updateMilestone(ctx.database.db, ctx.userId, id, {
    title: body.title,
    description: body.description,
  });
  if (!updated) throw notFound('milestone');
  return milestoneView(updated);
}

export async function remove(ctx: Ctx, id: string): Promise<void> {
  await withMilestone(ctx, id, async (tx, m, goal) => {
    await repo.deleteMilestone(tx, ctx.userId, m.id);
    await recompute(tx, ctx, goal, null);
  });
}

/**
 * Completes a milestone: 10 XP the first time only (`goal_milestone_complete:<id>`), and the
 * goal reward when it was the last open one. Completing a completed milestone changes nothing.
 */
export async function complete(ctx: Ctx, id: string): Promise<MilestoneChange> {
  return withMilestone(ctx, id, async (tx, m, goal) => {
    if (m.completed_at) return { milestone: milestoneView(m), goal: goalView(goal), reward: null };
    const now = ctx.clock.now();
    const done = await repo.updateMilestone(tx, ctx.userId, m.id, { completed_at: now });
    if (!done) throw notFound('milestone');
    const paid = await record(tx, ctx, {
      type: 'goal_milestone_complete',
      idempotency_key: `goal_milestone_complete:${m.id}`,
      source_id: m.id,
      occurred_at: now,
      data: { goal_id: goal.id },
    });
    const after = await recompute(tx, ctx, goal, 'complete');
    const reward = paidOutcome(after.reward ? [paid, after.reward] : [paid]);
    return { milestone: milestoneView(done), goal: goalView(after.goal), reward };
  });
}

/** Reopens a milestone. What it paid stays paid; a completed goal becomes active again. */
export async function uncomplete(ctx: Ctx, id: string): Promise<MilestoneChange> {
  return withMilestone(ctx, id, async (tx, m, goal) => {
    if (!m.completed_at) return { milestone: milestoneView(m), goal: goalView(goal), reward: null };
    const open = await repo.updateMilestone(tx, ctx.userId, m.id, { completed_at: null });
    if (!open) throw notFound('milestone');
    const after = await recompute(tx, ctx, goal, 'uncomplete');
    return { milestone: milestoneView(open), goal: goalView(after.goal), reward: null };
  });
}

/** Puts the goal's milestones in the order of `ids`, which must name each of them exactly once. */
export async function reorder(ctx: Ctx, goalId: string, ids: string[]): Promise<GoalMilestone[]> {
  return ctx.database.db.transaction(async (tx) => {
    await lockGoal(tx, ctx, goalId);
    const own = new Set((await repo.listMilestones(tx, ctx.userId, goalId)).map((m) => m.id));
    const seen = new Set<string>();
    const details = ids.flatMap((id, i) => {
      const problem = !own.has(id) ? 'Not a milestone of this goal' : seen.has(id) ? 'Listed twice' : null;
      seen.add(id);
      return problem ? [{ path: `body.ids.${i}`, message: problem }] : [];
    });
    if (details.length === 0 && seen.size !== own.size) {
      details.push({ path: 'body.ids', message: `List all ${own.size} milestones of the goal` });
    }
    if (details.length > 0) throw validationError(details, 'The order must name every milestone of this goal once.');
    await repo.setMilestoneOrder(tx, ctx.userId, goalId, ids);
    return (await repo.listMilestones(tx, ctx.userId, goalId)).map(milestoneView);
  });
}
