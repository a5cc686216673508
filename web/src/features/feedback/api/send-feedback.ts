import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { feedbackKeys } from '@/lib/query-keys';
import type { FeedbackBody, FeedbackWire } from './types';

/** POST /api/feedback. */
export function useSendFeedback() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackBody) => api.post<FeedbackWire>('/feedback', body),
    onSuccess: () => client.invalidateQueries({ queryKey: feedbackKeys.list }),
  });
}
