import type { QueryClient } from '@tanstack/react-query';
import { goalKeys } from '@/lib/query-keys';

/** A goal changed (or one of its milestones did): its page and every list read again. */
export function refreshGoal(client: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: goalKeys.detail(id) }),
    client.invalidateQueries({ queryKey: goalKeys.lists }),
  ]);
}
