import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** What a rollback needs: the cached entry and its data from before the guess. */
export interface OptimisticSnapshot<T> {
  readonly queryKey: QueryKey;
  readonly previous: T | undefined;
}

/**
 * Shows a change before the server confirms it (a toggle the user clicks changes at once). Call
 * it from a mutation's `onMutate` before any `await`: the cache is changed in the click's own
 * event handler, and only then is a read of the same entry that is still in flight cancelled, so
 * its older answer cannot land over the guess. The mutation refetches when it settles.
 */
export function applyOptimistic<T>(
  client: QueryClient,
  queryKey: QueryKey,
  update: (current: T) => T,
): OptimisticSnapshot<T> {
  const previous = client.getQueryData<T>(queryKey);
  // Nothing on screen to change yet; leave a first load alone.
  if (previous === undefined) return { queryKey, previous };
  const next = update(previous);
  const shown = client.setQueryData<T>(queryKey, next);
  // A cancelled read goes back to the state from before it began. setQueryData makes the guess
  // that state in TanStack Query v5; if it ever did not, put the guess back rather than old data.
  void client.cancelQueries({ queryKey, exact: true });
  if (client.getQueryData<T>(queryKey) !== shown) client.setQueryData<T>(queryKey, next);
  return { queryKey, previous };
}

/** Puts back what `applyOptimistic` replaced, when the server refused the change. */
export function rollbackOptimistic<T>(client: QueryClient, snapshot: OptimisticSnapshot<T> | undefined): void {
  if (snapshot?.previous !== undefined) client.setQueryData<T>(snapshot.queryKey, snapshot.previous);
}
