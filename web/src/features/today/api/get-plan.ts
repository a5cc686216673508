import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { planKeys } from '@/lib/query-keys';
import type { PlanWire } from './types';

export const planQueryOptions = (date: string) =>
  queryOptions({
    queryKey: planKeys.day(date),
    queryFn: ({ signal }) => api.get<PlanWire>('/plan', { query: { date }, signal }),
  });

/** GET /api/plan?date=: the day's plan (empty until something is planned). */
export function usePlan(date: string | undefined) {
  return useQuery({ ...planQueryOptions(date ?? ''), enabled: Boolean(date) });
}
