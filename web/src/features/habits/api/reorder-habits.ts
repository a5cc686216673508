import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { habitKeys } from './keys';
import type { HabitWire } from './types';

const activeKey = habitKeys.list(false);

/** POST /api/habits/reorder: the whole order at once, applied to the list before the server answers. */
export function useReorderHabits() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.post<unknown>('/habits/reorder', { ids }),
    onMutate: async (ids) => {
      await client.cancelQueries({ queryKey: activeKey });
      const previous = client.getQueryData<HabitWire[]>(activeKey);
      if (previous) {
        const byId = new Map(previous.map((h) => [h.id, h]));
        const ordered = ids.map((id) => byId.get(id)).filter((h): h is HabitWire => Boolean(h));
        client.setQueryData(activeKey, ordered.length === previous.length ? ordered : previous);
      }
      return previous;
    },
    onError: (_error, _ids, previous) => {
      if (previous) client.setQueryData(activeKey, previous);
    },
    onSettled: () => client.invalidateQueries({ queryKey: activeKey }),
  });
}
