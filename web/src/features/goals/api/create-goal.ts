import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { goalKeys } from '@/lib/query-keys';
import type { GoalBody, GoalDetailWire } from './types';

/** POST /api/goals. */
export function useCreateGoal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: GoalBody) => api.post<GoalDetailWire>('/goals', body),
    onSuccess: () => client.invalidateQueries({ queryKey: goalKeys.lists }),
  });
}
