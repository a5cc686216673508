import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdatePlanItemBody } from '#common/contracts/plan';
import { api } from '@/lib/api-client';
import { refreshGameQueries } from '@/lib/rewards';
import { applyPlan } from './cache';
import type { PlanWire } from './types';

/** PATCH /api/plan/items/:id: edits an item, or reopens it (`completed: false` takes its XP back). */
export function useUpdatePlanItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePlanItemBody }) =>
      api.patch<PlanWire>(`/plan/items/${encodeURIComponent(id)}`, body),
    onSuccess: (plan, { body }) => {
      applyPlan(client, plan);
      if (body.completed === false) refreshGameQueries(client);
    },
  });
}
