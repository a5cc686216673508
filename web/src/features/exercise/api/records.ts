import { infiniteQueryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { exerciseKeys } from '@/lib/query-keys';
import type { PersonalRecordWire } from './types';

export const recordListOptions = infiniteQueryOptions({
  queryKey: [...exerciseKeys.records, 'list'],
  queryFn: ({ pageParam, signal }) =>
    api.page<PersonalRecordWire>('/exercise/records', { query: { limit: 100, cursor: pageParam }, signal }),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.page.next_cursor ?? undefined,
});

/** GET /api/exercise/records: by exercise, then type. */
export function useRecords() {
  return useInfiniteQuery(recordListOptions);
}

/** GET /api/exercise/records/timeline: the newest records (those of a session just done come first). */
export function useRecentRecords(enabled = true) {
  return useQuery({
    queryKey: exerciseKeys.timeline,
    queryFn: ({ signal }) =>
      api.get<PersonalRecordWire[]>('/exercise/records/timeline', { query: { limit: 200 }, signal }),
    enabled,
  });
}
