import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { patchCachedHabit, putCachedHabit, refreshHabit, restoreHabits } from './cache';
import type { HabitCompletionWire, HabitWire } from './types';

/** POST /api/habits/:id/complete: one more time today, shown at once and rolled back if refused. */
export function useCompleteHabit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (habit: HabitWire) =>
      api.post<HabitCompletionWire>(`/habits/${encodeURIComponent(habit.id)}/complete`, { count: 1 }),
    onMutate: (habit) =>
      patchCachedHabit(client, habit.id, (h) => {
        const count = h.count_today + 1;
        return { ...h, count_today: count, completed_today: count >= h.target_count, skipped_today: false };
      }),
    onError: (_error, _habit, previous) => restoreHabits(client, previous),
    onSuccess: (result) => putCachedHabit(client, result.habit),
    onSettled: (_data, _error, habit) => refreshHabit(client, habit.id),
  });
}
