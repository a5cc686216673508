import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { habitKeys } from '@/lib/query-keys';
import { orderCachedHabits, restoreHabits } from './cache';

/** POST /api/habits/reorder: the whole order at once, applied to the list before the server answers. */
export function useReorderHabits() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.post<unknown>('/habits/reorder', { ids }),
    onMutate: (ids) => orderCachedHabits(client, ids),
    onError: (_error, _ids, snapshot) => restoreHabits(client, snapshot),
    onSettled: () => client.invalidateQueries({ queryKey: habitKeys.list(false) }),
  });
}
