import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshBooks } from './cache';
import type { SessionChangeWire, UpdateSessionBody } from './types';

/** PATCH /api/books/:id/sessions/:sessionId: the reward is taken back and paid again. */
export function useUpdateSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ bookId, sessionId, body }: { bookId: string; sessionId: string; body: UpdateSessionBody }) =>
      api.patch<SessionChangeWire>(
        `/books/${encodeURIComponent(bookId)}/sessions/${encodeURIComponent(sessionId)}`,
        body,
      ),
    onSuccess: () => refreshBooks(client),
  });
}
