import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshGameQueries } from '@/lib/rewards';
import { refreshBooks } from './cache';

/** DELETE /api/books/:id/sessions/:sessionId: its reward is taken back, the book moves back. */
export function useDeleteSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ bookId, sessionId }: { bookId: string; sessionId: string }) =>
      api.delete(`/books/${encodeURIComponent(bookId)}/sessions/${encodeURIComponent(sessionId)}`),
    onSuccess: () => {
      refreshBooks(client);
      refreshGameQueries(client);
    },
  });
}
