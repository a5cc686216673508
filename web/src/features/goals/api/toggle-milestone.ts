import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applyOptimistic, rollbackOptimistic } from '@/lib/optimistic';
import { goalKeys } from '@/lib/query-keys';
import { refreshGoal } from './cache';
import type { GoalDetailWire, MilestoneChangeWire } from './types';

/**
 * POST /api/goals/milestones/:id/{complete,uncomplete}: ticked at once on the page, rolled back if
 * refused; the goal's progress comes from the server.
 */
export function useToggleMilestone(goalId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, completed }: { id: string; completed: boolean }) =>
      api.post<MilestoneChangeWire>(
        `/goals/milestones/${encodeURIComponent(id)}/${completed ? 'complete' : 'uncomplete'}`,
      ),
    onMutate: ({ id, completed }) => {
      const at = completed ? new Date().toISOString() : null;
      return applyOptimistic<GoalDetailWire>(client, goalKeys.detail(goalId), (goal) => ({
        ...goal,
        milestones: goal.milestones.map((m) => (m.id === id ? { ...m, completed_at: at } : m)),
      }));
    },
    onError: (_error, _vars, snapshot) => rollbackOptimistic(client, snapshot),
    onSettled: () => refreshGoal(client, goalId),
  });
}
