import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applyOptimistic, rollbackOptimistic } from '@/lib/optimistic';
import { goalKeys } from '@/lib/query-keys';
import { refreshGoal } from './cache';
import type { GoalDetailWire } from './types';

/** POST /api/goals/:id/milestones/reorder: the whole order, shown before the server answers. */
export function useReorderMilestones(goalId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) =>
      api.post<unknown>(`/goals/${encodeURIComponent(goalId)}/milestones/reorder`, { ids }),
    onMutate: (ids) =>
      applyOptimistic<GoalDetailWire>(client, goalKeys.detail(goalId), (goal) => {
        const byId = new Map(goal.milestones.map((m) => [m.id, m]));
        const milestones = ids.map((id) => byId.get(id)).filter((m) => m !== undefined);
        return milestones.length === goal.milestones.length ? { ...goal, milestones } : goal;
      }),
    onError: (_error, _ids, snapshot) => rollbackOptimistic(client, snapshot),
    onSettled: () => refreshGoal(client, goalId),
  });
}
