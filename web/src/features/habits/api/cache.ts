import type { QueryClient } from '@tanstack/react-query';
import { applyOptimistic, type OptimisticSnapshot, rollbackOptimistic } from '@/lib/optimistic';
import { habitKeys } from '@/lib/query-keys';
import type { HabitWire } from './types';

const activeKey = habitKeys.list(false);

export type HabitsSnapshot = OptimisticSnapshot<HabitWire[]>;

/** Changes one habit in the cached list at once; returns the list as it was, for a rollback. */
export function patchCachedHabit(client: QueryClient, id: string, patch: (h: HabitWire) => HabitWire): HabitsSnapshot {
  return applyOptimistic<HabitWire[]>(client, activeKey, (list) => list.map((h) => (h.id === id ? patch(h) : h)));
}

/** Puts the whole list in a new order at once (ids the list does not match change nothing). */
export function orderCachedHabits(client: QueryClient, ids: string[]): HabitsSnapshot {
  return applyOptimistic<HabitWire[]>(client, activeKey, (list) => {
    const byId = new Map(list.map((h) => [h.id, h]));
    const ordered = ids.map((id) => byId.get(id)).filter((h): h is HabitWire => Boolean(h));
    return ordered.length === list.length ? ordered : list;
  });
}

export function restoreHabits(client: QueryClient, snapshot: HabitsSnapshot | undefined): void {
  rollbackOptimistic(client, snapshot);
}

/** Puts the server's copy of a habit in the list. */
export function putCachedHabit(client: QueryClient, habit: HabitWire): void {
  const list = client.getQueryData<HabitWire[]>(activeKey);
  if (list)
    client.setQueryData<HabitWire[]>(
      activeKey,
      list.map((h) => (h.id === habit.id ? habit : h)),
    );
}

/** After a change to one habit's days: its history and, in the background, every list. */
export function refreshHabit(client: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: habitKeys.history(id) }),
    client.invalidateQueries({ queryKey: habitKeys.lists }),
  ]);
}
