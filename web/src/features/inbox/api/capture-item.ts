import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { inboxKeys } from '@/lib/query-keys';
import type { CreateInboxBody, InboxItemWire } from './types';

/** POST /api/inbox: quick capture. */
export function useCaptureItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInboxBody) => api.post<InboxItemWire>('/inbox', body),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}
