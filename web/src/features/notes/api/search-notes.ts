import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { noteKeys } from '@/lib/query-keys';
import type { SearchHitWire } from './types';

/**
 * GET /api/search?q=: ideas, infobase entries and references, best first. A new query leaves the
 * old one without observers, and TanStack Query aborts its request through the signal, so a stale
 * answer never lands; the previous results stay on screen until the new ones arrive.
 */
export function useNoteSearch(q: string) {
  return useQuery({
    queryKey: noteKeys.search(q),
    queryFn: ({ signal }) => api.get<SearchHitWire[]>('/search', { query: { q, limit: 20 }, signal }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
