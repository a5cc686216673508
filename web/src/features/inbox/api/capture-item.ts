import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { inboxKeys } from '@/lib/query-keys';
import type { CreateInboxBody, InboxItemWire } from './types';

/**
 * POST /api/inbox: quick capture. A refusal is a toast, unless the caller shows it itself
 * (`showsErrors`, as the quick capture dialog does beside its field).
 */
export function useCaptureItem({ showsErrors = false } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInboxBody) => api.post<InboxItemWire>('/inbox', body),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxKeys.all }),
    meta: showsErrors ? { errorToast: false } : undefined,
  });
}
