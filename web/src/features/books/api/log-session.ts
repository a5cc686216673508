import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshBooks } from './cache';
import type { LogSessionBody, SessionChangeWire } from './types';

/** POST /api/books/:id/sessions: pages or an end page, minutes optional. */
export function useLogSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ bookId, body }: { bookId: string; body: LogSessionBody }) =>
      api.post<SessionChangeWire>(`/books/${encodeURIComponent(bookId)}/sessions`, body),
    onSuccess: () => refreshBooks(client),
  });
}
