import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { putCachedHabit, refreshHabit } from './cache';
import type { HabitBody, HabitWire } from './types';

/** PATCH /api/habits/:id: name, schedule or target; streaks are recomputed by the server. */
export function useUpdateHabit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<HabitBody> }) =>
      api.patch<HabitWire>(`/habits/${encodeURIComponent(id)}`, body),
    onSuccess: (habit) => {
      putCachedHabit(client, habit);
      return refreshHabit(client, habit.id);
    },
  });
}
