import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { adminStats } from '#common/contracts/admin';
import { api } from '@/lib/api-client';

export type AdminStatsWire = z.input<typeof adminStats>;

export const adminStatsKeys = {
  all: ['admin', 'stats'] as const,
  window: (days: number) => ['admin', 'stats', days] as const,
};

export const adminStatsQueryOptions = (days: number) =>
  queryOptions({
    queryKey: adminStatsKeys.window(days),
    queryFn: ({ signal }) => api.get<AdminStatsWire>('/admin/stats', { query: { days }, signal }),
  });

/** GET /api/admin/stats: the headline figures, and per day over the last `days` UTC days. */
export function useAdminStats(days: number) {
  return useQuery({ ...adminStatsQueryOptions(days), placeholderData: keepPreviousData });
}
