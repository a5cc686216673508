/** Wire shapes of the goals API (the contracts' inputs: timestamps as strings). */
import type { z } from 'zod';
import type {
  CreateGoalBody,
  goal,
  goalChange,
  goalDetail,
  goalMilestone,
  milestoneChange,
} from '#common/contracts/goals';

export type GoalWire = z.input<typeof goal>;
export type MilestoneWire = z.input<typeof goalMilestone>;
export type GoalDetailWire = z.input<typeof goalDetail>;
export type GoalChangeWire = z.input<typeof goalChange>;
export type MilestoneChangeWire = z.input<typeof milestoneChange>;
export type GoalBody = CreateGoalBody;
