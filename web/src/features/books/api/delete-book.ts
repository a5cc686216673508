import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshBooks } from './cache';

/** DELETE /api/books/:id (its sessions and cover go with it). */
export function useDeleteBook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/books/${encodeURIComponent(id)}`),
    onSuccess: () => refreshBooks(client),
  });
}
