import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applyPlan } from './cache';
import type { PlanWire } from './types';

/** PATCH /api/plan: the day's notes (blank clears them). */
export function useSaveNotes(date: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (notes: string) => api.patch<PlanWire>('/plan', { date, notes: notes.trim() ? notes : null }),
    onSuccess: (plan) => applyPlan(client, plan),
    meta: { errorToast: false }, // shown beside the Save notes button
  });
}
