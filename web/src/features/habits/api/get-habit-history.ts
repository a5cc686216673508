import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { habitKeys } from '@/lib/query-keys';
import type { HabitHistoryWire } from './types';

export const habitHistoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: habitKeys.history(id),
    queryFn: ({ signal }) => api.get<HabitHistoryWire>(`/habits/${encodeURIComponent(id)}/history`, { signal }),
  });

/** GET /api/habits/:id/history: a year of days for the heat-map. */
export function useHabitHistory(id: string | null) {
  return useQuery({ ...habitHistoryQueryOptions(id ?? ''), enabled: Boolean(id) });
}
