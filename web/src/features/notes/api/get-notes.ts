import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { noteKeys } from '@/lib/query-keys';
import type { NoteKindInfo } from '../utils/kinds';
import type { NoteFilters, NoteWire } from './types';

export const notesQueryOptions = (info: NoteKindInfo, filters: NoteFilters) =>
  infiniteQueryOptions({
    queryKey: noteKeys.list(info.kind, filters),
    queryFn: ({ pageParam, signal }) =>
      api.page<NoteWire>(info.path, {
        query: {
          limit: 50,
          cursor: pageParam,
          archived: filters.archived ? 'true' : undefined,
          category: filters.category,
          tag: filters.tag,
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/{ideas,infobase,references}: pinned first, then the most recently edited, a page at a time. */
export function useNotes(info: NoteKindInfo, filters: NoteFilters) {
  return useInfiniteQuery(notesQueryOptions(info, filters));
}
