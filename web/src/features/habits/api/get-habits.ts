import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { habitKeys } from '@/lib/query-keys';
import type { HabitWire } from './types';

/** Habits are few, but the list is paginated: read every page. */
async function fetchAll(archived: boolean, signal: AbortSignal): Promise<HabitWire[]> {
  const all: HabitWire[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.page<HabitWire>('/habits', { query: { limit: 200, cursor, archived }, signal });
    all.push(...page.data);
    cursor = page.page.next_cursor ?? undefined;
  } while (cursor);
  return all;
}

export const habitsQueryOptions = (archived = false) =>
  queryOptions({
    queryKey: habitKeys.list(archived),
    queryFn: ({ signal }) => fetchAll(archived, signal),
  });

/** GET /api/habits: the user's habits in their order, with today's state, streaks and strength. */
export function useHabits(archived = false, enabled = true) {
  return useQuery({ ...habitsQueryOptions(archived), enabled });
}
