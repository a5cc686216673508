import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { calendarKeys } from '@/lib/query-keys';
import type { FeedTokenWire } from './types';

/** POST /api/calendar/feed-token: a new private address (an earlier one stops working). */
export function useCreateFeedToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<FeedTokenWire>('/calendar/feed-token'),
    onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.feed }),
  });
}
