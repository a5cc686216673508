import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReadAllResult } from '#common/contracts/inbox';
import { api } from '@/lib/api-client';
import { inboxKeys } from '@/lib/query-keys';

/** POST /api/inbox/read-all. */
export function useReadAll() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ReadAllResult>('/inbox/read-all'),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}
