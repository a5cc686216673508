import type { goalStatuses } from '../enums';

/**
 * Goal rules (SPEC §6 Goals, docs/RULES.md). Pure: the server applies them inside the
 * transaction that changed a milestone; the web app may use them to show a change at once.
 */

export type GoalStatus = (typeof goalStatuses)[number];

export interface MilestoneCounts {
  total: number;
  completed: number;
}

/** Completed / total milestones as a whole percentage, rounded down: 100 only when all are done. */
export function goalProgress({ total, completed }: MilestoneCounts): number {
  if (!Number.isInteger(total) || !Number.isInteger(completed) || total < 0 || completed < 0 || completed > total) {
    throw new RangeError(`Invalid milestone counts ${completed}/${total}`);
  }
  return total === 0 ? 0 : Math.floor((completed * 100) / total);
}

/**
 * The goal's status after one of its milestones was completed or reopened. Completing the last
 * open milestone completes an active or paused goal; reopening a milestone of a completed goal
 * makes it active again. Creating, editing or deleting a milestone never changes the status.
 */
export function statusAfterMilestone(
  status: GoalStatus,
  change: 'complete' | 'uncomplete',
  after: MilestoneCounts,
): GoalStatus {
  if (change === 'complete') {
    const allDone = after.total > 0 && after.completed === after.total;
    return allDone && (status === 'active' || status === 'paused') ? 'completed' : status;
  }
  return status === 'completed' ? 'active' : status;
}
