import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { listeningKeys } from '@/lib/query-keys';
import type { ListeningTemplateWire, PromptFilters } from './types';

export const listeningTemplatesQueryOptions = (filters: PromptFilters) =>
  queryOptions({
    queryKey: listeningKeys.templates(filters),
    queryFn: ({ signal }) =>
      api.get<ListeningTemplateWire[]>('/listening/templates', {
        query: { category: filters.category, difficulty: filters.difficulty, tag: filters.tag },
        signal,
      }),
    // The library changes only when an administrator edits it.
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData,
  });

/** GET /api/listening/templates: the whole library (a few dozen prompts), filtered, in catalogue order. */
export function useListeningTemplates(filters: PromptFilters) {
  return useQuery(listeningTemplatesQueryOptions(filters));
}
