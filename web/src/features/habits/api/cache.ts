import type { QueryClient } from '@tanstack/react-query';
import { habitKeys } from './keys';
import type { HabitWire } from './types';

const activeKey = habitKeys.list(false);

/** Changes one habit in the cached list at once; returns the list as it was, for a rollback. */
export async function patchCachedHabit(
  client: QueryClient,
  id: string,
  patch: (h: HabitWire) => HabitWire,
): Promise<HabitWire[] | undefined> {
  await client.cancelQueries({ queryKey: activeKey });
  const previous = client.getQueryData<HabitWire[]>(activeKey);
  if (previous)
    client.setQueryData<HabitWire[]>(
      activeKey,
      previous.map((h) => (h.id === id ? patch(h) : h)),
    );
  return previous;
}

export function restoreHabits(client: QueryClient, previous: HabitWire[] | undefined): void {
  if (previous) client.setQueryData(activeKey, previous);
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
    client.invalidateQueries({ queryKey: ['habits', 'list'] }),
  ]);
}
