import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { streakState } from '#common/contracts/gamification';
import { api } from '@/lib/api-client';
import { gamificationKeys } from '@/lib/query-keys';

export type StreakWire = z.input<typeof streakState>;

export const streaksQueryOptions = queryOptions({
  queryKey: gamificationKeys.streaks,
  queryFn: ({ signal }) => api.get<StreakWire[]>('/gamification/streaks', { signal }),
});

/** GET /api/gamification/streaks: each streak as it reads today, its longest run and shields used. */
export function useStreaks() {
  return useQuery(streaksQueryOptions);
}
