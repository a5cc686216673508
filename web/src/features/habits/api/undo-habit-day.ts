import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { patchCachedHabit, putCachedHabit, refreshHabit, restoreHabits } from './cache';
import type { HabitDayWire, HabitWire } from './types';

/** DELETE /api/habits/:id/logs/:date: forgets today's completions or skip (and reverses the reward). */
export function useUndoHabitDay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (habit: HabitWire) =>
      api.delete<HabitDayWire | undefined>(
        `/habits/${encodeURIComponent(habit.id)}/logs/${encodeURIComponent(habit.today)}`,
      ),
    onMutate: (habit) =>
      patchCachedHabit(client, habit.id, (h) => ({
        ...h,
        count_today: 0,
        completed_today: false,
        skipped_today: false,
      })),
    onError: (_error, _habit, previous) => restoreHabits(client, previous),
    onSuccess: (result) => result?.habit && putCachedHabit(client, result.habit),
    onSettled: (_data, _error, habit) => refreshHabit(client, habit.id),
  });
}
