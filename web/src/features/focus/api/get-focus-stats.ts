import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { focusStats } from '#common/contracts/focus';
import { api } from '@/lib/api-client';
import { focusKeys } from '@/lib/query-keys';

export type FocusStatsWire = z.input<typeof focusStats>;

export const focusStatsQueryOptions = (days: number) =>
  queryOptions({
    queryKey: focusKeys.statsFor(days),
    queryFn: ({ signal }) =>
      api.get<FocusStatsWire>('/focus/stats', { query: { period: 'day', days, mode: 'focus' }, signal }),
  });

/** GET /api/focus/stats: today's focus totals and minutes per day for the last `days` days. */
export function useFocusStats(days: number) {
  return useQuery(focusStatsQueryOptions(days));
}
