import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { habitKeys } from '@/lib/query-keys';
import type { HabitBody, HabitWire } from './types';

/** POST /api/habits: the new habit joins the end of the list. */
export function useCreateHabit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: HabitBody) => api.post<HabitWire>('/habits', body),
    onSuccess: () => client.invalidateQueries({ queryKey: habitKeys.lists }),
  });
}
