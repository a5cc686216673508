import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applyOptimistic, rollbackOptimistic } from '@/lib/optimistic';
import { planKeys, todayKeys } from '@/lib/query-keys';
import { celebrate } from '@/lib/rewards';
import type { PlanItemChangeWire, PlanWire } from './types';

/**
 * POST /api/plan/items/:id/complete: ticked at once, rolled back if refused; the 2 XP are
 * celebrated once (a repeat answers `reward: null`).
 */
export function useCompletePlanItem(date: string) {
  const client = useQueryClient();
  const key = planKeys.day(date);
  return useMutation({
    mutationFn: (id: string) => api.post<PlanItemChangeWire>(`/plan/items/${encodeURIComponent(id)}/complete`),
    onMutate: (id) => {
      const at = new Date().toISOString();
      return applyOptimistic<PlanWire>(client, key, (plan) => ({
        ...plan,
        completed: plan.completed + 1,
        items: plan.items.map((i) => (i.id === id ? { ...i, completed_at: at } : i)),
      }));
    },
    onError: (_error, _id, snapshot) => rollbackOptimistic(client, snapshot),
    onSuccess: (change) => celebrate(change.reward, { title: change.item.title }),
    meta: { errorToast: false }, // the plan card shows it
    onSettled: () => {
      void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: todayKeys.all });
    },
  });
}
