import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateGoalBody } from '#common/contracts/goals';
import { api } from '@/lib/api-client';
import { refreshGoal } from './cache';
import type { GoalChangeWire } from './types';

/** PATCH /api/goals/:id: its fields or its status (completing one pays its reward once). */
export function useUpdateGoal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateGoalBody }) =>
      api.patch<GoalChangeWire>(`/goals/${encodeURIComponent(id)}`, body),
    onSuccess: (_goal, { id }) => refreshGoal(client, id),
  });
}
