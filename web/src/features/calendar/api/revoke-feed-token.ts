import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { calendarKeys } from '@/lib/query-keys';

/** DELETE /api/calendar/feed-token: the private address stops working. */
export function useRevokeFeedToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/calendar/feed-token'),
    onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.feed }),
  });
}
