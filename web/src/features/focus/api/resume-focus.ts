import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { focusKeys } from '@/lib/query-keys';
import type { FocusSessionWire } from '../utils/timer';
import { applySession } from './cache';

/** POST /api/focus/:id/resume: resumes a paused session (idempotent). */
export function useResumeFocus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<FocusSessionWire>(`/focus/${encodeURIComponent(id)}/resume`),
    onSuccess: (session) => applySession(client, session),
    // Another device may have moved the session on: show what the server has.
    onError: () => client.invalidateQueries({ queryKey: focusKeys.active }),
  });
}
