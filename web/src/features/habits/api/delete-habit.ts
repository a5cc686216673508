import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { habitKeys } from '@/lib/query-keys';

/** DELETE /api/habits/:id: the habit and its whole history. */
export function useDeleteHabit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/habits/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: habitKeys.lists }),
  });
}
