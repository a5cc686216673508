import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applyPlan } from './cache';
import type { PlanWire } from './types';

/** POST /api/plan/generate: builds the day's plan, or merges new items into it. */
export function useGeneratePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => api.post<PlanWire>('/plan/generate', { date }),
    onSuccess: (plan) => applyPlan(client, plan),
    meta: { errorToast: false }, // the plan card and the starter show it where it was asked
  });
}
