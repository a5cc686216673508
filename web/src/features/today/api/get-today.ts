import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { todayKeys } from '@/lib/query-keys';
import type { TodayWire } from './types';

export const todayQueryOptions = () =>
  queryOptions({
    queryKey: todayKeys.all,
    queryFn: ({ signal }) => api.get<TodayWire>('/today', { signal }),
  });

/** GET /api/today: the whole home screen in one call. */
export function useToday() {
  return useQuery(todayQueryOptions());
}
