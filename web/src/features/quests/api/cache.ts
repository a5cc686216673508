import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Page } from '@/lib/api-client';
import { questKeys } from '@/lib/query-keys';
import type { PersonalQuestWire } from './types';

/** Puts the server's copy of a quest into every cached list page that holds it. */
export function putCachedQuest(client: QueryClient, quest: PersonalQuestWire): void {
  client.setQueriesData<InfiniteData<Page<PersonalQuestWire>>>({ queryKey: questKeys.lists }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((p) => ({ ...p, data: p.data.map((q) => (q.id === quest.id ? quest : q)) })),
        }
      : data,
  );
}

/** A quest changed state: the lists it belongs to differ now. */
export function refreshQuestLists(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: questKeys.lists });
}
