import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { FocusSessionWire } from '../utils/timer';
import { focusKeys } from './keys';

const PAGE_SIZE = 20;

export const focusHistoryQueryOptions = infiniteQueryOptions({
  queryKey: focusKeys.history,
  queryFn: ({ pageParam, signal }) =>
    api.page<FocusSessionWire>('/focus', { query: { limit: PAGE_SIZE, cursor: pageParam }, signal }),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.page.next_cursor ?? undefined,
});

/** GET /api/focus: past sessions, newest first, a page at a time. */
export function useFocusHistory() {
  return useInfiniteQuery(focusHistoryQueryOptions);
}
