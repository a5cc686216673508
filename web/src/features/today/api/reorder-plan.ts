import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applyOptimistic, rollbackOptimistic } from '@/lib/optimistic';
import { planKeys } from '@/lib/query-keys';
import { applyPlan } from './cache';
import type { PlanWire } from './types';

/** POST /api/plan/reorder: moved at once on the page, rolled back if refused. */
export function useReorderPlan(date: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.post<PlanWire>('/plan/reorder', { date, ids }),
    onMutate: (ids) =>
      applyOptimistic<PlanWire>(client, planKeys.day(date), (plan) => {
        const byId = new Map(plan.items.map((i) => [i.id, i]));
        const items = ids.flatMap((id, sort_order) => {
          const item = byId.get(id);
          return item ? [{ ...item, sort_order }] : [];
        });
        return { ...plan, items };
      }),
    onError: (_error, _ids, snapshot) => rollbackOptimistic(client, snapshot),
    onSuccess: (plan) => applyPlan(client, plan),
    meta: { errorToast: false }, // the plan card shows it
  });
}
