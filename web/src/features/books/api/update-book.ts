import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshBooks } from './cache';
import type { BookChangeWire, UpdateBookBody } from './types';

/** PATCH /api/books/:id. */
export function useUpdateBook(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBookBody) => api.patch<BookChangeWire>(`/books/${encodeURIComponent(id)}`, body),
    onSuccess: () => refreshBooks(client),
  });
}
