import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { celebrate } from '@/lib/rewards';
import { todayKeys } from './keys';
import type { PlanItemChangeWire, PlanWire } from './types';

/**
 * POST /api/plan/items/:id/complete: ticked at once, rolled back if refused; the 2 XP are
 * celebrated once (a repeat answers `reward: null`).
 */
export function useCompletePlanItem(date: string) {
  const client = useQueryClient();
  const key = todayKeys.plan(date);
  return useMutation({
    mutationFn: (id: string) => api.post<PlanItemChangeWire>(`/plan/items/${encodeURIComponent(id)}/complete`),
    onMutate: async (id) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<PlanWire>(key);
      if (previous) {
        const at = new Date().toISOString();
        client.setQueryData<PlanWire>(key, {
          ...previous,
          completed: previous.completed + 1,
          items: previous.items.map((i) => (i.id === id ? { ...i, completed_at: at } : i)),
        });
      }
      return previous;
    },
    onError: (_error, _id, previous) => {
      if (previous) client.setQueryData(key, previous);
    },
    onSuccess: (change) => celebrate(change.reward, { title: change.item.title }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: todayKeys.today });
    },
  });
}
