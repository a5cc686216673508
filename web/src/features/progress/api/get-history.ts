import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { historyDay } from '#common/contracts/gamification';
import { api } from '@/lib/api-client';
import { gamificationKeys } from '@/lib/query-keys';

export type HistoryDayWire = z.input<typeof historyDay>;

export const xpHistoryQueryOptions = (days: number) =>
  queryOptions({
    queryKey: gamificationKeys.history(days),
    queryFn: ({ signal }) => api.get<HistoryDayWire[]>('/gamification/history', { query: { days }, signal }),
  });

/** GET /api/gamification/history: XP and coins per day of the user, oldest first. */
export function useXpHistory(days: number) {
  return useQuery({ ...xpHistoryQueryOptions(days), placeholderData: keepPreviousData });
}
