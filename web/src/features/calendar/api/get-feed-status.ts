import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { calendarKeys } from '@/lib/query-keys';
import type { FeedStatusWire } from './types';

/** GET /api/calendar/feed-token: whether a private feed address is active. */
export function useFeedStatus() {
  return useQuery({
    queryKey: calendarKeys.feed,
    queryFn: ({ signal }) => api.get<FeedStatusWire>('/calendar/feed-token', { signal }),
  });
}
