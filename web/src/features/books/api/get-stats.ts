import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bookKeys } from '@/lib/query-keys';
import type { BookStatsWire } from './types';

/** GET /api/books/stats: pages per week, the streak, the year against its goal, the shelves. */
export function useBookStats() {
  return useQuery({
    queryKey: bookKeys.stats,
    queryFn: ({ signal }) => api.get<BookStatsWire>('/books/stats', { signal }),
  });
}
