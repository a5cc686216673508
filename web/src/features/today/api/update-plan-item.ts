import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdatePlanItemBody } from '#common/contracts/plan';
import { api } from '@/lib/api-client';
import { applyOptimistic, rollbackOptimistic } from '@/lib/optimistic';
import { planKeys } from '@/lib/query-keys';
import { refreshGameQueries } from '@/lib/rewards';
import { applyPlan } from './cache';
import type { PlanWire } from './types';

/**
 * PATCH /api/plan/items/:id: edits an item, or reopens it (`completed: false` takes its XP back);
 * shown at once in the day's plan and rolled back if refused.
 */
export function useUpdatePlanItem(date: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePlanItemBody }) =>
      api.patch<PlanWire>(`/plan/items/${encodeURIComponent(id)}`, body),
    onMutate: ({ id, body: { completed, ...fields } }) =>
      applyOptimistic<PlanWire>(client, planKeys.day(date), (plan) => {
        const reopens = completed === false && plan.items.some((i) => i.id === id && i.completed_at !== null);
        return {
          ...plan,
          completed: reopens ? plan.completed - 1 : plan.completed,
          items: plan.items.map((i) =>
            i.id === id ? { ...i, ...fields, completed_at: reopens ? null : i.completed_at } : i,
          ),
        };
      }),
    onError: (_error, _vars, snapshot) => rollbackOptimistic(client, snapshot),
    onSuccess: (plan, { body }) => {
      applyPlan(client, plan);
      if (body.completed === false) refreshGameQueries(client);
    },
  });
}
