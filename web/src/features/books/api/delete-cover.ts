import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshBooks } from './cache';

/** DELETE /api/books/:id/cover. */
export function useDeleteCover(bookId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/books/${encodeURIComponent(bookId)}/cover`),
    onSuccess: () => refreshBooks(client),
  });
}
