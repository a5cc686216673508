import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { inboxKeys } from '@/lib/query-keys';

/** DELETE /api/inbox/:id. */
export function useDeleteItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/inbox/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}
