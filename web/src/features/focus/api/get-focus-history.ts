import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { focusKeys } from '@/lib/query-keys';
import type { FocusMode, FocusSessionWire } from '../utils/timer';

const PAGE_SIZE = 20;

export type HistoryFilter = FocusMode | 'all';

export const focusHistoryQueryOptions = (mode: HistoryFilter) =>
  infiniteQueryOptions({
    queryKey: focusKeys.historyOf(mode),
    queryFn: ({ pageParam, signal }) =>
      api.page<FocusSessionWire>('/focus', {
        query: { limit: PAGE_SIZE, cursor: pageParam, mode: mode === 'all' ? undefined : mode },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/focus[?mode=]: past sessions, newest first, a page at a time. */
export function useFocusHistory(mode: HistoryFilter) {
  return useInfiniteQuery(focusHistoryQueryOptions(mode));
}
