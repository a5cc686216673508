import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { goalKeys } from '@/lib/query-keys';
import type { GoalDetailWire } from './types';

export const goalQueryOptions = (id: string) =>
  queryOptions({
    queryKey: goalKeys.detail(id),
    queryFn: ({ signal }) => api.get<GoalDetailWire>(`/goals/${encodeURIComponent(id)}`, { signal }),
  });

/** GET /api/goals/:id: the goal with its milestones in order. */
export function useGoal(id: string | null) {
  return useQuery({ ...goalQueryOptions(id ?? ''), enabled: Boolean(id) });
}
