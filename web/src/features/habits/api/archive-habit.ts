import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { habitKeys } from '@/lib/query-keys';
import type { HabitWire } from './types';

/** POST /api/habits/:id/archive: out of the checklist, history kept; `archived: false` brings it back. */
export function useArchiveHabit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      api.post<HabitWire>(`/habits/${encodeURIComponent(id)}/archive`, { archived }),
    onSuccess: () => client.invalidateQueries({ queryKey: habitKeys.lists }),
  });
}
