import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bookKeys } from '@/lib/query-keys';
import type { BookDetailWire } from './types';

/** GET /api/books/:id: the book with its newest sessions. */
export function useBook(id: string) {
  return useQuery({
    queryKey: bookKeys.detail(id),
    queryFn: ({ signal }) => api.get<BookDetailWire>(`/books/${encodeURIComponent(id)}`, { signal }),
  });
}
