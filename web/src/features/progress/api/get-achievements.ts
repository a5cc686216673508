import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { achievementState } from '#common/contracts/gamification';
import { api } from '@/lib/api-client';
import { gamificationKeys } from '@/lib/query-keys';

export type AchievementWire = z.input<typeof achievementState>;

export const achievementsQueryOptions = queryOptions({
  queryKey: gamificationKeys.achievements,
  queryFn: ({ signal }) => api.get<AchievementWire[]>('/gamification/achievements', { signal }),
});

/** GET /api/gamification/achievements: every achievement with earned state and progress. */
export function useAchievements() {
  return useQuery(achievementsQueryOptions);
}
