import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { goalKeys } from '@/lib/query-keys';

/** DELETE /api/goals/:id: the goal and its milestones. */
export function useDeleteGoal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/goals/${encodeURIComponent(id)}`),
    onSuccess: (_data, id) => {
      client.removeQueries({ queryKey: goalKeys.detail(id) });
      return client.invalidateQueries({ queryKey: goalKeys.lists });
    },
  });
}
