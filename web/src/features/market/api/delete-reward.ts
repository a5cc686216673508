import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { marketKeys } from '@/lib/query-keys';

/** DELETE /api/market/rewards/:id: gone from the list; what was bought of it stays in the inventory. */
export function useDeleteReward() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/market/rewards/${encodeURIComponent(id)}`),
    onSettled: () => client.invalidateQueries({ queryKey: marketKeys.page }),
  });
}
