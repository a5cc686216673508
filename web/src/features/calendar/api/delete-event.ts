import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { calendarKeys } from '@/lib/query-keys';

/** DELETE /api/calendar/:id: the event with every occurrence. */
export function useDeleteEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/calendar/${encodeURIComponent(id)}`),
    onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
