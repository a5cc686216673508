import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { focusKeys } from '@/lib/query-keys';
import type { FocusSessionWire } from '../utils/timer';
import { applySession } from './cache';

/** POST /api/focus/:id/abandon: ends the session without a reward. */
export function useAbandonFocus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<FocusSessionWire>(`/focus/${encodeURIComponent(id)}/abandon`),
    onSuccess: (session) => applySession(client, session),
    // Another device may have moved the session on: show what the server has.
    onError: () => client.invalidateQueries({ queryKey: focusKeys.active }),
  });
}
