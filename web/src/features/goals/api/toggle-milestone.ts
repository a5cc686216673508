import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshGoal } from './cache';
import { goalKeys } from './keys';
import type { GoalDetailWire, MilestoneChangeWire } from './types';

/**
 * POST /api/goals/milestones/:id/{complete,uncomplete}: ticked at once on the page, rolled back if
 * refused; the goal's progress comes from the server.
 */
export function useToggleMilestone(goalId: string) {
  const client = useQueryClient();
  const key = goalKeys.detail(goalId);
  return useMutation({
    mutationFn: ({ id, completed }: { id: string; completed: boolean }) =>
      api.post<MilestoneChangeWire>(
        `/goals/milestones/${encodeURIComponent(id)}/${completed ? 'complete' : 'uncomplete'}`,
      ),
    onMutate: async ({ id, completed }) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<GoalDetailWire>(key);
      if (previous) {
        const at = completed ? new Date().toISOString() : null;
        client.setQueryData<GoalDetailWire>(key, {
          ...previous,
          milestones: previous.milestones.map((m) => (m.id === id ? { ...m, completed_at: at } : m)),
        });
      }
      return previous;
    },
    onError: (_error, _vars, previous) => {
      if (previous) client.setQueryData(key, previous);
    },
    onSettled: () => refreshGoal(client, goalId),
  });
}
