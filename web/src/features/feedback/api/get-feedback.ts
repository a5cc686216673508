import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { feedbackKeys } from '@/lib/query-keys';
import type { FeedbackWire } from './types';

export const feedbackListOptions = infiniteQueryOptions({
  queryKey: feedbackKeys.list,
  queryFn: ({ pageParam, signal }) =>
    api.page<FeedbackWire>('/feedback', { query: { limit: 20, cursor: pageParam }, signal }),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.page.next_cursor ?? undefined,
});

/** GET /api/feedback: what the user sent, newest first, with status and any response. */
export function useFeedbackList() {
  return useInfiniteQuery(feedbackListOptions);
}
