import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { adminFeedbackItem, TriageFeedbackBody } from '#common/contracts/admin';
import { api } from '@/lib/api-client';
import { adminFeedbackKeys } from '@/lib/query-keys';
import { type FeedbackFilters, feedbackQuery } from '../utils/feedback-filters';

/** A message as triage sees it (timestamps as strings). */
export type AdminFeedbackWire = z.input<typeof adminFeedbackItem>;

const PAGE_SIZE = 20;

export const adminFeedbackListOptions = (filters: FeedbackFilters) =>
  infiniteQueryOptions({
    queryKey: adminFeedbackKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.page<AdminFeedbackWire>('/admin/feedback', {
        query: { ...feedbackQuery(filters), limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/admin/feedback: every user's feedback, newest first, by status, type and priority. */
export function useAdminFeedback(filters: FeedbackFilters) {
  return useInfiniteQuery(adminFeedbackListOptions(filters));
}

/** PATCH /api/admin/feedback/:id: status, priority and/or a response (the author is told in their inbox). */
export function useTriageFeedback() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TriageFeedbackBody }) =>
      api.patch<AdminFeedbackWire>(`/admin/feedback/${encodeURIComponent(id)}`, body),
    meta: { errorToast: false }, // the form shows why
    onSuccess: () => client.invalidateQueries({ queryKey: adminFeedbackKeys.all }),
  });
}
