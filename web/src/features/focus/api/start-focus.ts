import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StartFocusBody } from '#common/contracts/focus';
import { api } from '@/lib/api-client';
import type { FocusSessionWire } from '../utils/timer';
import { applySession, refreshFocusLists } from './cache';

/** POST /api/focus: starts a session (the server abandons any other open one). */
export function useStartFocus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StartFocusBody) => api.post<FocusSessionWire>('/focus', body),
    onSuccess: (session) => {
      applySession(client, session);
      refreshFocusLists(client);
    },
  });
}
