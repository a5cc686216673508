import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshGoal } from './cache';

/** DELETE /api/goals/milestones/:id. */
export function useDeleteMilestone(goalId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/goals/milestones/${encodeURIComponent(id)}`),
    onSettled: () => refreshGoal(client, goalId),
  });
}
