import type { goalStatuses, priorities } from '#common/enums';

export type GoalStatus = (typeof goalStatuses)[number];
export type Priority = (typeof priorities)[number];

export const statusLabels: Record<GoalStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  abandoned: 'Abandoned',
};

export const priorityLabels: Record<Priority, string> = { low: 'Low', medium: 'Medium', high: 'High' };
