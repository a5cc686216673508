import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { summary } from '#common/contracts/gamification';
import { api } from '@/lib/api-client';
import { gamificationKeys } from '@/lib/query-keys';

export type GameSummaryWire = z.input<typeof summary>;

export const gameSummaryQueryOptions = queryOptions({
  queryKey: gamificationKeys.summary,
  queryFn: ({ signal }) => api.get<GameSummaryWire>('/gamification/summary', { signal }),
});

/** GET /api/gamification/summary: level, XP into the level, coins, daily streak. */
export function useGameSummary(enabled = true) {
  return useQuery({ ...gameSummaryQueryOptions, enabled });
}
