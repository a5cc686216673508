import type { QueryClient } from '@tanstack/react-query';
import { planKeys, todayKeys } from '@/lib/query-keys';
import type { PlanWire } from './types';

/** Puts the server's plan in the cache and refreshes Today's summary of it. */
export function applyPlan(client: QueryClient, plan: PlanWire): void {
  client.setQueryData(planKeys.day(plan.date), plan);
  void client.invalidateQueries({ queryKey: todayKeys.all });
}
