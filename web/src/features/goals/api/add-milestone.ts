import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshGoal } from './cache';
import type { MilestoneChangeWire } from './types';

/** POST /api/goals/:id/milestones: a new step at the end. */
export function useAddMilestone(goalId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (title: string) =>
      api.post<MilestoneChangeWire>(`/goals/${encodeURIComponent(goalId)}/milestones`, { title }),
    onSettled: () => refreshGoal(client, goalId),
  });
}
