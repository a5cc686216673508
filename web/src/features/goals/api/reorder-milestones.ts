import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshGoal } from './cache';
import { goalKeys } from './keys';
import type { GoalDetailWire } from './types';

/** POST /api/goals/:id/milestones/reorder: the whole order, shown before the server answers. */
export function useReorderMilestones(goalId: string) {
  const client = useQueryClient();
  const key = goalKeys.detail(goalId);
  return useMutation({
    mutationFn: (ids: string[]) =>
      api.post<unknown>(`/goals/${encodeURIComponent(goalId)}/milestones/reorder`, { ids }),
    onMutate: async (ids) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<GoalDetailWire>(key);
      if (previous) {
        const byId = new Map(previous.milestones.map((m) => [m.id, m]));
        const milestones = ids.map((id) => byId.get(id)).filter((m) => m !== undefined);
        if (milestones.length === previous.milestones.length) client.setQueryData(key, { ...previous, milestones });
      }
      return previous;
    },
    onError: (_error, _ids, previous) => {
      if (previous) client.setQueryData(key, previous);
    },
    onSettled: () => refreshGoal(client, goalId),
  });
}
