import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questKeys } from '@/lib/query-keys';
import type { PersonalQuestWire, QuestListFilter } from './types';

const PAGE_SIZE = 20;

export const questsQueryOptions = (filter: QuestListFilter) =>
  infiniteQueryOptions({
    queryKey: questKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api.page<PersonalQuestWire>('/quests', {
        query: { status: filter, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/quests: the user's own quests (open, completed or abandoned), newest first. */
export function useQuests(filter: QuestListFilter) {
  return useInfiniteQuery(questsQueryOptions(filter));
}
