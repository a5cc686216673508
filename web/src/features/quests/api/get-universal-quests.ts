import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questKeys } from '@/lib/query-keys';
import type { UniversalQuestWire } from './types';

export const universalQuestsQueryOptions = queryOptions({
  queryKey: questKeys.universal,
  queryFn: ({ signal }) => api.get<UniversalQuestWire[]>('/quests/universal', { signal }),
});

/** GET /api/quests/universal: this period's daily, weekly and monthly quests with the user's progress. */
export function useUniversalQuests() {
  return useQuery(universalQuestsQueryOptions);
}
