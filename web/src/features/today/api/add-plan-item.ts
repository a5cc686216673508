import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePlanItemBody } from '#common/contracts/plan';
import { api } from '@/lib/api-client';
import { applyPlan } from './cache';
import type { PlanWire } from './types';

/** POST /api/plan/items: an item added by hand at the end of the day's plan. */
export function useAddPlanItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlanItemBody) => api.post<PlanWire>('/plan/items', body),
    onSuccess: (plan) => applyPlan(client, plan),
    meta: { errorToast: false }, // the plan card shows it
  });
}
