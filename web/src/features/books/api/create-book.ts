import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshBooks } from './cache';
import type { BookChangeWire, CreateBookBody } from './types';

/** POST /api/books. */
export function useCreateBook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBookBody) => api.post<BookChangeWire>('/books', body),
    onSuccess: () => refreshBooks(client),
  });
}
