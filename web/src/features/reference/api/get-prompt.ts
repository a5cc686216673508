import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { listeningKeys } from '@/lib/query-keys';
import type { ListeningTemplateWire } from './types';

/** GET /api/listening/templates/:key: the prompt started on a track (the same cache entry as its own page). */
export function usePromptTemplate(key: string | null) {
  return useQuery({
    queryKey: listeningKeys.template(key ?? ''),
    queryFn: ({ signal }) =>
      api.get<ListeningTemplateWire>(`/listening/templates/${encodeURIComponent(key ?? '')}`, { signal }),
    enabled: key !== null,
    staleTime: 10 * 60_000,
  });
}
