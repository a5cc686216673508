import { z } from 'zod';
import { goalStatuses, priorities } from '../enums';
import { dateKey, pageQuery, timestamp } from './base';
import { rewardOutcome } from './gamification';
import { longText, text } from './text';

/** Goals and their milestones (`/api/goals`, SPEC §6 Goals; rules in docs/RULES.md). */

export const goalStatus = z.enum(goalStatuses);
export const goalPriority = z.enum(priorities);

/** A goal holds at most this many milestones, so a goal comes with all of them. */
export const GOAL_MILESTONES_LIMIT = 100;

export const goalMilestone = z.object({
  id: z.uuid(),
  goal_id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  sort_order: z.number().int(),
  /** Null while open. */
  completed_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type GoalMilestone = z.output<typeof goalMilestone>;

export const goal = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  category: z.string().nullable(),
  target_date: dateKey.nullable(),
  priority: goalPriority,
  status: goalStatus,
  /** 0–100: completed / total milestones, rounded down (0 without milestones). */
  progress: z.number().int().min(0).max(100),
  milestones_total: z.number().int(),
  milestones_completed: z.number().int(),
  /** Set exactly while the status is `completed`. */
  completed_at: timestamp.nullable(),
  sort_order: z.number().int(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type Goal = z.output<typeof goal>;

/** A goal with its milestones in order. */
export const goalDetail = goal.extend({ milestones: z.array(goalMilestone) });
export type GoalDetail = z.output<typeof goalDetail>;

const goalFields = {
  title: text(200).min(1),
  description: longText(5000).nullable(),
  category: text(50).min(1).nullable(),
  target_date: dateKey.nullable(),
  priority: goalPriority,
};

/** A new goal starts `active` at the end of the list. */
export const createGoalBody = z.strictObject({
  title: goalFields.title,
  description: goalFields.description.optional(),
  category: goalFields.category.optional(),
  target_date: goalFields.target_date.optional(),
  priority: goalFields.priority.default('medium'),
});
export type CreateGoalBody = z.input<typeof createGoalBody>;

/** Setting `status: completed` pays the goal reward the first time only. */
export const updateGoalBody = z
  .strictObject({
    ...goalFields,
    status: goalStatus,
    sort_order: z.number().int().min(0).max(1_000_000),
  })
  .partial();
export type UpdateGoalBody = z.input<typeof updateGoalBody>;

/** Goals in their order (`sort_order`, then id); filters by status and category. */
export const goalListQuery = pageQuery.extend({
  status: goalStatus.optional(),
  category: text(50).min(1).optional(),
});
export type GoalListQuery = z.input<typeof goalListQuery>;

/** A goal after a change, and what the change paid (null when it paid nothing). */
export const goalChange = z.object({ goal: goalDetail, reward: rewardOutcome.nullable() });
export type GoalChange = z.output<typeof goalChange>;

const milestoneFields = {
  title: text(200).min(1),
  description: longText(2000).nullable(),
};

/** A new milestone is open and goes after the last one. */
export const createMilestoneBody = z.strictObject({
  title: milestoneFields.title,
  description: milestoneFields.description.optional(),
});
export type CreateMilestoneBody = z.input<typeof createMilestoneBody>;

export const updateMilestoneBody = z.strictObject(milestoneFields).partial();
export type UpdateMilestoneBody = z.input<typeof updateMilestoneBody>;

/** Every milestone of the goal, each once, in the new order. */
export const reorderMilestonesBody = z.strictObject({
  ids: z.array(z.uuid()).min(1).max(GOAL_MILESTONES_LIMIT),
});
export type ReorderMilestonesBody = z.input<typeof reorderMilestonesBody>;

/**
 * A milestone after a change, its goal's new progress and status, and what the change paid:
 * the milestone reward, plus the goal reward when it completed the goal (null when nothing).
 */
export const milestoneChange = z.object({
  milestone: goalMilestone,
  goal,
  reward: rewardOutcome.nullable(),
});
export type MilestoneChange = z.output<typeof milestoneChange>;
