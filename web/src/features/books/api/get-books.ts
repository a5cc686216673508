import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { BookStatus } from '#common/contracts/books';
import { api } from '@/lib/api-client';
import { bookKeys } from '@/lib/query-keys';
import type { BookWire } from './types';

export const booksOptions = (status: BookStatus) =>
  infiniteQueryOptions({
    queryKey: bookKeys.list(status),
    queryFn: ({ pageParam, signal }) =>
      api.page<BookWire>('/books', { query: { status, limit: 30, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/books?status=: one shelf, last touched first. */
export function useBooks(status: BookStatus) {
  return useInfiniteQuery(booksOptions(status));
}
