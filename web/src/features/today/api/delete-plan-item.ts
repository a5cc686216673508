import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { planKeys, todayKeys } from '@/lib/query-keys';

/** DELETE /api/plan/items/:id. */
export function useDeletePlanItem(date: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/plan/items/${encodeURIComponent(id)}`),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: planKeys.day(date) });
      void client.invalidateQueries({ queryKey: todayKeys.all });
    },
  });
}
