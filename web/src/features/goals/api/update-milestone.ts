import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshGoal } from './cache';
import type { MilestoneWire } from './types';

/** PATCH /api/goals/milestones/:id: a new title. */
export function useUpdateMilestone(goalId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, title }: { id: string; title: string }) =>
      api.patch<MilestoneWire>(`/goals/milestones/${encodeURIComponent(id)}`, { title }),
    onSettled: () => refreshGoal(client, goalId),
  });
}
