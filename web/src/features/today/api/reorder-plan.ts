import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applyPlan } from './cache';
import { todayKeys } from './keys';
import type { PlanWire } from './types';

/** POST /api/plan/reorder: moved at once on the page, rolled back if refused. */
export function useReorderPlan(date: string) {
  const client = useQueryClient();
  const key = todayKeys.plan(date);
  return useMutation({
    mutationFn: (ids: string[]) => api.post<PlanWire>('/plan/reorder', { date, ids }),
    onMutate: async (ids) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<PlanWire>(key);
      if (previous) {
        const byId = new Map(previous.items.map((i) => [i.id, i]));
        const items = ids.flatMap((id, sort_order) => {
          const item = byId.get(id);
          return item ? [{ ...item, sort_order }] : [];
        });
        client.setQueryData<PlanWire>(key, { ...previous, items });
      }
      return previous;
    },
    onError: (_error, _ids, previous) => {
      if (previous) client.setQueryData(key, previous);
    },
    onSuccess: (plan) => applyPlan(client, plan),
  });
}
