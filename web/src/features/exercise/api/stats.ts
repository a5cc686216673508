import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { exerciseKeys } from '@/lib/query-keys';
import type { StatsWire } from './types';

/** GET /api/exercise/stats?weeks=: per week sessions, minutes, sets and volume by muscle group. */
export function useExerciseStats(weeks: number) {
  return useQuery({
    queryKey: exerciseKeys.stats(weeks),
    queryFn: ({ signal }) => api.get<StatsWire>('/exercise/stats', { query: { weeks }, signal }),
  });
}
