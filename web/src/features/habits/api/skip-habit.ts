import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { patchCachedHabit, putCachedHabit, refreshHabit, restoreHabits } from './cache';
import type { HabitDayWire, HabitWire } from './types';

/** POST /api/habits/:id/skip: today does not count against the streak. */
export function useSkipHabit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (habit: HabitWire) => api.post<HabitDayWire>(`/habits/${encodeURIComponent(habit.id)}/skip`, {}),
    onMutate: (habit) =>
      patchCachedHabit(client, habit.id, (h) => ({
        ...h,
        skipped_today: true,
        count_today: 0,
        completed_today: false,
      })),
    onError: (_error, _habit, previous) => restoreHabits(client, previous),
    onSuccess: (result) => putCachedHabit(client, result.habit),
    onSettled: (_data, _error, habit) => refreshHabit(client, habit.id),
  });
}
