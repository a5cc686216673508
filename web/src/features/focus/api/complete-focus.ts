import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { focusCompletion } from '#common/contracts/focus';
import { api } from '@/lib/api-client';
import { focusKeys } from '@/lib/query-keys';
import { applySession } from './cache';

export type FocusCompletionWire = z.input<typeof focusCompletion>;

/**
 * POST /api/focus/:id/complete (accepted within 5 s of the end). If the server refuses or
 * another device finished it first, the active session is read again.
 */
export function useCompleteFocus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<FocusCompletionWire>(`/focus/${encodeURIComponent(id)}/complete`),
    onSuccess: ({ session }) => applySession(client, session),
    onError: () => client.invalidateQueries({ queryKey: focusKeys.active }),
    // The timer completes by itself at zero; another device finishing first, or this clock
    // running a second ahead, is no news to the user: the session is read again instead.
    meta: { errorToast: false },
  });
}
