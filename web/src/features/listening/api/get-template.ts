import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { listeningKeys } from '@/lib/query-keys';
import type { ListeningTemplateWire } from './types';

export const listeningTemplateQueryOptions = (idOrKey: string) =>
  queryOptions({
    queryKey: listeningKeys.template(idOrKey),
    queryFn: ({ signal }) =>
      api.get<ListeningTemplateWire>(`/listening/templates/${encodeURIComponent(idOrKey)}`, { signal }),
    staleTime: 10 * 60_000,
  });

/** GET /api/listening/templates/:id — by id or by key (the page's address uses the key). */
export function useListeningTemplate(idOrKey: string) {
  return useQuery(listeningTemplateQueryOptions(idOrKey));
}
