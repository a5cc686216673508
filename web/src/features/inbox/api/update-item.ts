import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { inboxKeys } from '@/lib/query-keys';
import type { InboxItemWire, UpdateInboxBody } from './types';

/** PATCH /api/inbox/:id: read or unread, archived or back, or its text. */
export function useUpdateItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateInboxBody }) =>
      api.patch<InboxItemWire>(`/inbox/${encodeURIComponent(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}
