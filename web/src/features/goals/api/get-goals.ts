import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { goalKeys } from '@/lib/query-keys';
import type { GoalStatus } from '../utils/goal-labels';
import type { GoalWire } from './types';

export const goalsQueryOptions = (status: GoalStatus | 'all') =>
  infiniteQueryOptions({
    queryKey: goalKeys.list(status),
    queryFn: ({ pageParam, signal }) =>
      api.page<GoalWire>('/goals', {
        query: { limit: 50, cursor: pageParam, status: status === 'all' ? undefined : status },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/goals[?status=]: goals with their progress, a page at a time. */
export function useGoals(status: GoalStatus | 'all') {
  return useInfiniteQuery(goalsQueryOptions(status));
}
