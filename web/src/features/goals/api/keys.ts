import type { GoalStatus } from '../utils/goal-labels';

/** Query keys of the goals feature; every goals query starts with `goals`. */
export const goalKeys = {
  all: ['goals'] as const,
  lists: ['goals', 'list'] as const,
  list: (status: GoalStatus | 'all') => ['goals', 'list', status] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
};
